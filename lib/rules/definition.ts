/**
 * A table rule: its check definition (id, severity, part "tables", title) and the code that
 * runs it. Rules whose only check is the template's column formulas tagged with their id
 * (formulas.ts) have no `run`.
 */
import type { RuleContext, Severity } from "./context";
import type { CheckDefinition } from "./messages";

export interface RuleDefinition extends CheckDefinition {
  readonly part: "tables";
  /** Cross-row and cross-table checks; the template's column formulas tagged with `id` run too. */
  readonly run?: (ctx: RuleContext) => void;
}

export function tableRule(id: string, severity: Severity, title: string, run?: (ctx: RuleContext) => void): RuleDefinition {
  return run ? { id, severity, part: "tables", title, run } : { id, severity, part: "tables", title };
}
