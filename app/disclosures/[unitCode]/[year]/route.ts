import { parsePublicAddress } from "@/lib/data/public";
import { servePublicPage } from "@/lib/public-pages";

/** The current version of one unit's disclosure for one year, as a static page (lib/public-pages.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ unitCode: string; year: string }> }) {
  const { unitCode, year } = await params;
  return servePublicPage(request, parsePublicAddress(unitCode, year));
}
