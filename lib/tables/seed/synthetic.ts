/**
 * A large, internally consistent report for benchmarks: `rows` 项 spread over the template's
 * categories, every row with 收入, 支出 and 一般公共预算 amounts, and 公开06 matching 基本支出.
 */
import type { Fen } from "../../money";
import type { SubjectNames } from "../derive";
import { emptyInputs, type ReportInputs } from "../inputs";
import type { ReportTemplate } from "../types";

export function syntheticReport(template: ReportTemplate, rows: number): { inputs: ReportInputs; names: SubjectNames } {
  const inputs = emptyInputs();
  const names = new Map<string, string>();
  // A fixed linear congruential sequence: the same amounts on every run.
  let seed = 20240101n;
  const amount = (): Fen => {
    seed = (seed * 6364136223846793005n + 1442695040888963407n) % 2n ** 63n;
    return (seed % 100_000_000n) + 1n;
  };

  let basicTotal = 0n;
  let gpTotal = 0n;
  const perClass = Math.ceil(rows / template.categories.length);
  let made = 0;
  for (const category of template.categories) {
    names.set(category.code, category.name);
    for (let i = 0; i < perClass && made < rows; i++, made++) {
      const section = `${category.code}${String(Math.floor(i / 10) + 1).padStart(2, "0")}`;
      const code = `${section}${String((i % 10) + 1).padStart(2, "0")}`;
      names.set(section, `款${section}`);
      names.set(code, `项${code}`);
      const basic = amount();
      const project = i % 3 === 0 ? amount() : 0n;
      inputs.expenditure[code] = { basic, project };
      inputs.income[code] = { fiscal: basic + project };
      inputs.gp[code] = { basic, project };
      basicTotal += basic;
      gpTotal += basic + project;
    }
  }
  inputs.fiscal.gpIncome = gpTotal;
  inputs.basicByEconomic["30101"] = basicTotal;
  return { inputs, names };
}
