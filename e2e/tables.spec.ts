import { expect, test } from "@playwright/test";
import { loginAs } from "./support/auth";
import { testDb } from "./support/db";
import { makeDepartmentWithUnit, makeUser } from "./support/factories";
import { addSubject, cell, derived, makeStaffWithReport, openTable, pasteInto, pasteText, saveActiveTable } from "./support/report";
import { gotoReady, reloadReady } from "./support/page";

test("staff creates the 2024 report, enters inputs once and sees derived cells update as they type", async ({ page, context, baseURL }) => {
  const { unit } = await makeDepartmentWithUnit("新建报表");
  const staff = await makeUser("UNIT_STAFF", { unitCode: unit.code });
  await loginAs(context, staff.login, baseURL!);
  await gotoReady(page, "/reports");
  await page.getByLabel("决算年度").selectOption("2024");
  await page.getByRole("button", { name: "创建决算" }).click();
  await expect(page).toHaveURL(/\/reports\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { name: `${unit.name} 2024 年度决算` })).toBeVisible();

  await openTable(page, /02 收入/);
  await addSubject(page, "2010301");
  await addSubject(page, "行政单位医疗", "2101101"); // by name
  await cell(page, "t02:2010301:fiscal").fill("1,000,000");
  await expect(derived(page, "t02:合计:total")).toHaveText("1,000,000.00");
  await cell(page, "t02:2101101:fiscal").fill("２０００．５"); // full-width digits
  await expect(derived(page, "t02:合计:fiscal")).toHaveText("1,002,000.50");
  await expect(derived(page, "t02:201:total")).toHaveText("1,000,000.00");
  await expect(derived(page, "t02:21011:total")).toHaveText("2,000.50");
  await saveActiveTable(page);
  await expect(page.getByTestId("editor-notice")).toContainText("公开02表已保存");

  // Stored as integer 分, exactly.
  const stored = await testDb.reportTable.findFirstOrThrow({ where: { report: { unitId: unit.id }, tableKey: "t02" } });
  expect(stored.data).toEqual({ cells: expect.arrayContaining([["2010301", "fiscal", "100000000"], ["2101101", "fiscal", "200050"]]) });
  expect(stored.usedCodes).toEqual(expect.arrayContaining(["201", "20103", "2010301", "210", "21011", "2101101"]));

  // The fund income on 公开04 feeds 公开01 line 1.
  await openTable(page, /04 财政拨款总表/);
  await cell(page, "t04:gpIncome:amount").fill("1002000.50");
  await saveActiveTable(page);
  await expect(page.getByTestId("editor-notice")).toContainText("公开04表已保存");
  await reloadReady(page);
  await openTable(page, /02 收入/);
  await expect(cell(page, "t02:2010301:fiscal")).toHaveValue("1,000,000.00");
});

test("pasting a block copied from Excel fills the cells; a block larger than the table is refused", async ({ page, context, baseURL }) => {
  const { staff } = await makeStaffWithReport("粘贴");
  await loginAs(context, staff.login, baseURL!);
  await gotoReady(page, "/reports");
  await page.getByRole("link", { name: "2024 年度" }).click();
  await openTable(page, /03 支出/);
  await addSubject(page, "2010301");
  await addSubject(page, "2010302");

  await pasteInto(page, "t03:2010301:basic", "1,234.56\t10\r\n200\t20.5\r\n");
  await expect(page.getByTestId("editor-notice")).toContainText("已粘贴 4 个单元格");
  await expect(cell(page, "t03:2010301:basic")).toHaveValue("1,234.56");
  await expect(cell(page, "t03:2010301:project")).toHaveValue("10");
  await expect(cell(page, "t03:2010302:basic")).toHaveValue("200");
  await expect(derived(page, "t03:合计:total")).toHaveText("1,465.06");

  await pasteInto(page, "t03:2010302:basic", "1\t2\n3\t4\n5\t6\n");
  await expect(page.getByTestId("editor-notice")).toContainText("超出了表格可填写的范围");
  await expect(cell(page, "t03:2010302:basic")).toHaveValue("200");

  await pasteInto(page, "t03:2010301:toSuperior", "abc\t1e309\n");
  await expect(page.getByTestId("editor-notice")).toContainText("其中 2 个不是有效金额");
  await expect(cell(page, "t03:2010301:toSuperior")).toHaveAttribute("aria-invalid", "true");
  await saveActiveTable(page);
  await expect(page.getByTestId("editor-notice")).toContainText("不是有效金额");
  expect(await testDb.reportTable.count({ where: { report: { unitId: staff.user.unitId! }, tableKey: "t03" } })).toBe(0);
});

