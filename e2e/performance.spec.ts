import { expect, test, type Locator, type Page } from "@playwright/test";
import { ZAOZHUANG_2024_PERFORMANCE_RECORD } from "../lib/performance/seed/stored-record";
import { loginAs } from "./support/auth";
import { testDb } from "./support/db";
import { makeUser } from "./support/factories";
import { gotoReady, reloadReady } from "./support/page";
import { makeStaffWithReport } from "./support/report";

const indicator = (editor: Locator, n: number, field: string) => editor.getByLabel(`第${n}项指标 ${field}`, { exact: true });

async function fillIndicator(
  editor: Locator,
  n: number,
  i: { level1: string; level2: string; level3: string; target: string; unit?: string; actual: string; weight: string; qualitative?: boolean },
) {
  await indicator(editor, n, "一级指标").selectOption(i.level1);
  await indicator(editor, n, "二级指标").fill(i.level2);
  await indicator(editor, n, "三级指标").fill(i.level3);
  if (i.qualitative) {
    await indicator(editor, n, "指标值类型").selectOption("定性");
    await indicator(editor, n, "年度指标值").fill(i.target);
  } else {
    await indicator(editor, n, "比较符号").selectOption("≥");
    await indicator(editor, n, "年度指标值").fill(i.target);
    await indicator(editor, n, "计量单位").fill(i.unit ?? "");
  }
  await indicator(editor, n, "实际完成值").fill(i.actual);
  await indicator(editor, n, "分值").fill(i.weight);
}

/** The 单位运行经费 budget row and three of its indicators, with the last weight left short. */
async function enterProject(page: Page) {
  await page.getByRole("button", { name: "新增项目" }).click();
  const editor = page.getByTestId("project-editor");
  await editor.getByLabel("项目名称").fill("单位运行经费");
  await editor.getByLabel("当年财政拨款 年初预算数").fill("352");
  await editor.getByLabel("当年财政拨款 全年预算数（A）").fill("352");
  await editor.getByLabel("当年财政拨款 全年执行数（B）").fill("337.28");
  await expect(editor.getByTestId("execution-rate")).toHaveText("95.82%");
  await expect(editor.getByTestId("execution-score")).toHaveText("9.58");

  await fillIndicator(editor, 1, { level1: "产出指标", level2: "数量指标", level3: "办公用品采购数量", target: "300", unit: "个/套", actual: "260", weight: "7.5" });
  // 7.5 × 260/300 = 6.5, computed while typing; the missed target asks for its reason.
  await expect(editor.getByTestId("indicator-score-1")).toHaveText("6.5");
  await expect(indicator(editor, 1, "偏差原因分析及改进措施")).toHaveAttribute("data-needs-reason", "true");

  await editor.getByRole("button", { name: "添加指标" }).click();
  await fillIndicator(editor, 2, { level1: "产出指标", level2: "数量指标", level3: "出差人次", target: "2000", unit: "人次", actual: "1900", weight: "7.5" });
  // 7.5 × 1900/2000 = 7.125, rounded half-even to 7.12.
  await expect(editor.getByTestId("indicator-score-2")).toHaveText("7.12");

  await editor.getByRole("button", { name: "添加指标" }).click();
  await fillIndicator(editor, 3, { level1: "效益指标", level2: "可持续影响", level3: "保障单位正常运转", target: "是", actual: "是", weight: "70", qualitative: true });
  await expect(editor.getByTestId("indicator-score-3")).toHaveText("70");
  await expect(editor.getByTestId("weight-total")).toContainText("95（应为100）");
  return editor;
}

