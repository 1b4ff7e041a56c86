import type { ReportTemplate } from "../types";
import { shandong2024 } from "./shandong-2024";
import { shanghai2024 } from "./shanghai-2024";

/** Every template the system can render, by the id a report (or fixture) records. */
export const TEMPLATES: Readonly<Record<string, ReportTemplate>> = {
  [shandong2024.id]: shandong2024,
  [shanghai2024.id]: shanghai2024,
};

export function getTemplate(id: string): ReportTemplate | undefined {
  return Object.hasOwn(TEMPLATES, id) ? TEMPLATES[id] : undefined;
}
