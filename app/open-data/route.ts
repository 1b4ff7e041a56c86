import { serveOpenDataHome } from "@/lib/public-pages";

/** What open data there is: one index per year (lib/public-pages.ts). */
export function GET() {
  return serveOpenDataHome();
}