test("staff enter a self-evaluation, see scores as they type, keep a draft with bad weights and missing reasons, and save", async ({ page, context, baseURL }) => {
  test.slow(); // types a whole 自评表
  const { staff, report } = await makeStaffWithReport("绩效自评");
  await loginAs(context, staff.login, baseURL!);
  await gotoReady(page, `/reports/${report.id}/performance`);
  let editor = await enterProject(page);
  const notice = page.getByTestId("performance-notice");
  const problems = () => editor.getByTestId("project-editor-issues");

  // Weights that do not add up are a problem to fix before submission, not a reason to lose the work.
  await editor.getByRole("button", { name: "保存项目" }).click();
  await expect(notice).toContainText("项目“单位运行经费”已保存为草稿");
  await expect(notice).toContainText("分值合计应为100，当前为95");
  await expect(problems()).toContainText("分值合计应为100，当前为95");
  // Said beside the buttons too, where the page's notice is out of view.
  await expect(editor.getByTestId("editor-draft-status")).toContainText("已保存为草稿，还有");
  expect((await testDb.reportPerformance.findUniqueOrThrow({ where: { reportId: report.id } })).version).toBe(1);

  // The draft survives a reload, listed as one, and opens with everything typed.
  await reloadReady(page);
  const listed = page.getByTestId("project-list").locator('tr[data-project="单位运行经费"]');
  await expect(listed.getByTestId("project-draft")).toHaveText("草稿·待完善");
  await listed.getByRole("button", { name: "编辑" }).click();
  editor = page.getByTestId("project-editor");
  await expect(indicator(editor, 2, "实际完成值")).toHaveValue("1900");
  await expect(editor.getByTestId("weight-total")).toContainText("95（应为100）");

  await indicator(editor, 3, "分值").fill("75");
  await expect(editor.getByTestId("weight-total")).toHaveText("分值合计（含预算执行）：100");
  await expect(editor.getByTestId("project-total")).toHaveText("98.20");
  await editor.getByRole("button", { name: "保存项目" }).click();
  await expect(problems()).toContainText(
    "第1项指标“办公用品采购数量”：未达到年度指标值（目标≥300个/套，实际260个/套），请填写偏差原因分析及改进措施",
  );
  await expect(editor.getByText("第2项指标“出差人次”：未达到年度指标值（目标≥2000人次，实际1900人次），请填写偏差原因分析及改进措施").first()).toBeVisible();
  await expect(notice).toContainText("还有 2 处问题");
  // A reason of only spaces is no reason.
  await indicator(editor, 1, "偏差原因分析及改进措施").fill("   ");
  await editor.getByRole("button", { name: "保存项目" }).click();
  await expect(problems()).toContainText("第1项指标“办公用品采购数量”：未达到年度指标值");
  await expect.poll(async () => (await testDb.reportPerformance.findUniqueOrThrow({ where: { reportId: report.id } })).version).toBe(3);

  await indicator(editor, 1, "偏差原因分析及改进措施").fill("办公用品采购数量未达到目标值");
  await indicator(editor, 2, "偏差原因分析及改进措施").fill("出差人次未达到目标值");
  await expect(indicator(editor, 1, "偏差原因分析及改进措施")).not.toHaveAttribute("data-needs-reason");
  await editor.getByRole("button", { name: "保存项目" }).click();
  await expect(notice).toContainText("项目“单位运行经费”已保存");
  await expect(notice).not.toContainText("草稿");
  await expect(page.getByTestId("project-editor")).toHaveCount(0);

  const stored = await testDb.reportPerformance.findUniqueOrThrow({ where: { reportId: report.id } });
  expect(stored.version).toBe(4);
  const detail = (stored.data as { projects: { detail: { indicators: Record<string, unknown>[] } }[] }).projects[0].detail;
  expect(detail.indicators[1]).toMatchObject({ level3: "出差人次", actual: "1900", weight: "7.5" });
  expect(detail.indicators[1]).not.toHaveProperty("score");
  expect(await testDb.auditLog.count({ where: { reportId: report.id, action: "performance.addProject" } })).toBe(1);
  expect(await testDb.auditLog.count({ where: { reportId: report.id, action: "performance.updateProject" } })).toBe(3);

  await reloadReady(page);
  const row = page.getByTestId("project-list").locator('tr[data-project="单位运行经费"]');
  await expect(row.getByTestId("project-draft")).toHaveCount(0);
  await expect(row.getByTestId("project-score")).toHaveText("98.2");
  await expect(row.getByTestId("project-grade")).toHaveText("优");
  const published = page.getByTestId("performance-part").getByTestId("self-evaluation");
  await expect(published.getByTestId("self-total-weight")).toHaveText("100.00");
  await expect(published.getByTestId("self-total-score")).toHaveText("98.20");

  await row.getByRole("button", { name: "编辑" }).click();
  const again = page.getByTestId("project-editor");
  await expect(indicator(again, 2, "实际完成值")).toHaveValue("1900");
  await expect(again.getByTestId("indicator-score-2")).toHaveText("7.12");
  await expect(again.getByTestId("indicator-score-1")).toHaveText("6.5");
});

