import { expect, test, type Page } from "@playwright/test";
import { formatYuan } from "../lib/money";
import { ZAOZHUANG_2024_NARRATIVE_RECORD } from "../lib/narrative/seed/stored-record";
import type { StoredNarrativeRecord } from "../lib/narrative/record";
import { deriveReport } from "../lib/tables/derive";
import { zaozhuang2024Inputs, zaozhuang2024SubjectNames } from "../lib/tables/seed/zaozhuang-2024";
import { shandong2024 } from "../lib/tables/templates/shandong-2024";
import { loginAs } from "./support/auth";
import { testDb } from "./support/db";
import { makeUser } from "./support/factories";
import { seedRecord, seedReport } from "./support/narrative-report";
import { gotoReady, reloadReady } from "./support/page";
import { makeSubmittableReport, pasteText, workflow } from "./support/report";

/**
 * 第一部分 单位概况 and the 情况说明 facts page (the 公开预览 is e2e/preview.spec.ts), on reports whose tables are the seed
 * unit's published 2024 tables (枣庄市人民政府办公室本级), each test with its own unit.
 */

// The facts page is the heaviest of the app (a hundred fields and the whole text generated in the
// browser); on a busy two-core machine one test took 57 s, mostly opening the browser and the page.
test.describe.configure({ timeout: 90_000 });

const live = (page: Page) => page.getByTestId("live-narrative");
const notice = (page: Page) => page.getByTestId("narrative-notice");
const section = (page: Page, n: number) => live(page).locator(`[data-section="${n}"]`);
const save = (page: Page) => page.getByRole("button", { name: "保存情况说明" }).click();

/** Opens an editable page and waits until its script runs (the save button is enabled then). */
async function openEditor(page: Page, url: string, saveLabel = "保存情况说明") {
  await page.goto(url);
  await expect(page.getByRole("button", { name: saveLabel })).toBeEnabled();
}

async function storedNarrative(reportId: string) {
  return testDb.reportNarrative.findUniqueOrThrow({ where: { reportId } });
}

test("staff enter a prior-year figure, see the text follow, write the reason in place, save and find it kept", async ({ page, context, baseURL }) => {
  const record = seedRecord();
  record.facts.form.lastYear.total = "";
  delete record.facts.form.reasons.total;
  const { staff, report } = await seedReport("叙述", { narrative: record });
  await loginAs(context, staff.login, baseURL!);
  await openEditor(page, `/reports/${report.id}/narrative`);

  await expect(section(page, 1)).toContainText("2024年度收、支总计均为4,299.91万元。");
  await expect(section(page, 1)).not.toContainText("与2023年度相比");
  await expect(page.getByTestId("narrative-problems")).toContainText("缺少2023年度决算数：一 收、支总计");

  await page.getByLabel("上年收、支总计（元）").fill("65,079,700");
  await expect(section(page, 1)).toContainText("与2023年度相比，收、支总计各减少2,208.06万元，下降33.93%。主要是");
  const reason = page.locator('input[data-reason="total"]');
  await expect(reason).toHaveClass(/bg-amber-100/);
  await expect(reason).toHaveAttribute("placeholder", "此处需填写主要原因");
  await expect(page.getByTestId("missing-reasons")).toContainText("一 收、支总计：较2023年度减少");

  await reason.fill("机构改革后部分项目划转其他单位");
  await expect(reason).not.toHaveClass(/bg-amber-100/);
  await expect(page.getByTestId("narrative-status")).toContainText("需要说明的主要原因已全部填写");
  await save(page);
  await expect(notice(page)).toContainText("情况说明已保存");

  const stored = await storedNarrative(report.id);
  expect(stored.version).toBe(2);
  const form = (stored.facts as StoredNarrativeRecord["facts"]).form;
  expect(form.lastYear.total).toBe("65,079,700");
  expect(form.reasons.total).toBe("机构改革后部分项目划转其他单位");

  await page.reload();
  await expect(page.getByRole("button", { name: "保存情况说明" })).toBeEnabled();
  await expect(page.getByLabel("上年收、支总计（元）")).toHaveValue("65,079,700");
  await expect(page.locator('input[data-reason="total"]')).toHaveValue("机构改革后部分项目划转其他单位");
  await expect(section(page, 1)).toContainText("下降33.93%");
});