test("rows copied from a published table with their codes land by code, in the columns they were printed in", async ({ page, context, baseURL }) => {
  const { staff, report } = await makeStaffWithReport("按编码粘贴");
  await loginAs(context, staff.login, baseURL!);
  await gotoReady(page, `/reports/${report.id}`);
  // An empty report does not pass every rule: it says what is missing.
  await expect(page.getByText("报表还没有本年收入，请先在公开02表填写各项收入").first()).toBeVisible();
  await expect(page.getByText(/全部 \d+ 条规则通过/)).toHaveCount(0);
  await openTable(page, /03 支出/);
  // 公开03 as Excel shows it: 合计, 类 and 款 rows, then 项 rows with name, 合计 and five columns; "-" is Excel's zero.
  const copied = [
    "合计\t\t3,500.00\t2,500.00\t1,000.00\t-\t-\t-",
    "201\t一般公共服务支出\t3,000.00\t2,000.00\t1,000.00\t-\t-\t-",
    "20103\t政府办公厅（室）及相关机构事务\t3,000.00\t2,000.00\t1,000.00\t-\t-\t-",
    "2010301\t行政运行\t2,000.00\t2,000.00\t-\t-\t-\t-",
    "2010302\t一般行政管理事务\t1,000.00\t-\t1,000.00\t-\t-\t-",
    "2080505\t机关事业单位基本养老保险缴费支出\t500.00\t500.00\t-\t-\t-\t-",
    "",
  ].join("\r\n");
  await pasteText(page.getByRole("combobox", { name: "添加项级科目（输入编码或名称）" }), copied);
  await expect(page.getByTestId("editor-notice")).toContainText("已按科目编码粘贴 3 行；跳过 3 个合计、类、款行");
  await expect(cell(page, "t03:2010301:basic")).toHaveValue("2,000.00");
  await expect(cell(page, "t03:2010301:project")).toHaveValue("-");
  await expect(cell(page, "t03:2010302:project")).toHaveValue("1,000.00");
  await expect(cell(page, "t03:2080505:basic")).toHaveValue("500.00");
  await expect(derived(page, "t03:合计:total")).toHaveText("3,500.00");
  // Shown in 万元 as the published table prints it; entry stays in 元, so the cells only show.
  await page.getByRole("radio", { name: "万元" }).click();
  await expect(derived(page, "t03:合计:total")).toHaveText("0.35");
  await expect(cell(page, "t03:2010301:basic")).toHaveValue("0.20");
  await expect(cell(page, "t03:2010301:basic")).toHaveAttribute("readonly", "");
  await page.getByRole("radio", { name: "元", exact: true }).click();
  await expect(cell(page, "t03:2010301:basic")).toHaveValue("2,000.00");
  // Each 项 is entered once: 公开02 and 05 offer the same rows, empty until filled.
  await openTable(page, /02 收入/);
  await expect(cell(page, "t02:2080505:fiscal")).toHaveValue("");
  await openTable(page, /03 支出/);

  // The last paste can be undone: Ctrl+Z puts back what it replaced and removes the rows it added.
  await pasteInto(page, "t03:2010301:basic", "2010301\t行政运行\t9,999.00\t9,999.00\t\t\t\t\n2010303\t机关服务\t1.00\t1.00\t\t\t\t\n");
  await expect(cell(page, "t03:2010301:basic")).toHaveValue("9,999.00");
  await expect(cell(page, "t03:2010303:basic")).toHaveValue("1.00");
  await expect(page.getByTestId("editor-notice").getByRole("button", { name: "撤销粘贴（Ctrl+Z）" })).toBeVisible();
  await page.keyboard.press("Control+z");
  await expect(page.getByTestId("editor-notice")).toContainText("已撤销上一次粘贴（10 个单元格，1 个新增的科目行）");
  await expect(cell(page, "t03:2010301:basic")).toHaveValue("2,000.00");
  await expect(cell(page, "t03:2010303:basic")).toHaveCount(0);
  await expect(page.getByTestId("editor-notice").getByRole("button", { name: "撤销粘贴（Ctrl+Z）" })).toHaveCount(0);

  // One more row pasted into any cell: it goes to its own row, not where the cursor was.
  await pasteInto(page, "t03:2010301:basic", "2010350\t事业运行\t120.00\t120.00\t\t\t\t\n");
  await expect(cell(page, "t03:2010350:basic")).toHaveValue("120.00");
  await expect(cell(page, "t03:2010301:basic")).toHaveValue("2,000.00");
  // A code the year's catalog lacks: nothing pasted, and staff are told whom to ask.
  await pasteInto(page, "t03:2010301:basic", "2019999\t不存在的科目\t1\t1\n");
  await expect(page.getByTestId("editor-notice")).toContainText("2019999 不在本年度的功能分类科目中");
  await expect(cell(page, "t03:2019999:basic")).toHaveCount(0);

  await saveActiveTable(page);
  await expect(page.getByTestId("editor-notice")).toContainText("已保存");
  const stored = await testDb.reportTable.findUniqueOrThrow({ where: { reportId_tableKey: { reportId: report.id, tableKey: "t03" } } });
  expect((stored.data as { cells: string[][] }).cells.map((c) => c.join("|")).sort()).toEqual(["2010301|basic|200000", "2010302|project|100000", "2010350|basic|12000", "2080505|basic|50000"]);

  // A 行政单位 has no 经营支出: an amount there is named at its cell once saved.
  await pasteInto(page, "t03:2010301:basic", "2010350\t事业运行\t150.00\t120.00\t\t\t30.00\t\n");
  // What a user sees before pressing it: the table has unsaved changes and no save is under way.
  await expect(page.getByRole("button", { name: "保存本表（Ctrl+S）" })).toBeEnabled();
  await page.keyboard.press("Control+s");
  await expect(page.getByTestId("editor-notice")).toContainText("公开03表已保存");
  await expect(page.getByText("公开03表 2010350「事业运行」第5栏「经营支出」为 30.00 元：行政单位没有经营支出").first()).toBeVisible();

  // Tab goes from the last amount of a row to the first of the next, past the row's 删除 button;
  // Ctrl+Delete removes the row the cursor is in.
  await cell(page, "t03:2010301:toAffiliated").focus();
  await page.keyboard.press("Tab");
  await expect(cell(page, "t03:2010302:basic")).toBeFocused();
  await cell(page, "t03:2080505:basic").focus();
  await page.keyboard.press("Control+Delete");
  await expect(cell(page, "t03:2080505:basic")).toHaveCount(0);
  await expect(page.getByTestId("editor-notice")).toContainText("已删除 2080505 行");
});

