import type { ReactNode } from "react";
import { renderStaticMarkup } from "@/lib/html/static-markup";

/**
 * Read-only content (plain components, no hooks) written once as HTML by lib/html/static-markup.ts,
 * as the public site writes its pages, instead of as React elements rendered to the page's payload
 * and again to HTML: for a whole disclosure or its nine tables, that was most of a page's time
 * (docs/decisions/012).
 */
export function StaticHtml({ children }: { children: ReactNode }) {
  return <div dangerouslySetInnerHTML={{ __html: renderStaticMarkup(children) }} />;
}