test("facts that fail a check are kept as a draft, marked, and must be fixed before submission", async ({ page, context, baseURL }) => {
  const { staff, report } = await seedReport("坏事实", { narrative: seedRecord() });
  await loginAs(context, staff.login, baseURL!);
  await openEditor(page, `/reports/${report.id}/narrative`);

  const total = page.getByLabel("上年收、支总计（元）");
  await total.fill("-100");
  await expect(page.getByText("上年收、支总计：不能为负数").first()).toBeVisible();
  const groups = page.getByLabel("因公出国（境）团组数");
  await groups.fill("两个");
  await save(page);
  await expect(notice(page)).toContainText("已保存为草稿，上报前还需修改：上年收、支总计：不能为负数");
  let stored = await storedNarrative(report.id);
  expect(stored.version).toBe(2);

  // Nothing typed is lost: after a reload the draft is there, and the rule list says what to fix.
  await openEditor(page, `/reports/${report.id}/narrative`);
  await expect(page.getByLabel("上年收、支总计（元）")).toHaveValue("-100");
  await expect(page.getByLabel("因公出国（境）团组数")).toHaveValue("两个");
  await gotoReady(page, `/reports/${report.id}`);
  await expect(page.getByTestId("rule-list")).toContainText("情况说明事实数据有误");

  await openEditor(page, `/reports/${report.id}/narrative`);
  await page.getByLabel("上年收、支总计（元）").fill("65,079,700");
  await page.getByLabel("因公出国（境）团组数").fill("2");
  await save(page);
  await expect(notice(page)).toContainText("情况说明已保存");
  stored = await storedNarrative(report.id);
  expect(stored.facts).toEqual(JSON.parse(JSON.stringify(ZAOZHUANG_2024_NARRATIVE_RECORD.facts)));
});

test("a client that skips the form's checks meets the same schemas on the server", async ({ page, context, baseURL }) => {
  const { staff, report } = await seedReport("伪造事实", { narrative: seedRecord() });
  const { report: other } = await seedReport("他人事实", { narrative: seedRecord() });
  await loginAs(context, staff.login, baseURL!);
  await openEditor(page, `/reports/${report.id}/narrative`);

  let rewrite: (body: string) => string = (b) => b;
  await page.route(`**/reports/${report.id}/narrative`, async (route) => {
    const req = route.request();
    if (req.method() !== "POST" || !req.headers()["next-action"]) return route.continue();
    return route.continue({ postData: rewrite(req.postData() ?? "") });
  });
  // Even a draft must be safe text in the form's shape.
  rewrite = (b) => b.replace('"abroadGroups":"2"', '"abroadGroups":"<img src=x onerror=alert(1)>"');
  await save(page);
  await expect(notice(page)).toContainText("因公出国（境）团组数不能包含尖括号或控制字符");
  rewrite = (b) => b.replace('"abroadGroups":"2"', '"abroadGroups":2');
  await save(page);
  await expect(notice(page)).toContainText("因公出国（境）团组数应为文字");
  rewrite = (b) => b.replace('"lastYear":{', '"lastYear":{"extra":"1",');
  await save(page);
  await expect(notice(page)).toContainText("未保存：");
  rewrite = (b) => b.replace(`"reportId":"${report.id}"`, `"reportId":"${other.id}"`);
  await save(page);
  await expect(notice(page)).toContainText("报表不存在或无权查看");

  for (const id of [report.id, other.id]) {
    const stored = await storedNarrative(id);
    expect(stored.version).toBe(1);
    expect(stored.facts).toEqual(JSON.parse(JSON.stringify(ZAOZHUANG_2024_NARRATIVE_RECORD.facts)));
  }
});

