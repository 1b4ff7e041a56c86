/**
 * The consistency rules (勾稽关系, docs/domain/rules.md) and how to run them. Errors block submission;
 * warnings need a written explanation. On exact data (分) the tolerance is zero; on
 * published figures (0.01 万元) each added rounded term may be off by 0.01.
 */
import { deriveReport, type SubjectNames } from "../tables/derive";
import type { ReportInputs } from "../tables/inputs";
import type { DerivedReport } from "../tables/report";
import type { ReportTemplate } from "../tables/types";
import { buildResult, type Comparison, type RuleContext, type RuleResult, type Severity } from "./context";
import { rule02a, rule03a, rule04c, rule35, rule56 } from "./cross-tables";
import { tableRule, type RuleDefinition } from "./definition";
import { rule01a, rule01b, rule01c, rule01d, rule01e, rule04a, rule04b, rule04d, rule14 } from "./fixed-tables";
import { checkFormulas, formulaRuleIds, rule05a, rule07a, rule08a, rule09a } from "./formulas";
import { rule06, ruleH } from "./hierarchy";
import type { CheckDefinition } from "./messages";
import { rule09b, rule96 } from "./three-public";
import { viewFromDerived, type NumericView } from "./view";

export type { RuleResult, Severity } from "./context";
export type { RuleDefinition } from "./definition";

/** Every table rule, in the order the rule list shows them. */
export const RULES: readonly RuleDefinition[] = [
  rule01a, rule01b, rule01c, rule01d, rule01e, rule02a, rule03a, ruleH, rule04a, rule04b, rule04c, rule04d, rule14,
  rule05a, rule35, rule56, rule06, rule07a, rule08a, rule09a, rule09b, rule96,
];

/** The table checks as the rule list names them: plain data, the same for every template. */
export const TABLE_CHECKS: readonly CheckDefinition[] = RULES.map(({ id, severity, part, title }) => ({ id, severity, part, title }));

export interface RuleOutcome {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly title: string;
  /** How many comparisons the rule made. */
  readonly checks: number;
  readonly passed: boolean;
  readonly failures: readonly RuleResult[];
  /** Every comparison, passed or not; only with `includePassed`. */
  readonly results?: readonly RuleResult[];
}

export interface RuleReport {
  readonly scale: NumericView["scale"];
  readonly outcomes: readonly RuleOutcome[];
  /** All failing comparisons, in rule order. */
  readonly failures: readonly RuleResult[];
  /** True when no error rule fails (warnings still need explanations). */
  readonly passed: boolean;
}

export interface RunRulesOptions {
  readonly includePassed?: boolean;
  readonly only?: readonly string[];
}

/** Rules for a template: the fixed list plus any formula rule id a new template introduces. */
const RULES_BY_TEMPLATE = new WeakMap<ReportTemplate, readonly RuleDefinition[]>();

/** The rules a template is checked by: every rule, and a formula rule for each of its own column formulas (once per template). */
export function rulesFor(template: ReportTemplate): readonly RuleDefinition[] {
  const cached = RULES_BY_TEMPLATE.get(template);
  if (cached) return cached;
  const known = new Set(RULES.map((r) => r.id));
  const extra = formulaRuleIds(template)
    .filter((id) => !known.has(id))
    .map((id) => tableRule(id, "error", `栏间计算关系（${id}）`));
  const rules = [...RULES, ...extra];
  RULES_BY_TEMPLATE.set(template, rules);
  return rules;
}

export function runRules(view: NumericView, options: RunRulesOptions = {}): RuleReport {
  const tolerancePerTerm = view.scale === "fen" ? 0n : 1n;
  const outcomes: RuleOutcome[] = [];
  for (const rule of rulesFor(view.template)) {
    if (options.only && !options.only.includes(rule.id)) continue;
    let checks = 0;
    const failures: RuleResult[] = [];
    const results: RuleResult[] = [];
    const ctx: RuleContext = {
      view,
      compare(c: Comparison) {
        checks++;
        const actual = c.target.value ?? 0n;
        const tolerance = tolerancePerTerm * BigInt(c.terms);
        const difference = actual - c.expected;
        const op = c.op ?? "eq";
        const passed =
          op === "ge" ? difference >= -tolerance : op === "le" ? difference <= tolerance : difference <= tolerance && difference >= -tolerance;
        // Messages are built only when someone will read them: a passing report stays cheap.
        if (passed && !options.includePassed) return;
        const result = buildResult(view, rule.id, rule.severity, view.scale, c, actual, tolerance, passed);
        if (!passed) failures.push(result);
        if (options.includePassed) results.push(result);
      },
    };
    checkFormulas(ctx, rule.id);
    rule.run?.(ctx);
    outcomes.push({
      ruleId: rule.id,
      severity: rule.severity,
      title: rule.title,
      checks,
      passed: failures.length === 0,
      failures,
      ...(options.includePassed ? { results } : {}),
    });
  }
  const failures = outcomes.flatMap((o) => o.failures);
  return {
    scale: view.scale,
    outcomes,
    failures,
    passed: !failures.some((f) => f.severity === "error"),
  };
}

/** Derive a report from inputs and check it: what the editor and the submit action call. */
export function deriveAndCheck(
  template: ReportTemplate,
  names: SubjectNames,
  inputs: ReportInputs,
  options?: RunRulesOptions,
): { report: DerivedReport; rules: RuleReport } {
  const report = deriveReport(template, names, inputs);
  return { report, rules: runRules(viewFromDerived(template, report), options) };
}
