import type { Region } from "@/generated/prisma/enums";
import { shandong2024 } from "@/lib/tables/templates/shandong-2024";
import { shanghai2024 } from "@/lib/tables/templates/shanghai-2024";
import type { ReportTemplate } from "@/lib/tables/types";

/**
 * Which template a new report uses: its unit's region's newest edition in force that year. A new
 * province layout or a new year's edition is one more line here (the report then keeps its
 * template id for good, so old reports render as they were filed).
 */
const EDITIONS: readonly { region: Region; fromYear: number; template: ReportTemplate }[] = [
  { region: "SHANDONG", fromYear: 2024, template: shandong2024 },
  { region: "SHANGHAI", fromYear: 2024, template: shanghai2024 },
];

export function templateFor(region: Region, year: number): ReportTemplate | undefined {
  return EDITIONS.filter((e) => e.region === region && e.fromYear <= year).sort((a, b) => b.fromYear - a.fromYear)[0]?.template;
}