test("two people saving from the same version: the second gets a conflict and keeps their entries", async ({ browser, baseURL }) => {
  const { unit, staff, report } = await seedReport("叙述并发", { narrative: seedRecord() });
  const colleague = await makeUser("UNIT_STAFF", { unitCode: unit.code });
  const [a, b] = await Promise.all([browser.newContext({ baseURL }), browser.newContext({ baseURL })]);
  await loginAs(a, staff.login, baseURL!);
  await loginAs(b, colleague.login, baseURL!);
  const [pa, pb] = await Promise.all([a.newPage(), b.newPage()]);
  for (const p of [pa, pb]) await openEditor(p, `/reports/${report.id}/narrative`);

  await pa.locator('input[data-reason="basic"]').fill("甲填写的原因");
  await pb.locator('input[data-reason="basic"]').fill("乙填写的原因");
  await save(pa);
  await expect(notice(pa)).toContainText("情况说明已保存");
  await save(pb);
  await expect(notice(pb)).toContainText("已被他人修改并保存");
  await expect(pb.locator('input[data-reason="basic"]')).toHaveValue("乙填写的原因");

  const stored = await storedNarrative(report.id);
  expect(stored.version).toBe(2);
  expect((stored.facts as StoredNarrativeRecord["facts"]).form.reasons.basic).toBe("甲填写的原因");
  await a.close();
  await b.close();
});

test("reviewers and locked reports see the generated text read-only", async ({ page, context, baseURL }) => {
  const record = seedRecord();
  delete record.facts.form.reasons["item:2010301"];
  const { dept, report } = await seedReport("叙述只读", { narrative: record });
  const reviewer = await makeUser("REVIEWER", { scopeUnitCodes: [dept.code] });
  await loginAs(context, reviewer.login, baseURL!);
  await page.goto(`/reports/${report.id}/narrative`);
  await expect(page.getByText("情况说明当前为只读状态")).toBeVisible();
  await expect(page.getByRole("button", { name: "保存情况说明" })).toHaveCount(0);
  await expect(page.getByLabel("上年收、支总计（元）")).toBeDisabled();
  await expect(page.locator("input[data-reason]")).toHaveCount(0);
  await expect(section(page, 1)).toContainText("下降33.93%");
  await expect(live(page).locator('[data-missing-reason="item:2010301"]')).toContainText("【待填写：五(三)2 行政运行：决算数大于年初预算数的主要原因】");

  await page.goto(`/reports/${report.id}/overview`);
  await expect(page.getByText("单位概况当前为只读状态")).toBeVisible();
  await expect(page.getByTestId("duties")).toContainText("（十五）承办市委、市政府交办的其他事项。");
  await expect(page.getByRole("button", { name: "保存单位概况" })).toHaveCount(0);
});

test("a submitted report is locked for its own staff", async ({ page, context, baseURL }) => {
  const { staff, report } = await seedReport("叙述锁定", { narrative: seedRecord() });
  await testDb.report.update({ where: { id: report.id }, data: { status: "SUBMITTED" } });
  await loginAs(context, staff.login, baseURL!);
  await page.goto(`/reports/${report.id}/narrative`);
  await expect(page.getByText("情况说明当前为只读状态（报表已上报或已审核）")).toBeVisible();
  await expect(page.getByRole("button", { name: "保存情况说明" })).toHaveCount(0);
  await page.goto(`/reports/${report.id}/overview`);
  await expect(page.getByText("单位概况当前为只读状态（报表已上报或已审核）")).toBeVisible();
});

