import { shandong2024 } from "@/lib/tables/templates/shandong-2024";
import type { ReportTemplate } from "@/lib/tables/types";

/**
 * Which template a new report of a year uses: the newest edition in force that year. A new
 * province layout or a new year's edition is one more line here (the report then keeps its
 * template id for good, so old reports render as they were filed).
 */
const EDITIONS: readonly { fromYear: number; template: ReportTemplate }[] = [{ fromYear: 2024, template: shandong2024 }];

export function templateForYear(year: number): ReportTemplate | undefined {
  return [...EDITIONS].sort((a, b) => b.fromYear - a.fromYear).find((e) => e.fromYear <= year)?.template;
}
