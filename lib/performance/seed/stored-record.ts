/**
 * SEED_PERFORMANCE_2024 as ReportPerformance.data: the same projects, 自评表 and 重点绩效评价报告,
 * turned back into the strings the forms send. The demo database and the tests store this
 * record for the seed unit's 2024 report.
 */
import type { SelfEvaluationInput } from "../evaluation";
import type { KeyEvaluationInput } from "../key-evaluation";
import { KEY_EVALUATION_LEVEL1 } from "../key-evaluation";
import { SELF_EVALUATION_LEVEL1, type IndicatorInput } from "../scoring";
import type { KeyEvaluationForm, PerformanceDocument, SelfEvaluationForm, StoredKeyEvaluation, StoredProject } from "../document";
import { SEED_PERFORMANCE_2024 } from "./zaozhuang-2024";

function oneOf<T extends string>(allowed: readonly T[], value: string): T {
  const found = allowed.find((a) => a === value);
  if (found === undefined) throw new Error(`"${value}" is not one of ${allowed.join("/")}`);
  return found;
}

function indicatorForm(i: IndicatorInput) {
  return {
    level2: i.level2,
    level3: i.level3,
    target:
      i.target.kind === "quantitative"
        ? { kind: "quantitative" as const, operator: i.target.operator, value: i.target.value?.toFixed() ?? "", unit: i.target.unit }
        : { kind: "qualitative" as const, expected: i.target.expected },
    actual: i.actual.kind === "quantitative" ? (i.actual.value?.toFixed() ?? "") : i.actual.text,
    ...(i.actual.kind === "quantitative" && i.actual.unit !== "" ? { actualUnit: i.actual.unit } : {}),
    weight: i.weight.toFixed(),
    ...(i.deviationReason ? { deviationReason: i.deviationReason } : {}),
  };
}

function selfEvaluationForm(s: SelfEvaluationInput): SelfEvaluationForm {
  const amounts = (key: "currentYear" | "carryOver" | "other") => {
    const a = s.execution.funding[key];
    return { initial: a.initial.toFixed(), full: a.full.toFixed(), executed: a.executed.toFixed() };
  };
  return {
    projectName: s.projectName,
    supervisor: s.supervisor,
    execution: {
      funding: { currentYear: amounts("currentYear"), carryOver: amounts("carryOver"), other: amounts("other") },
      weight: s.execution.weight.toFixed(),
    },
    overallGoal: s.overallGoal ? { ...s.overallGoal } : null,
    indicators: s.indicators.map((i) => ({ ...indicatorForm(i), level1: oneOf(SELF_EVALUATION_LEVEL1, i.level1) })),
  };
}

function keyEvaluationForm(k: KeyEvaluationInput): KeyEvaluationForm {
  return {
    projectName: k.projectName,
    year: String(k.year),
    supervisor: k.supervisor,
    budget: k.budget.toFixed(),
    executed: k.executed.toFixed(),
    fundingSource: k.fundingSource,
    executionRow: { ...k.executionRow, level1: oneOf(KEY_EVALUATION_LEVEL1, k.executionRow.level1), weight: k.executionRow.weight.toFixed() },
    indicators: k.indicators.map((i) => ({ ...indicatorForm(i), level1: oneOf(KEY_EVALUATION_LEVEL1, i.level1), level4: i.level4 })),
    annualGoal: {
      ...k.annualGoal,
      fundsTotal: k.annualGoal.fundsTotal.toFixed(),
      fiscalFunds: k.annualGoal.fiscalFunds.toFixed(),
      indicators: k.annualGoal.indicators.map((i) => ({ ...i })),
    },
    evaluators: k.evaluators.map((e) => ({ ...e })),
    sections: { ...k.sections },
  };
}

const seed = SEED_PERFORMANCE_2024;

const projects: StoredProject[] = seed.projects.map((p, i) => {
  const id = `seed-${String(i + 1).padStart(2, "0")}`;
  if (p.detail !== null) {
    return { id, name: p.name, supervisor: p.detail.supervisor, detail: selfEvaluationForm(p.detail) };
  }
  return {
    id,
    name: p.name,
    supervisor: seed.summaryUnitName,
    detail: null,
    reportedScore: p.reportedScore.toFixed(),
    ...(p.executed === null ? {} : { executed: p.executed.toFixed() }),
  };
});

const keyEvaluations: StoredKeyEvaluation[] = seed.keyEvaluations.map((k) => {
  const project = projects.find((p) => p.name === k.projectName);
  if (!project) throw new Error(`key evaluation of unknown project ${k.projectName}`);
  return { projectId: project.id, form: keyEvaluationForm(k) };
});

export const ZAOZHUANG_2024_PERFORMANCE_RECORD: PerformanceDocument = {
  projects,
  keyEvaluations,
  summaryUnitName: seed.summaryUnitName,
  summaryFiledOn: seed.summaryFiledOn,
};