test("staff edit, reorder (buttons, Alt+↑/↓, drag) and remove duties and the 机构设置; bad text is refused", async ({ page, context, baseURL }) => {
  const { staff, report } = await seedReport("概况");
  await loginAs(context, staff.login, baseURL!);
  await openEditor(page, `/reports/${report.id}/overview`, "保存单位概况");
  const add = page.getByRole("button", { name: "添加一条职责" });
  for (const [i, text] of ["负责文电。", "负责会务。", "负责值班。"].entries()) {
    await add.click();
    await page.getByLabel(`第 ${i + 1} 条职责`, { exact: true }).fill(text);
  }
  await page.getByRole("button", { name: "上移第 3 条职责" }).click();
  await expect(page.getByLabel("第 2 条职责", { exact: true })).toHaveValue("负责值班。");
  // From the keyboard: Alt+↑ moves the duty being edited, the cursor with it.
  await page.getByLabel("第 3 条职责", { exact: true }).press("Alt+ArrowUp");
  await expect(page.getByLabel("第 2 条职责", { exact: true })).toHaveValue("负责会务。");
  await expect(page.getByLabel("第 2 条职责", { exact: true })).toBeFocused();
  // With the mouse: dragged by its handle onto the place it should take. Both in view first: a
  // page that scrolls between mouse-down and the first move never starts a drag.
  await page.getByTestId("duty").nth(1).evaluate((el) => el.scrollIntoView({ block: "center" }));
  await page.getByTestId("duty-handle").nth(1).dragTo(page.getByTestId("duty").nth(2));
  await expect(page.getByLabel("第 3 条职责", { exact: true })).toHaveValue("负责会务。");
  await page.getByRole("button", { name: "删除第 3 条职责" }).click();
  await page.getByLabel("内设机构及所属单位").fill("本单位内设3个科室。");

  await page.getByLabel("第 1 条职责", { exact: true }).fill("负责<b>文电</b>。");
  await expect(page.getByText("单位职责第 1 条不能包含尖括号或控制字符")).toBeVisible();
  await page.getByRole("button", { name: "保存单位概况" }).click();
  await expect(page.getByTestId("overview-notice")).toContainText("未保存");
  expect(await testDb.reportNarrative.count({ where: { reportId: report.id } })).toBe(0);

  await page.getByLabel("第 1 条职责", { exact: true }).fill("负责文电。");
  await page.getByRole("button", { name: "保存单位概况" }).click();
  await expect(page.getByTestId("overview-notice")).toContainText("单位概况已保存");
  const stored = await storedNarrative(report.id);
  expect(stored.overview).toEqual({ duties: ["负责文电。", "负责值班。"], organization: "本单位内设3个科室。" });
  expect(stored.facts).toEqual({});
  expect(stored.version).toBe(1);

  await page.reload();
  await expect(page.getByRole("button", { name: "保存单位概况" })).toBeEnabled();
  await expect(page.getByLabel("第 2 条职责", { exact: true })).toHaveValue("负责值班。");
  await expect(page.getByTestId("duty")).toHaveCount(2);
});

test("a 单位概况 that fails its checks is kept as a draft: still there after a reload, and named until fixed", async ({ page, context, baseURL }) => {
  const { staff, report } = await seedReport("概况草稿");
  await loginAs(context, staff.login, baseURL!);
  await openEditor(page, `/reports/${report.id}/overview`, "保存单位概况");
  const add = page.getByRole("button", { name: "添加一条职责" });
  await add.click();
  await page.getByLabel("第 1 条职责", { exact: true }).fill("负责全市教育工作。");
  await add.click(); // left empty: a draft
  await page.getByLabel("内设机构及所属单位").fill("内设 5 个科室。");
  await page.getByRole("button", { name: "保存单位概况" }).click();
  await expect(page.getByTestId("overview-notice")).toContainText("已保存为草稿，上报前还需修改：单位职责第 2 条不能为空");
  expect((await storedNarrative(report.id)).overview).toEqual({ duties: ["负责全市教育工作。", ""], organization: "内设 5 个科室。" });

  await reloadReady(page);
  await expect(page.getByLabel("第 1 条职责", { exact: true })).toHaveValue("负责全市教育工作。");
  await expect(page.getByTestId("duty")).toHaveCount(2);
  await expect(page.getByTestId("overview-problems")).toContainText("单位职责第 2 条不能为空");
  await gotoReady(page, `/reports/${report.id}`);
  await expect(page.getByTestId("rule-list")).toContainText("单位概况有误");

  await gotoReady(page, `/reports/${report.id}/overview`);
  await page.getByRole("button", { name: "删除第 2 条职责" }).click();
  await page.getByRole("button", { name: "保存单位概况" }).click();
  await expect(page.getByTestId("overview-notice")).toContainText("单位概况已保存");
  await expect(page.getByTestId("overview-problems")).toHaveCount(0);
});

test("a list of duties pasted from Word becomes one duty a line, without its numbering", async ({ page, context, baseURL }) => {
  const { staff, report } = await seedReport("职责粘贴");
  await loginAs(context, staff.login, baseURL!);
  await openEditor(page, `/reports/${report.id}/overview`, "保存单位概况");
  await page.getByRole("button", { name: "添加一条职责" }).click();
  await pasteText(page.getByLabel("第 1 条职责", { exact: true }), "（一）负责文电处理。\r\n\r\n（二）负责会议组织。\r\n3. 负责值班。\r\n");
  await expect(page.getByTestId("duty")).toHaveCount(3);
  await expect(page.getByLabel("第 1 条职责", { exact: true })).toHaveValue("负责文电处理。");
  await expect(page.getByLabel("第 3 条职责", { exact: true })).toHaveValue("负责值班。");
  await page.getByLabel("内设机构及所属单位").fill("本单位内设3个科室。");
  await page.getByRole("button", { name: "保存单位概况" }).click();
  await expect(page.getByTestId("overview-notice")).toContainText("单位概况已保存");
  expect((await storedNarrative(report.id)).overview).toEqual({ duties: ["负责文电处理。", "负责会议组织。", "负责值班。"], organization: "本单位内设3个科室。" });
});

