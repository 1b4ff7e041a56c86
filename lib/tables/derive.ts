/**
 * deriveReport: staff inputs (分) + a template + subject names → every cell of 公开01–09.
 * Sums are exact; rounding to 万元 happens only when a cell is displayed (display.ts), which
 * is what reproduces the published 尾数误差.
 *
 * One file per table family: derive-coded.ts (公开02/03/05/07/08), derive-t01.ts, derive-t04.ts
 * (on the shared layout of derive-fixed-lines.ts), derive-economic.ts (公开06),
 * derive-three-public.ts (公开09).
 */
import { createDerivation, type SubjectNames } from "./derive-context";
import { deriveEconomic } from "./derive-economic";
import { deriveT01 } from "./derive-t01";
import { deriveT04 } from "./derive-t04";
import { deriveThreePublic } from "./derive-three-public";
import type { ReportInputs } from "./report-inputs";
import type { DerivedReport, DerivedTables } from "./report";
import type { CodedTableKey, ReportTemplate, TableKey } from "./types";

export type { SubjectNames } from "./derive-context";

export function deriveReport(template: ReportTemplate, names: SubjectNames, inputs: ReportInputs): DerivedReport {
  const d = createDerivation(template, names, inputs);
  const tables: DerivedTables = {
    t01: deriveT01(d),
    t02: d.coded("t02").table,
    t03: d.coded("t03").table,
    t04: deriveT04(d),
    t05: d.coded("t05").table,
    t06: deriveEconomic(template, inputs, d.issue),
    t07: d.coded("t07").table,
    t08: d.coded("t08").table,
    t09: deriveThreePublic(template, inputs),
  };
  return { templateId: template.id, tables, issues: d.issues };
}

/** One table only (plus what it needs): cheap enough to run on every keystroke. */
export function deriveTable<K extends TableKey>(
  template: ReportTemplate,
  names: SubjectNames,
  inputs: ReportInputs,
  key: K,
): DerivedTables[K] {
  const d = createDerivation(template, names, inputs);
  const table = (() => {
    switch (key) {
      case "t01":
        return deriveT01(d);
      case "t04":
        return deriveT04(d);
      case "t06":
        return deriveEconomic(template, inputs, d.issue);
      case "t09":
        return deriveThreePublic(template, inputs);
      default:
        return d.coded(key as CodedTableKey).table;
    }
  })();
  return table as DerivedTables[K];
}