test("保存全部 saves every changed table in one go, or none of them", async ({ page, context, baseURL }) => {
  const { staff, report } = await makeStaffWithReport("保存全部");
  await loginAs(context, staff.login, baseURL!);
  await gotoReady(page, `/reports/${report.id}`);
  await openTable(page, /02 收入/);
  await addSubject(page, "2010301");
  await cell(page, "t02:2010301:fiscal").fill("1000");
  await openTable(page, /03 支出/);
  await cell(page, "t03:2010301:basic").fill("1000");
  await page.getByRole("button", { name: /保存全部（2 张表/ }).click();
  await expect(page.getByTestId("editor-notice")).toContainText("公开02表、公开03表已保存");
  const stored = async (tableKey: string) => (await testDb.reportTable.findUnique({ where: { reportId_tableKey: { reportId: report.id, tableKey } } }))?.data;
  expect(await stored("t02")).toEqual({ cells: [["2010301", "fiscal", "100000"]] });
  expect(await stored("t03")).toEqual({ cells: [["2010301", "basic", "100000"]] });

  // Someone else saves 公开03 meanwhile: saving both again (Ctrl+S) is refused whole, 公开02 included.
  await testDb.reportTable.update({ where: { reportId_tableKey: { reportId: report.id, tableKey: "t03" } }, data: { version: { increment: 1 } } });
  await cell(page, "t03:2010301:basic").fill("2000");
  await openTable(page, /02 收入/);
  await cell(page, "t02:2010301:fiscal").fill("2000");
  await expect(page.getByRole("button", { name: /保存全部（2 张表/ })).toBeEnabled();
  await page.keyboard.press("Control+s");
  await expect(page.getByTestId("editor-notice")).toContainText("公开03表在您打开之后已被他人修改");
  await expect(page.getByTestId("editor-notice")).toContainText("2 张表都未保存");
  expect(await stored("t02")).toEqual({ cells: [["2010301", "fiscal", "100000"]] });
  await expect(cell(page, "t02:2010301:fiscal")).toHaveValue("2000");
});