test("a new report starts with last year's 单位概况, and last year's figures come in with one click", async ({ page, context, baseURL }) => {
  const { unit, staff } = await seedReport("结转", { year: 2023, narrative: seedRecord() });
  await loginAs(context, staff.login, baseURL!);
  await gotoReady(page, "/reports");
  await page.getByLabel("决算年度").selectOption("2024");
  await page.getByRole("button", { name: "创建决算" }).click();
  await expect(page).toHaveURL(/\/reports\/[a-z0-9]+$/);
  const created = await testDb.report.findUniqueOrThrow({ where: { unitId_year: { unitId: unit.id, year: 2024 } } });

  await page.goto(`/reports/${created.id}/overview`);
  await expect(page.getByLabel("第 15 条职责", { exact: true })).toHaveValue("承办市委、市政府交办的其他事项。");
  await expect(page.getByLabel("内设机构及所属单位")).toHaveValue(/^本单位内设25个职能科室/);

  await openEditor(page, `/reports/${created.id}/narrative`);
  await page.getByRole("button", { name: "从2023年度决算带入" }).click();
  await expect(page.getByLabel("上年数来源")).toHaveValue("取自本系统中2023年度的决算（填报中，尚未公开）");
  const lastYearTotal = deriveReport(shandong2024, zaozhuang2024SubjectNames, zaozhuang2024Inputs).tables.t01.income.find((l) => l.key === "grandTotal")!.cells[0].fen!;
  await expect(page.getByLabel("上年收、支总计（元）")).toHaveValue(formatYuan(lastYearTotal));
  await expect(page.getByLabel("上年财政拨款收入（元）")).not.toHaveValue("");
  // This year's tables are still empty: everything fell by the whole of last year.
  await expect(section(page, 1)).toContainText("与2023年度相比，收、支总计各减少4,299.91万元，下降100%。");
});

/** The seed's published 第一部分, 第三部分 (key sentences), 图1–图6 and 第四部分, on a preview page. */
test("submission is refused while the 情况说明 lacks its facts or a reason, and goes through once the reason is written", async ({ page, context, baseURL }) => {
  const missingReason = await makeSubmittableReport("叙述闸门");
  const record = seedRecord();
  delete record.facts.form.reasons["item:2010301"];
  await testDb.reportNarrative.update({ where: { reportId: missingReason.report.id }, data: { facts: record.facts } });
  const noFacts = await makeSubmittableReport("叙述闸门空白");
  await testDb.reportNarrative.delete({ where: { reportId: noFacts.report.id } });
  const submit = async (reportId: string) => {
    await gotoReady(page, `/reports/${reportId}`);
    await workflow(page, "上报");
    return page.getByTestId("workflow-bar").getByRole("alert");
  };

  await loginAs(context, noFacts.staff.login, baseURL!);
  await expect(await submit(noFacts.report.id)).toContainText("尚未填写情况说明所需的事实数据");

  await loginAs(context, missingReason.staff.login, baseURL!);
  const refused = await submit(missingReason.report.id);
  await expect(refused).toContainText("情况说明有 1 处待补充");
  await expect(refused).toContainText("五(三)2 行政运行：决算数大于年初预算数");
  const statuses = await testDb.report.findMany({ where: { id: { in: [missingReason.report.id, noFacts.report.id] } }, select: { status: true } });
  expect(statuses.map((r) => r.status)).toEqual(["DRAFT", "DRAFT"]);

  await openEditor(page, `/reports/${missingReason.report.id}/narrative`);
  await page.locator('input[data-reason="item:2010301"]').fill("2024年度年中追加2023年度行政单位绩效考核奖金");
  await save(page);
  await expect(notice(page)).toContainText("情况说明已保存");
  await gotoReady(page, `/reports/${missingReason.report.id}`);
  await workflow(page, "上报");
  await expect(page.getByTestId("report-status")).toContainText("已上报");
});
