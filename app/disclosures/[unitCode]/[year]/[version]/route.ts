import { parsePublicAddress } from "@/lib/data/public";
import { servePublicPage } from "@/lib/public-pages";

/** One published version ("v1", "v2"…), as a static page: earlier versions stay readable at their own address. */
export async function GET(request: Request, { params }: { params: Promise<{ unitCode: string; year: string; version: string }> }) {
  const { unitCode, year, version } = await params;
  return servePublicPage(request, parsePublicAddress(unitCode, year, version));
}
