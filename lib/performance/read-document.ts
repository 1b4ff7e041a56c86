/**
 * Reading ReportPerformance.data. Saves are validated, but the column is plain JSON that seeds,
 * imports and older versions also write. Each project and report is read with the stored variant
 * of its one schema (lib/validation/performance/): an older or partial record that lacks an optional
 * field (预算执行分值, 备注, 其他需要说明的问题, 偏差原因) reads, because the stored variant leaves them
 * optional and the draft variant gives them their defaults (read-document.test.ts); a damaged part is left out with a warning rather than
 * crashing the page; the strict variant judges the rest wherever it matters (gate, editor).
 */
import { isIsoDate } from "../validation/date";
import { storedKeyEntrySchema, storedProjectSchema } from "../validation/performance/project-entry";
import { EMPTY_PERFORMANCE, type PerformanceDocument, type StoredKeyEvaluation, type StoredProject } from "./document";

export interface ParsedPerformance {
  readonly document: PerformanceDocument;
  /** What could not be read, in Chinese, for the page and the gate. */
  readonly warnings: readonly string[];
}

const DAMAGED = "已保存的绩效数据格式不正确，无法读取，现按空白显示；请勿直接保存，并联系系统管理员恢复";

function nameOf(item: unknown): string {
  const name = typeof item === "object" && item !== null ? (item as { name?: unknown; projectName?: unknown }) : {};
  const value = typeof name.name === "string" ? name.name : typeof name.projectName === "string" ? name.projectName : "";
  return value.trim() === "" ? "" : `“${value.trim().slice(0, 50)}”`;
}

/** Never throws; `null` (no record yet) is the empty document. */
export function parsePerformanceDocument(data: unknown): ParsedPerformance {
  if (data === null || data === undefined) return { document: EMPTY_PERFORMANCE, warnings: [] };
  if (typeof data !== "object" || Array.isArray(data)) return { document: EMPTY_PERFORMANCE, warnings: [DAMAGED] };
  // One report check reads the same stored record several times (figures, checks): read it once.
  // Stored records are never changed in place, so the object identifies what was read.
  const known = parsed.get(data);
  if (known) return known;
  const result = readDocument(data);
  parsed.set(data, result);
  return result;
}

const parsed = new WeakMap<object, ParsedPerformance>();

function readDocument(data: object): ParsedPerformance {
  const raw = data as { projects?: unknown; keyEvaluations?: unknown; summaryUnitName?: unknown; summaryFiledOn?: unknown };
  const warnings: string[] = [];
  if (!Array.isArray(raw.projects) || (raw.keyEvaluations !== undefined && !Array.isArray(raw.keyEvaluations))) {
    return { document: EMPTY_PERFORMANCE, warnings: [DAMAGED] };
  }

  const projects: StoredProject[] = [];
  const ids = new Set<string>();
  raw.projects.forEach((item, i) => {
    const parsed = storedProjectSchema.safeParse(item);
    if (!parsed.success || ids.has(parsed.data.id)) {
      warnings.push(`第${i + 1}个项目${nameOf(item)}的数据格式不正确，未能读取`);
      return;
    }
    ids.add(parsed.data.id);
    projects.push(parsed.data);
  });

  const keyEvaluations: StoredKeyEvaluation[] = [];
  const evaluated = new Set<string>();
  (Array.isArray(raw.keyEvaluations) ? raw.keyEvaluations : []).forEach((item, i) => {
    const parsed = storedKeyEntrySchema.safeParse(item);
    const form = typeof item === "object" && item !== null ? (item as { form?: unknown }).form : undefined;
    if (!parsed.success) {
      warnings.push(`第${i + 1}份重点绩效评价报告${nameOf(form)}的数据格式不正确，未能读取`);
    } else if (!ids.has(parsed.data.projectId) || evaluated.has(parsed.data.projectId)) {
      warnings.push(`第${i + 1}份重点绩效评价报告${nameOf(form)}找不到对应的项目，未能读取`);
    } else {
      evaluated.add(parsed.data.projectId);
      keyEvaluations.push(parsed.data);
    }
  });

  const summaryUnitName = typeof raw.summaryUnitName === "string" && raw.summaryUnitName.trim() !== "" ? raw.summaryUnitName : undefined;
  let summaryFiledOn: string | undefined;
  if (typeof raw.summaryFiledOn === "string" && isIsoDate(raw.summaryFiledOn)) summaryFiledOn = raw.summaryFiledOn;
  else if (raw.summaryFiledOn !== undefined) warnings.push("汇总表的填报日期格式不正确，未能读取");

  return { document: { projects, keyEvaluations, summaryUnitName, summaryFiledOn }, warnings };
}
