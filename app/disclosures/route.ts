import { servePublicIndex } from "@/lib/public-pages";

/** The public index, searchable by unit name and filtered by year and department (lib/public-pages.ts). */
export function GET(request: Request) {
  return servePublicIndex(request);
}
