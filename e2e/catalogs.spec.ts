import { expect, test, type Page } from "@playwright/test";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseCatalogFile } from "../lib/catalog/import";
import { buildSampleCatalogFiles, SAMPLE_BAD_ERRORS, SAMPLE_GOOD_ENTRIES } from "../lib/catalog/testdata";
import { loginAs, pageAs } from "./support/auth";
import { testDb } from "./support/db";
import { freshCatalogYear, makeDepartmentWithUnit, makeUser } from "./support/factories";
import { addSubject, openTable } from "./support/report";
import { gotoReady } from "./support/page";

const dir = mkdtempSync(path.join(tmpdir(), "catalog-e2e-"));
const file = (name: string, bytes: Buffer | string) => {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return p;
};

async function openImport(page: Page, year: number) {
  await gotoReady(page, `/admin/catalogs?year=${year}&kind=FUNCTION`);
  await page.getByRole("button", { name: "导入" }).click();
}

/** Chooses the file and asks for the preview (the first step); a refused file shows its problems. */
async function upload(page: Page, filePath: string) {
  await page.getByLabel("科目文件").setInputFiles(filePath);
  await page.getByRole("button", { name: "预览" }).click();
}

async function uploadAndConfirm(page: Page, filePath: string) {
  await upload(page, filePath);
  await expect(page.getByTestId("import-preview")).toBeVisible();
  await page.getByRole("button", { name: "确认导入" }).click();
}

test.beforeEach(async ({ context, baseURL }) => {
  await loginAs(context, "admin", baseURL!);
});

test("admin imports a good catalog file", async ({ page }) => {
  await freshCatalogYear(2091);
  const { good } = await buildSampleCatalogFiles();
  await openImport(page, 2091);
  await uploadAndConfirm(page, file("good.xlsx", good));
  await expect(page.getByRole("status")).toContainText(`导入成功：新增 ${SAMPLE_GOOD_ENTRIES.length} 个科目`);
  await page.getByRole("button", { name: "关闭" }).first().click();
  await expect(page.getByTestId("subject-count")).toContainText(`共 ${SAMPLE_GOOD_ENTRIES.length} 个科目`);
  await expect(page.getByTestId("subject-2010301")).toContainText("行政运行");
});

test("a new edition in 类/款/项 columns is previewed against last year before it is imported", async ({ page }) => {
  const [last, year] = [2087, 2088];
  const lastEdition = [
    ["201", "一般公共服务支出", "CLASS", null],
    ["20103", "政府办公厅(室)及相关机构事务", "SECTION", "201"],
    ["2010301", "行政运行", "ITEM", "20103"],
    ["2010350", "事业运行", "ITEM", "20103"],
    ["2010399", "其他政府办公厅(室)及相关机构事务支出", "ITEM", "20103"],
  ] as const;
  for (const y of [last, year]) {
    await freshCatalogYear(y);
    await testDb.subjectCode.createMany({ data: lastEdition.map(([code, name, level, parentCode]) => ({ year: y, kind: "FUNCTION" as const, code, name, level, parentCode })) });
  }
  // An explanation the edition's file (which has no 说明 column) must leave as it is.
  await testDb.subjectCode.update({ where: { year_kind_code: { year, kind: "FUNCTION", code: "2010301" } }, data: { explanation: "反映行政单位的基本支出。" } });
  // Both years' reports use 2010350, which the new edition drops.
  const { unit } = await makeDepartmentWithUnit("版本比较");
  for (const y of [last, year]) {
    const report = await testDb.report.create({ data: { unitId: unit.id, year: y, templateId: "shandong-2024" } });
    await testDb.reportTable.create({ data: { reportId: report.id, tableKey: "t03", data: {}, usedCodes: ["201", "20103", "2010350"] } });
  }
  // The edition as bureaus circulate it: 类/款/项 in their own columns, each row filling its own level.
  const edition = ["类,款,项,科目名称", "201,,,一般公共服务支出", ",03,,政府办公厅（室）及相关机构事务", ",,01,行政运行", ",,02,一般行政管理事务"].join("\r\n");

  await openImport(page, year);
  await upload(page, file("edition.csv", edition));
  await expect(page.getByTestId("import-levels")).toHaveText("文件中共 4 个科目：类 1 个、款 1 个、项 2 个。");
  await expect(page.getByTestId("import-changes")).toHaveText(`与 ${last} 年度相比：新增 1 个，更名 1 个，删除 2 个。`);
  await page.getByTestId("import-renamed").getByText("更名").click();
  await expect(page.getByTestId("import-renamed")).toContainText("20103 政府办公厅(室)及相关机构事务 → 政府办公厅（室）及相关机构事务");
  await expect(page.getByTestId("import-removed-in-use")).toContainText(`2010350 事业运行：${last} 年度 1 家单位使用（${unit.name}）`);
  await expect(page.getByTestId("import-removed-in-use")).toContainText(`2010350 事业运行：${year} 年度 1 家单位使用`);
  await expect(page.getByTestId("import-effect")).toHaveText("本次导入将新增 1 个科目，更新名称或说明 1 个，2 个不变。");
  expect(await testDb.subjectCode.count({ where: { year, kind: "FUNCTION" } })).toBe(5);

  await page.getByLabel(/同时删除本年度已有、但文件中没有的科目（2 个，其中可删除 1 个/).check();
  await page.getByRole("button", { name: "确认导入" }).click();
  await expect(page.getByRole("status").filter({ hasText: "导入成功" })).toHaveText("导入成功：新增 1 个科目，更新 1 个科目，删除 1 个科目");
  const codes = await testDb.subjectCode.findMany({ where: { year, kind: "FUNCTION" }, orderBy: { code: "asc" }, select: { code: true, name: true } });
  expect((await testDb.subjectCode.findUniqueOrThrow({ where: { year_kind_code: { year, kind: "FUNCTION", code: "2010301" } } })).explanation).toBe("反映行政单位的基本支出。");
  expect(codes.map((c) => `${c.code} ${c.name}`)).toEqual([
    "201 一般公共服务支出",
    "20103 政府办公厅（室）及相关机构事务",
    "2010301 行政运行",
    "2010302 一般行政管理事务",
    // Still used by a report of the year: kept although the edition drops it.
    "2010350 事业运行",
  ]);
});