test("forged and stale saves are refused on the server, wrong values are kept as a draft, and what was typed stays on screen", async ({ page, context, baseURL }) => {
  test.slow(); // types a whole 自评表
  const { staff, report } = await makeStaffWithReport("绩效伪造");
  const { report: other } = await makeStaffWithReport("绩效他人");
  await loginAs(context, staff.login, baseURL!);
  await gotoReady(page, `/reports/${report.id}/performance`);
  const editor = await enterProject(page);
  await indicator(editor, 3, "分值").fill("75");
  await indicator(editor, 1, "偏差原因分析及改进措施").fill("办公用品采购数量未达到目标值");
  await indicator(editor, 2, "偏差原因分析及改进措施").fill("出差人次未达到目标值");

  let rewrite: (body: string) => string = (b) => b;
  await page.route("**/reports/**", async (route) => {
    const req = route.request();
    if (req.method() !== "POST" || !req.headers()["next-action"]) return route.continue();
    return route.continue({ postData: rewrite(req.postData() ?? "") });
  });
  const save = () => editor.getByRole("button", { name: "保存项目" }).click();
  const error = editor.getByTestId("project-editor-error");

  rewrite = (b) => b.replace('"weight":"7.5"', '"weight":"7.5","score":"7.5"');
  await save();
  await expect(error).toContainText("第1项指标“办公用品采购数量”：得分由系统计算，不能直接填写");

  await expect(error).toContainText("未保存");
  expect(await testDb.reportPerformance.count({ where: { reportId: report.id } })).toBe(0);

  // Values the check refuses are stored as the draft they are, the problems named.
  const notice = page.getByTestId("performance-notice");
  rewrite = (b) => b.replace('"value":"300"', '"value":" "');
  await save();
  await expect(notice).toContainText("第1项指标“办公用品采购数量”：年度指标值缺少数值（“≥”后应填写一个数）");

  rewrite = (b) => b.replace('"executed":"337.28"', '"executed":"-337.28"');
  await save();
  await expect(notice).toContainText("当年财政拨款全年执行数：不能为负数");
  await expect.poll(async () => (await testDb.reportPerformance.findUnique({ where: { reportId: report.id } }))?.version).toBe(2);

  rewrite = (b) => b.replace(`"reportId":"${report.id}"`, `"reportId":"${other.id}"`);
  await save();
  await expect(error).toContainText("报表不存在或无权查看");

  rewrite = (b) => b.replace(/"baseVersion":\d+/, '"baseVersion":99');
  await save();
  await expect(error).toContainText("已被他人修改并保存");
  await expect(editor.getByLabel("项目名称")).toHaveValue("单位运行经费");
  await expect(indicator(editor, 2, "实际完成值")).toHaveValue("1900");

  rewrite = (b) => b;
  await testDb.report.update({ where: { id: report.id }, data: { status: "SUBMITTED" } });
  await save();
  await expect(error).toContainText("报表已上报或已审核，当前不能修改");

  expect(await testDb.reportPerformance.count({ where: { reportId: other.id } })).toBe(0);
  const stored = await testDb.reportPerformance.findUniqueOrThrow({ where: { reportId: report.id } });
  expect(stored.version).toBe(2);
  expect(JSON.stringify(stored.data)).toContain('"executed":"-337.28"');
});

