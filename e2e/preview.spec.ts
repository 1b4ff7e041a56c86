import { expect, test, type Page } from "@playwright/test";
import { TABLE_KEYS } from "../lib/tables/types";
import { loginAs } from "./support/auth";
import { testDb } from "./support/db";
import { makeUser } from "./support/factories";
import { seedRecord, seedReport } from "./support/narrative-report";

/** The 公开预览: the whole disclosure in the official order, and what it still lacks outside the print. */

test.describe.configure({ timeout: 90_000 });

async function expectSeedDisclosure(page: Page, unitName: string) {
  await expect(page.getByTestId("cover-title")).toHaveText(`2024年度${unitName}决算`);
  await expect(page.getByTestId("toc")).toContainText("十三、预算绩效情况说明");
  await expect(page.getByTestId("part-overview")).toContainText("（一）协助市政府领导同志审核或者组织起草市政府、市政府办公室发布的文电；");
  await expect(page.getByTestId("part-overview")).toContainText("本单位内设25个职能科室及所属事业单位，分别是：综合科、");
  for (const key of TABLE_KEYS) await expect(page.getByTestId(`table-${key}`)).toBeVisible();

  const narrative = page.getByTestId("part-narrative");
  await expect(narrative).toContainText("2024年度收、支总计均为4,299.91万元。与2023年度相比，收、支总计各减少2,208.06万元，下降33.93%。");
  await expect(narrative).toContainText(
    "2、一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)行政运行(项)。年初预算为990.64万元，支出决算为1,043.28万元，完成年初预算的105.31%。决算数大于年初预算数的主要原因是2024年度年中追加2023年度行政单位绩效考核奖金。",
  );
  await expect(narrative).toContainText("基本支出2,089.95万元，占48.6%；项目支出2,209.95万元，占51.4%。");
  await expect(narrative).toContainText("完成年初预算的4.01%");
  await expect(narrative).toContainText(`截至2024年12月31日，${unitName}财政拨款开支运行维护费的公务用车保有量为7辆。`);
  await expect(narrative.locator("[data-missing-reason]")).toHaveCount(0);
  for (let n = 1; n <= 6; n++) {
    const chart = page.getByTestId(`chart-fig${n}`);
    await expect(chart).toContainText(`图${n}：`);
    await expect(chart.locator("svg")).toHaveCount(1);
  }
  // Each figure sits in its section, as the seed places it.
  await expect(narrative.locator('[data-section="1"] [data-testid="chart-fig1"]')).toHaveCount(1);
  await expect(narrative.locator('[data-section="5"] [data-testid="chart-fig6"]')).toHaveCount(1);

  const glossary = page.getByTestId("part-glossary");
  await expect(glossary).toContainText("一、财政拨款收入：指单位本年度从本级财政部门取得的财政拨款");
  await expect(glossary).toContainText("十七、一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)行政运行(项)：反映行政单位");
  await expect(glossary.locator("li")).toHaveCount(28);
}

test("the preview prints the whole disclosure in order with the seed's 第三部分 and 图1–图6", async ({ page, context, baseURL }) => {
  const { unit, staff, report } = await seedReport("预览", { narrative: seedRecord(), performance: true });
  await loginAs(context, staff.login, baseURL!);
  await page.goto(`/reports/${report.id}/preview`);
  await expectSeedDisclosure(page, unit.name);
  await expect(page.getByTestId("preview-notes")).toHaveCount(0);
});

test("the seed report's preview (枣庄市人民政府办公室本级, 2024) shows the published numbers", async ({ page, context, baseURL }) => {
  const unit = await testDb.unit.findUniqueOrThrow({ where: { code: "101001" } });
  const report = await testDb.report.findUniqueOrThrow({ where: { unitId_year: { unitId: unit.id, year: 2024 } } });
  await loginAs(context, "staff", baseURL!);
  await page.goto(`/reports/${report.id}/preview`);
  await expectSeedDisclosure(page, unit.name);
});

test("the preview of a report without narrative facts marks what is missing, outside the printed text", async ({ page, context, baseURL }) => {
  const { dept, report } = await seedReport("预览空白");
  const reviewer = await makeUser("REVIEWER", { scopeUnitCodes: [dept.code] });
  await loginAs(context, reviewer.login, baseURL!);
  await page.goto(`/reports/${report.id}/preview`);
  await expect(page.getByTestId("preview-notes")).toContainText("尚未填写情况说明所需的事实数据");
  await expect(page.getByTestId("preview-notes")).toContainText("缺少2023年度决算数");
  await expect(page.getByTestId("part-overview")).toContainText("（尚未填写）");
  await expect(page.getByTestId("part-narrative")).toContainText("2024年度收、支总计均为4,299.91万元。");
});