test("a bad catalog file shows every row error and imports nothing", async ({ page }) => {
  await freshCatalogYear(2092);
  const { bad } = await buildSampleCatalogFiles();
  await openImport(page, 2092);
  await upload(page, file("bad.csv", bad));
  await expect(page.getByRole("alert")).toContainText("未导入任何科目");
  const errors = page.getByTestId("import-errors");
  for (const message of SAMPLE_BAD_ERRORS) await expect(errors).toContainText(message);
  expect(await testDb.subjectCode.count({ where: { year: 2092 } })).toBe(0);
});

test("files that are not catalogs get a clear message", async ({ page }) => {
  await freshCatalogYear(2093);
  await openImport(page, 2093);
  const cases: Array<[string, Buffer | string, string]> = [
    ["picture.xlsx", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]), "不是有效的 Excel"],
    ["empty.csv", "", "文件为空"],
    ["notes.txt", "hello", "不支持的文件类型"],
    ["columns.csv", "序号,金额\n1,100\n", "缺少必需的列"],
    ["huge.csv", Buffer.alloc(20 * 1024 * 1024, 0x31), "文件过大（20.0 MB）"],
  ];
  for (const [name, bytes, message] of cases) {
    await upload(page, file(name, bytes));
    await expect(page.getByRole("alert")).toContainText(message);
  }
  expect(await testDb.subjectCode.count({ where: { year: 2093 } })).toBe(0);
});

test("create an empty year; copy last year's catalog into a new year, then export it", async ({ page }) => {
  for (const year of [2089, 2094]) {
    await freshCatalogYear(year);
    await testDb.catalogYear.delete({ where: { year } });
  }
  // An empty year, to import the new edition into.
  await gotoReady(page, "/admin/catalogs?year=2024");
  await page.getByRole("button", { name: "新建年度" }).click();
  await page.getByRole("dialog").getByRole("textbox", { name: "年度" }).fill("2089");
  await page.getByRole("dialog").getByLabel("复制自").selectOption({ label: "不复制（空年度）" });
  await page.getByRole("button", { name: "创建" }).click();
  await expect(page).toHaveURL(/year=2089/);
  await expect(page.getByTestId("subject-count")).toContainText("共 0 个科目");

  await gotoReady(page, "/admin/catalogs?year=2024");
  await page.getByRole("button", { name: "新建年度" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("textbox", { name: "年度" }).fill("2094");
  await dialog.getByLabel("复制自").selectOption("2024");
  await page.getByRole("button", { name: "创建" }).click();
  await expect(page).toHaveURL(/year=2094/);
  const copied = await testDb.subjectCode.count({ where: { year: 2094, kind: "FUNCTION" } });
  expect(copied).toBe(await testDb.subjectCode.count({ where: { year: 2024, kind: "FUNCTION" } }));
  await expect(page.getByTestId("subject-count")).toContainText(`共 ${copied} 个科目`);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "导出 Excel" }).click();
  const saved = path.join(dir, "export.xlsx");
  await (await download).saveAs(saved);
  const parsed = await parseCatalogFile("export.xlsx", readFileSync(saved), "FUNCTION");
  expect(parsed.ok && parsed.entries.length).toBe(copied);
});

