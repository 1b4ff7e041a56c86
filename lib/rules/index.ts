/**
 * The consistency rules (勾稽关系, GUIDE §5) and how to run them. Errors block submission;
 * warnings need a written explanation. On exact data (分) the tolerance is zero; on
 * published figures (0.01 万元) each added rounded term may be off by 0.01.
 */
import { deriveReport, type SubjectNames } from "../tables/derive";
import type { ReportInputs } from "../tables/inputs";
import type { DerivedReport } from "../tables/report";
import type { ReportTemplate } from "../tables/types";
import { buildResult, type Comparison, type RuleContext, type RuleResult, type Severity } from "./context";
import { rule02a, rule03a, rule04c, rule35, rule56 } from "./cross-tables";
import { rule01a, rule01b, rule01c, rule01d, rule04a, rule04b, rule04d, rule14 } from "./fixed-tables";
import { checkFormulas, formulaRuleIds } from "./formulas";
import { rule06, ruleH } from "./hierarchy";
import { rule09b, rule96 } from "./three-public";
import { viewFromDerived, type NumericView } from "./view";

export type { RuleResult, Severity } from "./context";

export interface RuleDefinition {
  readonly id: string;
  readonly severity: Severity;
  readonly title: string;
  /** Cross-row and cross-table checks; the template's column formulas tagged with `id` run too. */
  readonly run?: (ctx: RuleContext) => void;
}

export const RULES: readonly RuleDefinition[] = [
  { id: "01a", severity: "error", title: "公开01表本年收入合计等于各项收入之和", run: rule01a },
  { id: "01b", severity: "error", title: "公开01表本年支出合计等于各类支出之和", run: rule01b },
  { id: "01c", severity: "error", title: "公开01表收入总计、支出总计平衡", run: rule01c },
  { id: "01d", severity: "warning", title: "公开01表年末结转和结余不为负数", run: rule01d },
  { id: "02a", severity: "error", title: "公开02表各栏关系，合计行与公开01表收入一致", run: rule02a },
  { id: "03a", severity: "error", title: "公开03表各栏关系，类级与合计与公开01表支出一致", run: rule03a },
  { id: "H", severity: "error", title: "编码表中合计、类、款分别等于其下级之和", run: ruleH },
  { id: "04a", severity: "error", title: "公开04表各行各栏合计关系", run: rule04a },
  { id: "04b", severity: "error", title: "公开04表分资金：年初结转和结余＋本年收入－本年支出＝年末结转和结余", run: rule04b },
  { id: "04c", severity: "error", title: "公开04表与公开05、07、08表一致", run: rule04c },
  { id: "04d", severity: "warning", title: "公开04表年末财政拨款结转和结余不为负数", run: rule04d },
  { id: "14", severity: "error", title: "公开01表财政拨款收入、年初结转和结余与公开04表一致", run: rule14 },
  { id: "05a", severity: "error", title: "公开05表本年支出小计等于基本支出与项目支出之和" },
  { id: "35", severity: "error", title: "公开03表基本支出、项目支出不小于公开05、07、08表之和", run: rule35 },
  { id: "56", severity: "error", title: "公开05表基本支出合计等于公开06表人员经费与公用经费合计之和", run: rule56 },
  { id: "06", severity: "error", title: "公开06表类等于其下各款之和，人员经费、公用经费合计", run: rule06 },
  { id: "07a", severity: "error", title: "公开07表：年初结转和结余＋本年收入－本年支出＝年末结转和结余，小计＝基本＋项目" },
  { id: "08a", severity: "error", title: "公开08表本年支出小计等于基本支出与项目支出之和" },
  { id: "09a", severity: "error", title: "公开09表合计、小计关系" },
  { id: "09b", severity: "warning", title: "公开09表“三公”经费决算数不超过预算数", run: rule09b },
  { id: "96", severity: "warning", title: "公开09表“三公”经费决算数不小于公开06表对应科目", run: rule96 },
];

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
export function rulesFor(template: ReportTemplate): RuleDefinition[] {
  const known = new Set(RULES.map((r) => r.id));
  const extra = formulaRuleIds(template)
    .filter((id) => !known.has(id))
    .map((id): RuleDefinition => ({ id, severity: "error", title: `栏间计算关系（${id}）` }));
  return [...RULES, ...extra];
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
        const result = buildResult(rule.id, rule.severity, view.scale, c, actual, tolerance, passed);
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
