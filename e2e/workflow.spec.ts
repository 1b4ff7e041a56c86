import { expect, test, type Page } from "@playwright/test";
import { pageAs as as } from "./support/auth";
import { testDb } from "./support/db";
import { makeStaffWithReport, cell, confirmPublication, makeSubmittableReport, openTable, saveActiveTable, workflow } from "./support/report";
import { gotoReady, reloadReady } from "./support/page";

const status = (page: Page) => page.getByTestId("report-status");

test("a report goes draft → submitted → returned with a cell comment → fixed → resubmitted (diff) → approved → published", async ({ browser, baseURL }) => {
  test.setTimeout(120_000); // the whole life of a report, in three browser contexts
  const { staff, reviewer, report } = await makeSubmittableReport("全流程");
  const unitPage = await as(browser, baseURL!, staff.login);
  const reviewPage = await as(browser, baseURL!, reviewer.login);

  // Staff submit.
  await gotoReady(unitPage, `/reports/${report.id}`);
  await expect(status(unitPage)).toContainText("填报中");
  await workflow(unitPage, "上报");
  await expect(status(unitPage)).toContainText("已上报");

  // The reviewer is notified, comments on one cell, and returns the report with a reason.
  await gotoReady(reviewPage, "/review?year=2024");
  await expect(reviewPage.getByTestId("notification-badge")).toBeVisible();
  await gotoReady(reviewPage, `/reports/${report.id}`);
  await openTable(reviewPage, /06 基本支出明细/);
  await cell(reviewPage, "t06:30101:amount").click();
  const comments = reviewPage.getByTestId("comments-panel");
  await comments.getByLabel("意见针对").selectOption("cell");
  await comments.getByLabel("审核意见内容").fill("基本工资与津贴补贴划分有误，请核对");
  await comments.getByRole("button", { name: "添加意见" }).click();
  await expect(comments.getByTestId("comment")).toContainText("公开06表 30101 基本工资");
  await reviewPage.getByTestId("workflow-bar").getByRole("button", { name: "审核退回" }).click();
  await reviewPage.getByRole("dialog").getByRole("button", { name: "确认审核退回" }).click();
  await expect(reviewPage.getByRole("dialog").getByRole("alert")).toContainText("审核退回必须填写原因");
  await reviewPage.getByLabel("原因").fill("公开06表人员经费明细划分有误");
  await reviewPage.getByRole("dialog").getByRole("button", { name: "确认审核退回" }).click();
  await expect(status(reviewPage)).toContainText("审核退回");

  // Staff see the comment on the cell, fix the figures and resubmit.
  await gotoReady(unitPage, "/reports");
  await expect(unitPage.getByTestId("next-step-2024")).toContainText("公开06表人员经费明细划分有误");
  await gotoReady(unitPage, `/reports/${report.id}`);
  await openTable(unitPage, /06 基本支出明细/);
  await expect(unitPage.locator('td[data-commented="true"] input[data-cell="t06:30101:amount"]')).toBeVisible();
  const wage = await cell(unitPage, "t06:30101:amount").inputValue();
  const allowance = await cell(unitPage, "t06:30102:amount").inputValue();
  const plus = (text: string, delta: bigint) => {
    const fen = BigInt(text.replace(/[,.]/g, "")) + delta;
    return `${fen / 100n}.${String(fen % 100n).padStart(2, "0")}`;
  };
  await cell(unitPage, "t06:30101:amount").fill(plus(wage, -10000n));
  await cell(unitPage, "t06:30102:amount").fill(plus(allowance, 10000n));
  await saveActiveTable(unitPage);
  await expect(unitPage.getByTestId("editor-notice")).toContainText("公开06表已保存");
  await workflow(unitPage, "上报");
  await expect(status(unitPage)).toContainText("已上报");

  // The reviewer sees exactly what changed since the previous submission, approves and publishes.
  await gotoReady(reviewPage, `/reports/${report.id}`);
  const changes = reviewPage.getByTestId("changes-panel");
  await expect(changes.getByTestId("change")).toHaveCount(2);
  await expect(changes).toContainText("公开06表 30101 基本工资");
  await expect(changes).toContainText(wage);
  await expect(changes).toContainText(plus(wage, -10000n).replace(/\B(?=(\d{3})+(?!\d))/g, ","));
  await workflow(reviewPage, "审核通过");
  await expect(status(reviewPage)).toContainText("审核通过");
  // Publishing needs the unit's two statements first.
  await confirmPublication(unitPage, report.id);
  await reloadReady(reviewPage);
  await workflow(reviewPage, "公开");
  await expect(status(reviewPage)).toContainText("已公开");

  // Locked for everyone now: the server refuses a save.
  await gotoReady(unitPage, `/reports/${report.id}`);
  await expect(unitPage.getByText("报表当前为只读状态")).toBeVisible();

  const log = await testDb.auditLog.findMany({ where: { reportId: report.id, action: { startsWith: "workflow." } }, orderBy: { at: "asc" } });
  expect(log.map((l) => `${l.fromStatus}>${l.toStatus}`)).toEqual(["DRAFT>SUBMITTED", "SUBMITTED>RETURNED", "RETURNED>SUBMITTED", "SUBMITTED>APPROVED", "APPROVED>PUBLISHED"]);
  expect(await testDb.reportVersion.count({ where: { reportId: report.id } })).toBe(3); // two submissions and the publication
  await gotoReady(unitPage, `/reports/${report.id}/history`);
  await expect(unitPage.getByTestId("audit-entry").filter({ hasText: "公开06表人员经费明细划分有误" })).toContainText("已上报 → 审核退回");
  await gotoReady(unitPage, "/notifications");
  await expect(unitPage.getByTestId("notifications")).toContainText("已由");
});

