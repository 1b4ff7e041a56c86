/**
 * What every check says, whatever it checks: the table rules, rule T (the narrative and 绩效
 * against the tables), the 绩效 checks and the narrative's completeness. The rule list on screen
 * and the submission gate read these and nothing else.
 */
import type { TableKey } from "../tables/types";
import type { Severity } from "./context";

/** Where in the report a check points: the editor that can fix it. */
export type CheckPart = "tables" | "narrative" | "performance" | "overview";

export const CHECK_PART_LABELS: Record<CheckPart, string> = {
  tables: "报表",
  narrative: "情况说明",
  performance: "绩效",
  overview: "单位概况",
};

/** A check as the rule list names it. */
export interface CheckDefinition {
  readonly id: string;
  readonly severity: Severity;
  readonly part: CheckPart;
  readonly title: string;
}

/** One failed check at one place: plain data, safe to send to the browser. */
export interface CheckMessage {
  /** Stable across saves for the same check at the same place: warning explanations hang on it. */
  key: string;
  ruleId: string;
  severity: Severity;
  part: CheckPart;
  /** The table it concerns, when it concerns one. */
  table: TableKey | null;
  message: string;
  /** "t03:2010301:basic" — the input cell to jump to, when known. */
  cell: string | null;
  /** The printed row, to scroll to when there is no input cell (a 类 or 合计 row). */
  rowKey: string | null;
  /** A field of the part's form ("lastYear.total", "projects.2"), to jump to, when known. */
  field: string | null;
}
