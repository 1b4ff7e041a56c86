import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { JsonNumber, parseJsonExact, wanTokenToHundredths, type JsonValue } from "../lib/fixture/json";
import { formatScaled, TABLE_NUMBER_STYLE } from "../lib/money";
import { loginAs } from "./support/auth";
import { testDb } from "./support/db";
import { gotoReady } from "./support/page";

/**
 * The seed unit's 2024 report, entered in 元, must render every cell of the nine published
 * tables exactly as printed (万元, rounding quirks included). Compared in the browser, cell by cell.
 */
type Obj = { [key: string]: JsonValue };
const fixture = parseJsonExact(readFileSync("lib/fixture/samples/zaozhuang-gov-office-2024.json", "utf8")) as Obj;

const shown = (v: JsonValue | undefined) => (v instanceof JsonNumber ? formatScaled(wanTokenToHundredths(v)!, 2, TABLE_NUMBER_STYLE) : "");
const arr = (v: JsonValue | undefined) => (Array.isArray(v) ? v : []);
const obj = (v: JsonValue | undefined) => (v && typeof v === "object" && !Array.isArray(v) && !(v instanceof JsonNumber) ? (v as Obj) : {});
const str = (v: JsonValue | undefined) => (typeof v === "string" ? v : "");

function expectedCells(): Map<string, string> {
  const cells = new Map<string, string>();
  const codedColumns: Record<string, string[]> = {
    t02: ["total", "fiscal", "superior", "business", "operating", "affiliated", "other"],
    t03: ["total", "basic", "project", "toSuperior", "operating", "toAffiliated"],
    t05: ["total", "basic", "project"],
    t07: ["opening", "income", "total", "basic", "project", "closing"],
    t08: ["total", "basic", "project"],
  };
  for (const [t, columns] of Object.entries(codedColumns)) {
    for (const row of arr(obj(fixture[t]).rows)) {
      const code = str(obj(row).code);
      arr(obj(row).values).forEach((v, i) => cells.set(`${t} ${code}:${columns[i]}`, shown(v)));
    }
  }
  for (const t of ["t01", "t04"]) {
    for (const side of ["income", "expenditure"] as const) {
      for (const line of arr(obj(fixture[t])[side])) {
        const l = obj(line);
        const key = str(l.code) || str(l.role);
        const prefix = side === "income" ? "in" : "ex";
        if ("values" in l) ["total", "gp", "gf", "soe"].forEach((c, i) => cells.set(`${t} ${prefix}:${key}:${c}`, shown(arr(l.values)[i])));
        else cells.set(`${t} ${prefix}:${key}:amount`, shown(l.amount));
      }
    }
  }
  const t06 = obj(fixture.t06);
  for (const row of arr(t06.rows)) cells.set(`t06 ${str(obj(row).code)}`, shown(obj(row).amount));
  cells.set("t06 personnelTotal", shown(t06.personnelTotal));
  cells.set("t06 publicTotal", shown(t06.publicTotal));
  const keys = ["total", "abroad", "vehicles", "vehiclePurchase", "vehicleOps", "reception"];
  const t09 = obj(fixture.t09);
  for (const part of ["budget", "actual"]) arr(t09[part]).forEach((v, i) => cells.set(`t09 ${part}.${keys[i]}`, shown(v)));
  return cells;
}

test("the seed report renders every cell of 公开01–09 exactly as published", async ({ page, context, baseURL }) => {
  const unit = await testDb.unit.findUniqueOrThrow({ where: { code: "101001" } });
  const report = await testDb.report.findUniqueOrThrow({ where: { unitId_year: { unitId: unit.id, year: 2024 } } });
  await loginAs(context, "staff", baseURL!);
  await gotoReady(page, `/reports/${report.id}/tables`);

  const rendered = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("section[data-testid^='table-'] td[data-cell]")].map((td) => [
      `${td.closest("section")!.dataset.testid!.slice(6)} ${td.dataset.cell}`,
      td.textContent ?? "",
    ]),
  );
  const actual = new Map(rendered as [string, string][]);
  const expected = expectedCells();
  expect(expected.size).toBeGreaterThan(300);
  const mismatches = [...expected].filter(([k, v]) => actual.get(k) !== v).map(([k, v]) => `${k}: 应为「${v}」，页面为「${actual.get(k) ?? "（缺）"}」`);
  expect(mismatches).toEqual([]);

  // Every printed non-blank cell is accounted for by the fixture (nothing extra on the page).
  const extra = [...actual].filter(([k, v]) => v !== "" && !expected.has(k)).map(([k, v]) => `${k}=${v}`);
  expect(extra).toEqual([]);

  await expect(page.getByTestId("note-t08")).toHaveText("注：本单位没有使用国有资本经营预算安排的支出，故本表无数据。");
  for (const key of ["t01", "t02", "t03", "t04", "t05", "t06", "t07", "t08", "t09"]) {
    await expect(page.getByTestId(`table-${key}`)).toContainText("单位：枣庄市人民政府办公室本级");
  }
});