test("reviewers and locked reports show 绩效 read-only", async ({ browser, baseURL }) => {
  test.slow(); // two sessions, each rendering the whole seed record
  const { dept, staff, report } = await makeStaffWithReport("绩效只读");
  await testDb.reportPerformance.create({ data: { reportId: report.id, data: ZAOZHUANG_2024_PERFORMANCE_RECORD, version: 1 } });
  const reviewer = await makeUser("REVIEWER", { scopeUnitCodes: [dept.code] });

  const reviewerContext = await browser.newContext({ baseURL });
  await loginAs(reviewerContext, reviewer.login, baseURL!);
  const page = await reviewerContext.newPage();
  await page.goto(`/reports/${report.id}/performance`);
  await expect(page.getByTestId("performance-readonly")).toContainText("只读");
  await expect(page.getByTestId("project-list").locator("tr[data-project]")).toHaveCount(13);
  await expect(page.getByRole("button", { name: "新增项目" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "编辑" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "删除" })).toHaveCount(0);
  await expect(page.getByLabel("填报日期")).toBeDisabled();
  await reviewerContext.close();

  await testDb.report.update({ where: { id: report.id }, data: { status: "SUBMITTED" } });
  const staffContext = await browser.newContext({ baseURL });
  await loginAs(staffContext, staff.login, baseURL!);
  const staffPage = await staffContext.newPage();
  await staffPage.goto(`/reports/${report.id}/performance`);
  await expect(staffPage.getByTestId("performance-readonly")).toContainText("报表已上报或已审核，当前不能修改");
  await expect(staffPage.getByRole("button", { name: "新增项目" })).toHaveCount(0);
  await staffContext.close();
});

test("第五部分 renders the seed unit's 附件: 汇总表, 单位运行经费 at 98.20 优, and the 12345 report at 99.9 优", async ({ page, context, baseURL }) => {
  const { staff, report } = await makeStaffWithReport("绩效公开");
  await testDb.reportPerformance.create({ data: { reportId: report.id, data: ZAOZHUANG_2024_PERFORMANCE_RECORD, version: 1 } });
  await loginAs(context, staff.login, baseURL!);
  await page.goto(`/reports/${report.id}/performance`);

  const row = page.getByTestId("project-list").locator('tr[data-project="单位运行经费"]');
  await expect(row.getByTestId("project-score")).toHaveText("98.2");
  await expect(row.getByTestId("project-grade")).toHaveText("优");
  await expect(page.getByTestId("coverage-warning")).toContainText("以下项目未填写全年执行数");

  const part = page.getByTestId("performance-part");
  const summary = part.getByTestId("performance-summary");
  await expect(summary).toContainText("部门(单位)名称：枣庄市人民政府办公室");
  await expect(summary).toContainText("填报日期：2025年2月24日");
  await expect(summary.getByTestId("summary-score")).toHaveText(["99.3", "99.53", "99.9", "100", "100", "96.66", "98.2", "99.67", "97.42", "97.36", "94.91", "99.94", "100"]);

  const table = part.getByTestId("self-evaluation");
  await expect(table).toHaveCount(1);
  await expect(table).toContainText("（2024年度）");
  await expect(table.getByTestId("execution-score")).toHaveText("9.58");
  await expect(table.getByRole("row", { name: /出差人次/ })).toContainText("≥2000人次1900人次7.57.12出差人次未达到目标值");
  await expect(table.getByTestId("self-total-weight")).toHaveText("100.00");
  await expect(table.getByTestId("self-total-score")).toHaveText("98.20");

  const key = part.getByTestId("key-evaluation");
  await expect(key.getByRole("heading", { level: 3 })).toHaveText("12345市长热线运行保障经费 项目支出绩效评价报告");
  await expect(key.getByTestId("key-conclusion")).toHaveText("经过评价，项目得分99.9分，等级为优。其中：资金管理指标19.9分，项目产出指标40分，项目效益指标40分。");
  await expect(key.getByTestId("key-score-table").getByRole("row", { name: /预算资金执行率/ })).toContainText("100%98.99%109.9");
  await expect(key.getByTestId("key-total-weight")).toHaveText("100");
  await expect(key.getByTestId("key-total-score")).toHaveText("99.9");
});