test("each bad amount gets a Chinese message at its cell and nothing is saved", async ({ page, context, baseURL }) => {
  const { staff, report } = await makeStaffWithReport("坏输入");
  await loginAs(context, staff.login, baseURL!);
  await gotoReady(page, `/reports/${report.id}`);
  await openTable(page, /02 收入/);
  await addSubject(page, "2010301");
  const target = cell(page, "t02:2010301:fiscal");
  const cases: [string, string][] = [
    ["abc", ""],
    ["1e309", ""],
    ["NaN", ""],
    ["--5", ""],
    ["1.234", "两位小数"],
    ["12345678901234567890", "上限"],
    ["-5", "负数"],
  ];
  for (const [text, fragment] of cases) {
    await target.fill(text);
    await expect(target).toHaveAttribute("aria-invalid", "true");
    if (fragment) await expect(target).toHaveAttribute("title", new RegExp(fragment));
  }
  await saveActiveTable(page);
  await expect(page.getByTestId("editor-notice")).toContainText("不是有效金额");
  expect(await testDb.reportTable.count({ where: { reportId: report.id } })).toBe(0);

  const picker = page.getByRole("combobox", { name: "添加项级科目（输入编码或名称）" });
  await picker.fill("2999999");
  await picker.press("Enter");
  await expect(page.getByText("科目编码 2999999 不在 2024 年度的功能分类科目中")).toBeVisible();
});

test("a failing rule is listed with table, row, values and difference, and jumps to its cell", async ({ page, context, baseURL }) => {
  const { staff, report } = await makeStaffWithReport("规则");
  await loginAs(context, staff.login, baseURL!);
  await gotoReady(page, `/reports/${report.id}`);
  await openTable(page, /03 支出/);
  await addSubject(page, "2010301");
  await cell(page, "t03:2010301:basic").fill("500");
  await saveActiveTable(page);
  await openTable(page, /05 一般公共预算/);
  await addSubject(page, "2010301");
  await cell(page, "t05:2010301:basic").fill("800");
  await saveActiveTable(page);
  await expect(page.getByTestId("editor-notice")).toContainText("公开05表已保存");

  // 公开03 基本支出 (500) must not be less than 公开05 (800): rule 35.
  const message = page.getByTestId("rule-list").getByRole("button").filter({ hasText: "[35]" }).filter({ hasText: "2010301" });
  await expect(message).toContainText("公开03表");
  await expect(message).toContainText("2010301");
  await expect(message).toContainText("500.00");
  await expect(message).toContainText("800.00");
  await expect(message).toContainText("300.00");
  await openTable(page, /01 收支总表/);
  await message.click();
  await expect(page.getByRole("tab", { name: /03 支出/ })).toHaveAttribute("aria-selected", "true");
  await expect(cell(page, "t03:2010301:basic")).toBeFocused();

  // 公开05's 基本支出 (800) has no 公开06 economic split yet: rule 56 opens 公开06 at a cell to fill.
  await page.getByTestId("rule-list").getByRole("button").filter({ hasText: "[56]" }).click();
  await expect(page.getByRole("tab", { name: /06 基本支出/ })).toHaveAttribute("aria-selected", "true");
  await expect(cell(page, "t06:30101:amount")).toBeFocused();

  await page.getByRole("button", { name: "全审" }).click();
  await expect(page.getByTestId("editor-notice")).toContainText("全审完成");
  await expect(page.getByTestId("check-summary")).toContainText("个错误");
});