test("structural checks when adding and deleting subjects", async ({ page }) => {
  await freshCatalogYear(2095);
  await gotoReady(page, "/admin/catalogs?year=2095&kind=FUNCTION");
  const add = async (code: string, name: string) => {
    await page.getByRole("button", { name: "新增科目" }).click();
    await page.getByLabel("科目编码").fill(code);
    await page.getByLabel("科目名称").fill(name);
    await page.getByRole("button", { name: "保存" }).click();
  };
  await add("20101", "人大事务");
  await expect(page.getByRole("dialog").getByRole("alert").first()).toContainText("上级科目“201”不存在");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  await add("2011", "四位编码");
  await expect(page.getByRole("dialog").getByRole("alert").first()).toContainText("长度应为3、5或7位");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  await add("201", "<b>一般公共服务支出</b>");
  await expect(page.getByRole("dialog").getByRole("alert").first()).toContainText("不允许的字符");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  await add("201", "一般公共服务支出");
  await expect(page.getByTestId("subject-201")).toBeVisible();
  await add("201", "重复");
  await expect(page.getByRole("dialog").getByRole("alert").first()).toContainText("科目编码“201”已存在");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();

  // A code used by a report of that year cannot be deleted.
  const { unit } = await makeDepartmentWithUnit();
  const report = await testDb.report.create({ data: { unitId: unit.id, year: 2095, templateId: "shandong-2024" } });
  await testDb.reportTable.create({ data: { reportId: report.id, tableKey: "t03", data: {}, usedCodes: ["201"] } });
  page.once("dialog", (d) => d.accept());
  await page.getByTestId("subject-201").getByRole("button", { name: "删除" }).click();
  await expect(page.getByTestId("subject-201").getByRole("alert")).toContainText("已被 2095 年度的决算使用");
  expect(await testDb.subjectCode.count({ where: { year: 2095, code: "201" } })).toBe(1);
});

test("a unit asks for a code its year's catalog lacks; the admin adds it in one step and the unit is told", async ({ page, browser, baseURL }) => {
  const year = 2096;
  await freshCatalogYear(year);
  await testDb.subjectCode.createMany({
    data: [
      { year, kind: "FUNCTION", code: "201", name: "一般公共服务支出", level: "CLASS" },
      { year, kind: "FUNCTION", code: "20103", name: "政府办公厅(室)及相关机构事务", level: "SECTION", parentCode: "201" },
      { year, kind: "FUNCTION", code: "2010301", name: "行政运行", level: "ITEM", parentCode: "20103" },
    ],
  });
  const { unit } = await makeDepartmentWithUnit("科目申请");
  const { login } = await makeUser("UNIT_STAFF", { unitCode: unit.code });
  const report = await testDb.report.create({ data: { unitId: unit.id, year, templateId: "shandong-2024" } });
  const staff = await pageAs(browser, baseURL!, login);
  await gotoReady(staff, `/reports/${report.id}`);
  await openTable(staff, /03 支出/);
  const picker = staff.getByRole("combobox", { name: "添加项级科目（输入编码或名称）" });
  await picker.fill("2010302");
  await picker.press("Enter");
  await expect(staff.getByRole("alert").filter({ hasText: "不在 2096 年度的功能分类科目中" })).toBeVisible();
  const form = staff.getByTestId("subject-request");
  await form.getByLabel("科目 2010302 的名称").fill("一般行政管理事务");
  await form.getByLabel("申请说明").fill("本单位有一般行政管理事务支出");
  await form.getByRole("button", { name: "提交申请" }).click();
  await expect(staff.getByTestId("subject-request-sent")).toContainText("已申请补充科目 2010302「一般行政管理事务」");

  await gotoReady(page, `/admin/catalogs?year=${year}&kind=FUNCTION`);
  const request = page.getByTestId("subject-request-2010302");
  await expect(request).toContainText(unit.name);
  await expect(request).toContainText("本单位有一般行政管理事务支出");
  await request.getByRole("button", { name: "补充 2010302 一般行政管理事务 到 2096 年度" }).click();
  await expect(page.getByTestId("subject-requests")).toHaveCount(0);
  expect(await testDb.subjectCode.findUnique({ where: { year_kind_code: { year, kind: "FUNCTION", code: "2010302" } } })).toMatchObject({ name: "一般行政管理事务", parentCode: "20103" });

  await gotoReady(staff, "/notifications");
  await expect(staff.getByText("已补充 2096 年度功能分类科目 2010302「一般行政管理事务」")).toBeVisible();
  await gotoReady(staff, `/reports/${report.id}`);
  await openTable(staff, /03 支出/);
  await addSubject(staff, "2010302");
});
