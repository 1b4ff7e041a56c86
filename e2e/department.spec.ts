import { expect, test, type Page } from "@playwright/test";
import { formatYuan } from "../lib/money";
import { deriveReport } from "../lib/tables/derive";
import { zaozhuang2024SubjectNames as names } from "../lib/tables/seed/zaozhuang-2024";
import { shandong2024 } from "../lib/tables/templates/shandong-2024";
import { pageAs as as } from "./support/auth";
import { testDb } from "./support/db";
import { memberFlows, writeDepartmentDocuments } from "../prisma/seed-department";
import { GRANT, HANDED_UP, makeDepartmentWithMembers, memberInputs } from "./support/department";
import { expectHydrated, gotoReady } from "./support/page";
import { cell, confirmPublication, openTable, saveActiveTable, workflow } from "./support/report";

const status = (page: Page) => page.getByTestId("report-status");

/** A reviewer's decision that asks for a reason (审核退回, 撤销审核并退回). */
async function decideWithReason(page: Page, label: string, reason: string) {
  await page.getByTestId("workflow-bar").getByRole("button", { name: label, exact: true }).click();
  await page.getByRole("dialog").getByLabel("原因").fill(reason);
  await page.getByRole("dialog").getByRole("button", { name: `确认${label}` }).click();
}

/** One internal flow row, added at the bottom of the form. */
async function addFlow(page: Page, line: string, counterpart: string, code: string, amount: string) {
  await page.getByRole("button", { name: "添加一条" }).click();
  const n = await page.getByTestId("flows-table").locator("tbody tr").count();
  await page.getByLabel(`第 ${n} 条往来项目`).selectOption({ label: line });
  await page.getByLabel(`第 ${n} 条对方单位`).selectOption({ label: counterpart });
  await page.getByLabel(`第 ${n} 条科目`).selectOption(code);
  await page.getByLabel(`第 ${n} 条金额（元）`).fill(amount);
}

const t03Total = (kind: "base" | "school" | "exam") => deriveReport(shandong2024, names, memberInputs(kind)).tables.t03.rows[0].cells[0].fen!;