test("staff edit a 重点绩效评价报告: scores, subtotals and grade follow the entries, and bad weights are kept as a draft until fixed", async ({ page, context, baseURL }) => {
  const { staff, report } = await makeStaffWithReport("重点评价");
  await testDb.reportPerformance.create({ data: { reportId: report.id, data: ZAOZHUANG_2024_PERFORMANCE_RECORD, version: 1 } });
  await loginAs(context, staff.login, baseURL!);
  await gotoReady(page, `/reports/${report.id}/performance`);
  await page.getByTestId("key-list").locator('tr[data-project="12345市长热线运行保障经费"]').getByRole("button", { name: "编辑" }).click();
  const editor = page.getByTestId("key-evaluation-editor");
  await expect(editor.getByTestId("key-score-1")).toHaveText("9.9");
  await expect(editor.getByTestId("key-total")).toHaveText("99.9");

  // 工作人员数量 ≥150人 with 140: 15 × 140/150 = 14.
  await editor.getByLabel("第3项指标 完成值", { exact: true }).fill("140");
  await expect(editor.getByTestId("key-score-3")).toHaveText("14");
  await expect(editor.getByTestId("key-totals")).toContainText("资金管理指标19.9分，项目产出指标39分，项目效益指标40分");
  await expect(editor.getByTestId("key-total")).toHaveText("98.9");
  await expect(editor.getByTestId("key-grade")).toHaveText("优");

  await editor.getByLabel("第3项指标 分值", { exact: true }).fill("10");
  await expect(editor.getByTestId("key-totals")).toContainText("分值合计：95（应为100）");
  await editor.getByRole("button", { name: "保存重点绩效评价报告" }).click();
  await expect(page.getByTestId("performance-notice")).toContainText("“12345市长热线运行保障经费”的重点绩效评价报告已保存为草稿");
  await expect(page.getByTestId("performance-notice")).toContainText("分值合计应为100，当前为95");
  await expect(editor.getByTestId("key-editor-issues")).toContainText("分值合计应为100，当前为95");
  await expect(editor.getByTestId("editor-draft-status")).toContainText("已保存为草稿，还有 1 处问题");
  await expect(page.getByTestId("key-list").locator('tr[data-project="12345市长热线运行保障经费"]').getByTestId("key-draft")).toBeVisible();
  expect((await testDb.reportPerformance.findUniqueOrThrow({ where: { reportId: report.id } })).version).toBe(2);

  await editor.getByLabel("第3项指标 分值", { exact: true }).fill("15");
  await editor.getByRole("button", { name: "保存重点绩效评价报告" }).click();
  await expect(page.getByTestId("performance-notice")).toContainText("“12345市长热线运行保障经费”的重点绩效评价报告已保存");
  await expect(page.getByTestId("key-list").locator('tr[data-project="12345市长热线运行保障经费"]')).toContainText("98.9");
  await expect(page.getByTestId("performance-part").getByTestId("key-total-score")).toHaveText("98.9");
  await expect(page.getByTestId("key-draft")).toHaveCount(0);
  expect((await testDb.reportPerformance.findUniqueOrThrow({ where: { reportId: report.id } })).version).toBe(3);
});