test("two people saving the same table from the same version: the second gets a conflict and keeps their entries", async ({ browser, baseURL }) => {
  const { unit, staff, report } = await makeStaffWithReport("并发");
  const colleague = await makeUser("UNIT_STAFF", { unitCode: unit.code });
  const [a, b] = await Promise.all([browser.newContext({ baseURL }), browser.newContext({ baseURL })]);
  await loginAs(a, staff.login, baseURL!);
  await loginAs(b, colleague.login, baseURL!);
  const pa = await a.newPage();
  const pb = await b.newPage();
  for (const p of [pa, pb]) {
    await gotoReady(p, `/reports/${report.id}`);
    await openTable(p, /09 三公经费/);
  }
  await cell(pa, "t09:budget:abroad").fill("100");
  await cell(pb, "t09:budget:abroad").fill("999");
  await saveActiveTable(pa);
  await expect(pa.getByTestId("editor-notice")).toContainText("公开09表已保存");
  await saveActiveTable(pb);
  await expect(pb.getByTestId("editor-notice")).toContainText("已被他人修改并保存");
  await expect(cell(pb, "t09:budget:abroad")).toHaveValue(/^999(\.00)?$/);
  const stored = await testDb.reportTable.findFirstOrThrow({ where: { reportId: report.id, tableKey: "t09" } });
  expect(stored.data).toEqual({ cells: [["budget", "abroad", "10000"]] });
  expect(stored.version).toBe(1);
  await a.close();
  await b.close();
});

test("forged saves are refused on the server: a derived cell, another unit's report", async ({ page, context, baseURL }) => {
  const { staff, report } = await makeStaffWithReport("伪造");
  const { report: other } = await makeStaffWithReport("他人");
  await loginAs(context, staff.login, baseURL!);
  await gotoReady(page, `/reports/${report.id}`);
  await openTable(page, /02 收入/);
  await addSubject(page, "2010301");
  await cell(page, "t02:2010301:fiscal").fill("100");

  // Rewrite the outgoing server-action request, as a hostile client could.
  let rewrite: (body: string) => string = (b) => b;
  await page.route(`**/reports/${report.id}`, async (route) => {
    const req = route.request();
    if (req.method() !== "POST" || !req.headers()["next-action"]) return route.continue();
    return route.continue({ postData: rewrite(req.postData() ?? "") });
  });

  rewrite = (b) => b.replace('"row":"2010301","column":"fiscal"', '"row":"合计","column":"fiscal"');
  await saveActiveTable(page);
  await expect(page.getByTestId("editor-notice")).toContainText("「合计」为自动计算单元格，不能直接填写");

  rewrite = (b) => b.replace(`"reportId":"${report.id}"`, `"reportId":"${other.id}"`);
  await saveActiveTable(page);
  await expect(page.getByTestId("editor-notice")).toContainText("报表不存在或无权查看");

  expect(await testDb.reportTable.count({ where: { reportId: { in: [report.id, other.id] } } })).toBe(0);
});

test("reviewers see the tables read-only", async ({ page, context, baseURL }) => {
  const { dept, report } = await makeStaffWithReport("只读");
  const reviewer = await makeUser("REVIEWER", { scopeUnitCodes: [dept.code] });
  await loginAs(context, reviewer.login, baseURL!);
  await gotoReady(page, `/reports/${report.id}`);
  await expect(page.getByText("报表当前为只读状态")).toBeVisible();
  await expect(page.getByRole("button", { name: "保存本表" })).toHaveCount(0);
});