test("forged transitions are refused on the server and leave the state unchanged", async ({ browser, baseURL }) => {
  const { staff, reviewer, report } = await makeSubmittableReport("伪造流程");
  const { report: draft, unit: draftUnit } = await makeStaffWithReport("草稿");
  const unitPage = await as(browser, baseURL!, staff.login);
  await gotoReady(unitPage, `/reports/${report.id}`);

  let rewrite: (body: string) => string = (b) => b;
  const intercept = async (page: Page) =>
    page.route("**/reports/**", async (route) => {
      const req = route.request();
      if (req.method() !== "POST" || !req.headers()["next-action"]) return route.continue();
      return route.continue({ postData: rewrite(req.postData() ?? "") });
    });
  await intercept(unitPage);
  const bar = (page: Page) => page.getByTestId("workflow-bar");

  // Unit staff try to approve their own report.
  rewrite = (b) => b.replace('"action":"submit"', '"action":"approve"');
  await workflow(unitPage, "上报");
  await expect(bar(unitPage).getByRole("alert")).toContainText("您的角色不能执行“审核通过”");
  // …or to submit another unit's report.
  rewrite = (b) => b.replace(`"reportId":"${report.id}"`, `"reportId":"${draft.id}"`);
  await workflow(unitPage, "上报");
  await expect(bar(unitPage).getByRole("alert")).toContainText("报表不存在或无权查看");
  // …or with a stale version.
  rewrite = (b) => b.replace('"expectedVersion":0', '"expectedVersion":7');
  await workflow(unitPage, "上报");
  await expect(bar(unitPage).getByRole("alert")).toContainText("已被他人更新");
  expect((await testDb.report.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("DRAFT");

  // A reviewer: a return without a reason, approving a report that is still a draft.
  rewrite = (b) => b;
  await workflow(unitPage, "上报");
  await expect(unitPage.getByTestId("report-status")).toContainText("已上报");
  const reviewPage = await as(browser, baseURL!, reviewer.login);
  await gotoReady(reviewPage, `/reports/${report.id}`);
  await intercept(reviewPage);
  await bar(reviewPage).getByRole("button", { name: "审核退回" }).click();
  await reviewPage.getByLabel("原因").fill("x");
  rewrite = (b) => b.replace('"reason":"x"', '"reason":"   "');
  await reviewPage.getByRole("dialog").getByRole("button", { name: "确认审核退回" }).click();
  await expect(reviewPage.getByRole("dialog").getByRole("alert")).toContainText("必须填写原因");
  await reviewPage.keyboard.press("Escape");
  await expect(reviewPage.getByRole("dialog")).toBeHidden();
  // Give the reviewer sight of the draft, so what stops them is its state, not visibility.
  await testDb.reviewerScope.create({ data: { userId: reviewer.user.id, unitId: draftUnit.id, includeSubtree: false } });
  rewrite = (b) => b.replace(`"reportId":"${report.id}"`, `"reportId":"${draft.id}"`).replace(/"expectedVersion":\d+/, '"expectedVersion":0');
  await workflow(reviewPage, "审核通过");
  await expect(bar(reviewPage).getByRole("alert")).toContainText("报表当前状态为“填报中”，不能审核通过");
  // A reason of 1 MB is refused too.
  rewrite = (b) => b;
  await bar(reviewPage).getByRole("button", { name: "审核退回" }).click();
  await reviewPage.getByLabel("原因").fill("y");
  rewrite = (b) => b.replace('"reason":"y"', `"reason":"${"长".repeat(1_000_000)}"`);
  await reviewPage.getByRole("dialog").getByRole("button", { name: "确认审核退回" }).click();
  await expect(reviewPage.getByRole("dialog").getByRole("alert")).toContainText("原因最多 2000 个字符");

  expect((await testDb.report.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("SUBMITTED");
  expect((await testDb.report.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
  expect(await testDb.auditLog.count({ where: { reportId: { in: [report.id, draft.id] }, action: { in: ["workflow.approve", "workflow.return"] } } })).toBe(0);
});

test("two reviewers approving at once: exactly one transition and one audit entry", async ({ browser, baseURL }) => {
  const { dept, staff, reviewer, report } = await makeSubmittableReport("并发审核");
  const unitPage = await as(browser, baseURL!, staff.login);
  await gotoReady(unitPage, `/reports/${report.id}`);
  await workflow(unitPage, "上报");
  await expect(status(unitPage)).toContainText("已上报");

  const { login: second } = await import("./support/factories").then((f) => f.makeUser("REVIEWER", { scopeUnitCodes: [dept.code] }));
  const [a, b] = await Promise.all([as(browser, baseURL!, reviewer.login), as(browser, baseURL!, second)]);
  await Promise.all([gotoReady(a, `/reports/${report.id}`), gotoReady(b, `/reports/${report.id}`)]);
  for (const p of [a, b]) p.once("dialog", (d) => d.accept());
  await Promise.all([a, b].map((p) => p.getByTestId("workflow-bar").getByRole("button", { name: "审核通过" }).click()));

  await expect.poll(async () => (await testDb.report.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("APPROVED");
  // The loser is told so; wait for its message rather than counting before it renders.
  await expect
    .poll(async () => (await Promise.all([a, b].map((p) => p.getByTestId("workflow-bar").getByRole("alert").count()))).sort())
    .toEqual([0, 1]);
  const loser = (await a.getByTestId("workflow-bar").getByRole("alert").count()) ? a : b;
  await expect(loser.getByTestId("workflow-bar").getByRole("alert")).toContainText("已被他人更新");
  expect(await testDb.auditLog.count({ where: { reportId: report.id, action: "workflow.approve" } })).toBe(1);
  const after = await testDb.report.findUniqueOrThrow({ where: { id: report.id } });
  expect(after.version).toBe(2);
});

test("staff may withdraw before review starts, not after", async ({ browser, baseURL }) => {
  const { staff, reviewer, report } = await makeSubmittableReport("撤回");
  const unitPage = await as(browser, baseURL!, staff.login);
  await gotoReady(unitPage, `/reports/${report.id}`);
  await workflow(unitPage, "上报");
  await expect(status(unitPage)).toContainText("已上报");
  await workflow(unitPage, "撤回上报");
  await expect(status(unitPage)).toContainText("填报中");
  await workflow(unitPage, "上报");
  // The reviewer's visit starts the review only once the report is submitted.
  await expect(status(unitPage)).toContainText("已上报");
  const reviewPage = await as(browser, baseURL!, reviewer.login);
  await gotoReady(reviewPage, `/reports/${report.id}`);
  await gotoReady(unitPage, `/reports/${report.id}`);
  await expect(unitPage.getByTestId("workflow-bar")).toHaveCount(0);
});

test("submission is refused while an error rule fails or a warning is unexplained", async ({ browser, baseURL }) => {
  const { staff, report } = await makeStaffWithReport("上报门槛");
  const unitPage = await as(browser, baseURL!, staff.login);
  await gotoReady(unitPage, `/reports/${report.id}`);
  await openTable(unitPage, /09 三公经费/);
  await cell(unitPage, "t09:budget:abroad").fill("100");
  await cell(unitPage, "t09:actual:abroad").fill("150");
  await saveActiveTable(unitPage);
  await expect(unitPage.getByTestId("rule-list")).toContainText("[09b]");
  await workflow(unitPage, "上报");
  await expect(unitPage.getByTestId("workflow-bar").getByRole("alert")).toContainText("个提示未填写说明");
  await unitPage.getByTestId("rule-list").getByLabel("提示说明").first().fill("年中追加因公出国（境）经费");
  await unitPage.getByTestId("rule-list").getByLabel("提示说明").first().blur();
  await expect(unitPage.getByText("说明已保存")).toBeVisible();
  expect((await testDb.report.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("DRAFT");
});

test("the server refuses a table save once the report is submitted, and comments on cells that do not exist", async ({ browser, baseURL }) => {
  const { staff, reviewer, report } = await makeSubmittableReport("锁定");
  // The editor is open (and editable) before the report is submitted elsewhere.
  const editor = await as(browser, baseURL!, staff.login);
  await gotoReady(editor, `/reports/${report.id}`);
  await openTable(editor, /09 三公经费/);
  const submitter = await as(browser, baseURL!, staff.login);
  await gotoReady(submitter, `/reports/${report.id}`);
  await workflow(submitter, "上报");
  await expect(status(submitter)).toContainText("已上报");
  await cell(editor, "t09:budget:reception").fill("1");
  await saveActiveTable(editor);
  await expect(editor.getByTestId("editor-notice")).toContainText("报表已上报或已审核，当前不能修改");
  expect(await testDb.auditLog.count({ where: { reportId: report.id, action: "report.saveTable" } })).toBe(0);

  // A reviewer's comment must point at a real cell and stay within 2,000 characters.
  const reviewPage = await as(browser, baseURL!, reviewer.login);
  await gotoReady(reviewPage, `/reports/${report.id}`);
  let rewrite: (body: string) => string = (b) => b;
  await reviewPage.route(`**/reports/${report.id}`, async (route) => {
    const req = route.request();
    if (req.method() !== "POST" || !req.headers()["next-action"]) return route.continue();
    return route.continue({ postData: rewrite(req.postData() ?? "") });
  });
  const panel = reviewPage.getByTestId("comments-panel");
  await panel.getByLabel("审核意见内容").fill("请核对");
  rewrite = (b) => b.replace('"body":"请核对"', '"body":"请核对","cell":"t03:2999999:basic"');
  await panel.getByRole("button", { name: "添加意见" }).click();
  await expect(panel.getByRole("alert")).toContainText("单元格“t03:2999999:basic”不存在");
  rewrite = (b) => b.replace('"body":"请核对"', `"body":"${"长".repeat(1_000_000)}"`);
  await panel.getByRole("button", { name: "添加意见" }).click();
  await expect(panel.getByRole("alert")).toContainText("审核意见最多 2000 个字符");
  expect(await testDb.reviewComment.count({ where: { reportId: report.id } })).toBe(0);
});
