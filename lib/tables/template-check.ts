/**
 * Structural checks for a template object, so a new province/year template fails loudly in a
 * test instead of rendering a subtly wrong table.
 */
import { planColumns } from "./columns";
import { expandLines } from "./derive-fixed-lines";
import { CODED_INPUT_FIELDS, THREE_PUBLIC_FIELDS, THREE_PUBLIC_ROWS } from "./report-inputs";
import { CODED_TABLE_KEYS, type ColumnSpec, type ReportTemplate } from "./types";

export function checkTemplate(template: ReportTemplate): string[] {
  const problems: string[] = [];
  const t = template.tables;

  const categoryCodes = template.categories.map((c) => c.code);
  if (new Set(categoryCodes).size !== categoryCodes.length) problems.push("类级科目有重复");
  if (categoryCodes.some((c) => !/^\d{3}$/.test(c))) problems.push("类级科目编码应为3位");

  const columnsOk = (where: string, columns: readonly ColumnSpec[]) => {
    try {
      planColumns(columns);
    } catch (error) {
      problems.push(`${where}：${(error as Error).message}`);
    }
    const numbers = columns.map((c) => c.number);
    if (new Set(numbers).size !== numbers.length) problems.push(`${where}：栏次重复`);
  };

  for (const key of CODED_TABLE_KEYS) {
    const spec = t[key];
    columnsOk(spec.number, spec.columns);
    for (const c of spec.columns) {
      if (c.source.kind === "input" && !CODED_INPUT_FIELDS[spec.inputGroup].includes(c.source.field)) {
        problems.push(`${spec.number}「${c.title}」：输入项「${c.source.field}」不属于 ${spec.inputGroup}`);
      }
      if (c.source.kind === "line" || c.source.kind === "fund") problems.push(`${spec.number}「${c.title}」：编码表不能使用 ${c.source.kind} 栏`);
    }
  }

  for (const key of ["t01", "t04"] as const) {
    const spec = t[key];
    columnsOk(spec.number, spec.expenditureColumns);
    const income = expandLines(template, spec, "income");
    const expenditure = expandLines(template, spec, "expenditure");
    if (income.length !== expenditure.length) {
      problems.push(`${spec.number}：收入方 ${income.length} 行、支出方 ${expenditure.length} 行，无法逐行并排`);
    }
    const numbers = [...income, ...expenditure].map((l) => l.line).filter((n): n is number => n !== null);
    if (numbers.some((n, i) => i > 0 && n !== numbers[i - 1] + 1)) problems.push(`${spec.number}：行次不连续`);
    for (const side of [income, expenditure]) {
      const keys = side.map((l) => l.key);
      if (new Set(keys).size !== keys.length) problems.push(`${spec.number}：同一方有重复的行`);
      // Printed as 一、二、… by chineseOrdinal, which reads 1–999.
      for (const l of side) {
        if (l.ordinal !== null && !(Number.isInteger(l.ordinal) && l.ordinal >= 1 && l.ordinal <= 999)) {
          problems.push(`${spec.number}「${l.label}」：序号 ${l.ordinal} 应为 1–999 的整数`);
        }
      }
    }
  }

  const economic = t.t06;
  const blockClasses = economic.blocks.flatMap((b) => b.classes);
  const classCodes = economic.classes.map((c) => c.code);
  if ([...blockClasses].sort().join() !== [...classCodes].sort().join()) problems.push(`${economic.number}：分块与类级科目不一致`);
  for (const cls of economic.classes) {
    for (const item of cls.items) {
      if (!/^\d{5}$/.test(item.code) || !item.code.startsWith(cls.code)) problems.push(`${economic.number}：${item.code} 不属于 ${cls.code}`);
    }
  }

  const t09 = t.t09;
  columnsOk(t09.number, t09.columns);
  for (const c of t09.columns) {
    if (c.source.kind !== "input") continue;
    const [row, field] = c.source.field.split(".");
    if (!(THREE_PUBLIC_ROWS as readonly string[]).includes(row) || !(THREE_PUBLIC_FIELDS as readonly string[]).includes(field)) {
      problems.push(`${t09.number}「${c.title}」：输入项「${c.source.field}」不存在`);
    }
  }
  const economicCodes = new Set(economic.classes.flatMap((c) => c.items.map((i) => i.code)));
  for (const link of template.threePublicLinks) {
    if (!t09.columns.some((c) => c.key === link.column)) problems.push(`三公对应关系：公开09表没有「${link.column}」栏`);
    if (!economicCodes.has(link.economicCode)) problems.push(`三公对应关系：公开06表没有「${link.economicCode}」`);
  }
  return problems;
}