test("部门决算: members state their internal flows, the department approves them, consolidates with the flows offset, and the 财政局 returns then approves it", async ({ browser, baseURL }) => {
  test.setTimeout(300_000); // seven people, two review levels
  const d = await makeDepartmentWithMembers();
  const [base, school, exam, deptStaff, deptReviewer, finance] = await Promise.all(
    [d.staff.base, d.staff.school, d.staff.exam, d.deptStaff, d.deptReviewer, d.financeReviewer].map((u) => as(browser, baseURL!, u.login)),
  );

  // 本级 and the 中学 state their sides; the 招考院 types 150 where 本级 received 200.
  await gotoReady(base, `/reports/${d.reports.base.id}/flows`);
  await addFlow(base, "对附属单位补助支出", d.units.school.name, "2010301", "10,000.00");
  await addFlow(base, "附属单位上缴收入", d.units.exam.name, "2010302", "200");
  await base.getByRole("button", { name: "保存内部往来" }).click();
  await expect(base.getByTestId("flows-notice")).toContainText("内部往来已保存：2 条，合计 10,200.00 元");
  await gotoReady(school, `/reports/${d.reports.school.id}/flows`);
  await addFlow(school, "上级补助收入", d.units.base.name, "2010350", "10000");
  await school.getByRole("button", { name: "保存内部往来" }).click();
  await expect(school.getByTestId("flows-notice")).toContainText("已保存：1 条");
  await gotoReady(exam, `/reports/${d.reports.exam.id}/flows`);
  await addFlow(exam, "上缴上级支出", d.units.base.name, "2010350", "150");
  await exam.getByRole("button", { name: "保存内部往来" }).click();
  await expect(exam.getByTestId("flows-notice")).toContainText("已保存：1 条");

  // The department's staff create the 部门决算: its members are the three units.
  await gotoReady(deptStaff, "/reports");
  await deptStaff.getByLabel("决算年度").selectOption("2024");
  await deptStaff.getByRole("button", { name: "创建决算" }).click();
  await deptStaff.waitForURL(/\/reports\/[A-Za-z0-9_-]+$/);
  const deptReportId = deptStaff.url().split("/").pop()!;
  // Its 情况说明 and 绩效 are the department's own (their forms have their own tests).
  await writeDepartmentDocuments(testDb, deptReportId, { base: d.units.base.id, school: d.units.school.id, exam: d.units.exam.id });
  await gotoReady(deptStaff, `/reports/${deptReportId}/department`);
  await expect(deptStaff.getByTestId("members-table").locator("tbody tr")).toHaveCount(3);
  await deptStaff.getByRole("button", { name: "汇总成员单位" }).click();
  const findings = deptStaff.getByTestId("consolidation-findings");
  await expect(findings).toContainText(
    `「${d.units.exam.name}」填报上缴上级支出（给「${d.units.base.name}」）150.00 元，「${d.units.base.name}」填报附属单位上缴收入（来自「${d.units.exam.name}」）200.00 元，相差 50.00 元`,
  );

  // The 招考院 corrects its side; consolidated again, the pair agrees.
  await gotoReady(exam, `/reports/${d.reports.exam.id}/flows`);
  await exam.getByLabel("第 1 条金额（元）").fill("200");
  await exam.getByRole("button", { name: "保存内部往来" }).click();
  await expect(exam.getByTestId("flows-notice")).toContainText("合计 200.00 元");
  await gotoReady(deptStaff, `/reports/${deptReportId}/department`);
  await expect(deptStaff.getByTestId("consolidation-stale")).toContainText(`「${d.units.exam.name}」的决算数据在汇总后有变动`);
  await deptStaff.getByRole("button", { name: "汇总成员单位" }).click();
  await expect(deptStaff.getByTestId("consolidate-result")).toContainText("已汇总 3 个成员单位");
  await expect(deptStaff.getByTestId("consolidation-findings")).toHaveCount(0);
  await expect(deptStaff.getByTestId("department-problems")).toContainText("成员单位的决算须先经部门审核通过");

  // Its totals are the members' less the flows inside the department (a derived 合计 cell, drilled down).
  await deptStaff.getByTestId("drill-tabs").getByRole("link", { name: "03 支出" }).click();
  await expect(deptStaff.getByTestId("drill-tabs").getByRole("link", { name: "03 支出" })).toHaveAttribute("aria-current", "page");
  await expectHydrated(deptStaff);
  await deptStaff.locator('#t03 td[data-cell="合计:total"] button').click();
  const sum = t03Total("base") + t03Total("school") + t03Total("exam");
  await expect(deptStaff.getByTestId("sources-sum")).toHaveText(formatYuan(sum));
  await expect(deptStaff.getByTestId("sources-offset")).toHaveText(formatYuan(GRANT + HANDED_UP));
  await expect(deptStaff.getByTestId("sources-consolidated")).toHaveText(formatYuan(sum - GRANT - HANDED_UP));
  await expect(deptStaff.getByTestId("cell-sources")).toContainText(d.units.school.name);
  await deptStaff.getByTestId("drill-tabs").getByRole("link", { name: "02 收入" }).click();
  await expect(deptStaff.locator("#t03")).toHaveCount(0);
  await expectHydrated(deptStaff);
  await deptStaff.locator('#t02 td[data-cell="合计:superior"] button').click();
  await expect(deptStaff.getByTestId("sources-sum")).toHaveText(formatYuan(GRANT));
  await expect(deptStaff.getByTestId("sources-offset")).toHaveText(formatYuan(GRANT));
  await expect(deptStaff.getByTestId("sources-consolidated")).toHaveText("0.00");

  // The 部门决算 cannot go to the 财政局 before its members are approved by the department.
  await gotoReady(deptStaff, `/reports/${deptReportId}`);
  await workflow(deptStaff, "上报");
  await expect(deptStaff.getByTestId("workflow-bar").getByRole("alert")).toContainText("成员单位的决算须先经部门审核通过");

  // Members submit; the 财政局 cannot approve a member, the department reviewer does.
  for (const [page, key] of [[base, "base"], [school, "school"], [exam, "exam"]] as const) {
    await gotoReady(page, `/reports/${d.reports[key].id}`);
    await workflow(page, "上报");
    await expect(status(page)).toContainText("已上报");
  }
  await gotoReady(finance, `/reports/${d.reports.school.id}`);
  await expect(finance.getByTestId("review-level")).toContainText("先由部门审核");
  await expect(finance.getByTestId("workflow-bar").getByRole("button", { name: "审核通过" })).toHaveCount(0);
  await gotoReady(deptReviewer, "/review?year=2024");
  await expect(deptReviewer.getByTestId("count-SUBMITTED")).toContainText("3");
  for (const key of ["base", "school", "exam"] as const) {
    await gotoReady(deptReviewer, `/reports/${d.reports[key].id}`);
    await workflow(deptReviewer, "审核通过");
    await expect(status(deptReviewer)).toContainText("审核通过");
  }

  await gotoReady(deptReviewer, "/review?year=2024");
  await expect(deptReviewer.getByTestId(`department-queue-${d.dept.code}`)).toContainText("成员单位审核通过 3 / 3");
  await expect(deptReviewer.getByTestId(`department-queue-${d.dept.code}`)).toContainText("汇总为最新");

  // Now the department submits; the 财政局 returns it, the department reopens a member.
  await gotoReady(deptStaff, `/reports/${deptReportId}/department`);
  await expect(deptStaff.getByTestId("department-ready")).toBeVisible();
  await gotoReady(deptStaff, `/reports/${deptReportId}`);
  await workflow(deptStaff, "上报");
  await expect(status(deptStaff)).toContainText("已上报");
  await gotoReady(finance, "/review?year=2024");
  await expect(finance.getByTestId(`review-row-${d.dept.code}`)).toContainText("部门决算");
  await expect(finance.getByTestId(`review-row-${d.units.school.code}`)).toHaveCount(0);
  await gotoReady(finance, `/reports/${deptReportId}`);
  await decideWithReason(finance, "审核退回", "请核对第一中学的三公经费预算数");
  await expect(status(finance)).toContainText("审核退回");

  await gotoReady(deptReviewer, `/reports/${d.reports.school.id}`);
  await decideWithReason(deptReviewer, "撤销审核并退回", "财政局退回：三公经费预算数有误");
  await expect(status(deptReviewer)).toContainText("审核退回");
  await gotoReady(school, `/reports/${d.reports.school.id}`);
  await openTable(school, /09 三公经费/);
  await cell(school, "t09:budget:abroad").fill("177,300.00");
  await saveActiveTable(school);
  await expect(school.getByTestId("editor-notice")).toContainText("已保存");
  await workflow(school, "上报");
  await expect(status(school)).toContainText("已上报");
  await gotoReady(deptReviewer, `/reports/${d.reports.school.id}`);
  await workflow(deptReviewer, "审核通过");
  await expect(status(deptReviewer)).toContainText("审核通过");

  // The change marks the 部门决算 stale, on the department desk too: it cannot be submitted until consolidated again.
  await gotoReady(deptReviewer, "/review?year=2024");
  await expect(deptReviewer.getByTestId(`department-queue-${d.dept.code}`)).toContainText("成员单位审核通过 3 / 3");
  await expect(deptReviewer.getByTestId(`department-queue-${d.dept.code}`)).toContainText("汇总已过期");
  await gotoReady(deptStaff, `/reports/${deptReportId}/department`);
  await expect(deptStaff.getByTestId("consolidation-stale")).toContainText(`「${d.units.school.name}」的决算数据在汇总后有变动`);
  await gotoReady(deptStaff, `/reports/${deptReportId}`);
  await workflow(deptStaff, "上报");
  await expect(deptStaff.getByTestId("workflow-bar").getByRole("alert")).toContainText("汇总已过期");
  await gotoReady(deptStaff, `/reports/${deptReportId}/department`);
  await deptStaff.getByRole("button", { name: "汇总成员单位" }).click();
  await expect(deptStaff.getByTestId("department-ready")).toBeVisible();
  await gotoReady(deptStaff, `/reports/${deptReportId}`);
  await workflow(deptStaff, "上报");
  await expect(status(deptStaff)).toContainText("已上报");

  // A member cannot be published before its department's report is approved by the 财政局.
  await confirmPublication(school, d.reports.school.id);
  await gotoReady(finance, `/reports/${d.reports.school.id}`);
  await workflow(finance, "公开");
  await expect(finance.getByTestId("workflow-bar").getByRole("alert")).toContainText("部门决算经财政局审核通过后公开");

  // While the 财政局 has it, no member can be reopened; then the 财政局 approves.
  await gotoReady(deptReviewer, `/reports/${d.reports.base.id}`);
  await expect(deptReviewer.getByTestId("workflow-bar").getByRole("button", { name: "撤销审核并退回" })).toHaveCount(0);
  await gotoReady(finance, `/reports/${deptReportId}`);
  await workflow(finance, "审核通过");
  await expect(status(finance)).toContainText("审核通过");

  // The consolidated tables hold exactly the members less the flows; the preview is a 部门决算 listing its units.
  const stored = await testDb.consolidation.findUniqueOrThrow({ where: { reportId: deptReportId } });
  expect(stored.findings).toEqual([]);
  await gotoReady(finance, `/reports/${deptReportId}/preview`);
  await expect(finance.getByTestId("cover-title")).toHaveText(`2024年度${d.dept.name}部门决算`);
  await expect(finance.getByTestId("member-units")).toContainText(`3. ${d.units.exam.name}`);

  // Published like a unit's: the public page is a 部门决算; the member follows.
  await confirmPublication(deptStaff, deptReportId);
  await gotoReady(finance, `/reports/${deptReportId}`);
  await workflow(finance, "公开");
  await expect(status(finance)).toContainText("已公开");
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/disclosures/${d.dept.code}/2024`);
  await expect(visitor.getByTestId("cover-title")).toHaveText(`2024年度${d.dept.name}部门决算`);
  await expect(visitor.getByTestId("part-overview")).toContainText("三、部门决算单位构成");
  await expect(visitor.getByTestId("part-overview")).toContainText(`纳入${d.dept.name}2024年度部门决算编制范围的单位共 3 个`);
  const published = await testDb.publication.findFirstOrThrow({ where: { reportId: deptReportId } });
  expect(JSON.parse(published.openData).level).toBe("department");
  await gotoReady(finance, `/reports/${d.reports.school.id}`);
  await workflow(finance, "公开");
  await expect(status(finance)).toContainText("已公开");
});

test("the demo 示范局's 部门决算 consolidates its approved members with no finding and is ready for the 财政局", async ({ browser, baseURL }) => {
  const dept = await as(browser, baseURL!, "dept");
  const report = await testDb.report.findFirstOrThrow({ where: { unit: { code: "104" }, year: 2024 } });
  await gotoReady(dept, `/reports/${report.id}/department`);
  await expect(dept.getByTestId("members-table")).toContainText("预算不单列，并入本级");
  await dept.getByRole("button", { name: "汇总成员单位" }).click();
  await expect(dept.getByTestId("consolidate-result")).toContainText("已汇总 3 个成员单位");
  await expect(dept.getByTestId("department-ready")).toBeVisible();
  await gotoReady(dept, `/reports/${report.id}`);
  await expect(dept.getByTestId("rule-list")).not.toContainText("错误");
  // Its 第一部分 is a 部门概况.
  await dept.getByRole("link", { name: "部门概况" }).click();
  await expect(dept.getByText("一、部门职责")).toBeVisible();
});

test("the department's staff change its member list: a unit marked 并入本级 leaves the sums, the consolidation is out of date, and a flow with it is named", async ({ browser, baseURL }) => {
  const d = await makeDepartmentWithMembers();
  const ids = { base: d.units.base.id, school: d.units.school.id, exam: d.units.exam.id };
  const flows = memberFlows(ids);
  for (const key of ["base", "school", "exam"] as const) await testDb.internalFlow.createMany({ data: flows[key].map((f) => ({ ...f, reportId: d.reports[key].id })) });
  const report = await testDb.report.create({
    data: { unitId: d.dept.id, year: 2024, templateId: "shandong-2024", members: { create: (["base", "school", "exam"] as const).map((k, position) => ({ unitId: ids[k], year: 2024, position })) } },
  });
  const dept = await as(browser, baseURL!, d.deptStaff.login);
  await gotoReady(dept, `/reports/${report.id}/department`);
  await dept.getByRole("button", { name: "汇总成员单位" }).click();
  await expect(dept.getByTestId("consolidate-result")).toContainText("已汇总 3 个成员单位");
  await expect(dept.getByTestId("consolidation-findings")).toHaveCount(0);

  await dept.getByRole("link", { name: "调整成员单位" }).click();
  const editor = dept.getByTestId("members-editor");
  await expect(editor).toBeVisible();
  await expectHydrated(dept);
  await editor.locator("li", { hasText: d.units.exam.name }).getByLabel("预算不单列，并入本级").check();
  await editor.getByRole("button", { name: "保存成员单位" }).click();
  await expect(dept.getByTestId("members-editor")).toHaveCount(0);
  await expect(dept.getByTestId(`member-${d.units.exam.code}`)).toContainText("预算不单列，并入本级");
  await expect(dept.getByTestId("consolidation-stale")).toContainText(`「${d.units.exam.name}」改为并入本级`);

  await dept.getByRole("button", { name: "汇总成员单位" }).click();
  await expect(dept.getByTestId("consolidate-result")).toContainText("已汇总 2 个成员单位");
  await expect(dept.getByTestId("consolidation-findings")).toContainText(`「${d.units.base.name}」填报了与「${d.units.exam.name}」的内部往来，但「${d.units.exam.name}」预算不单列、并入本级`);
  expect(await testDb.auditLog.count({ where: { reportId: report.id, action: "department.setMembers" } })).toBe(1);
});
