import { expect, test, type Page } from "@playwright/test";
import { loginAs, signInWithForm } from "./support/auth";
import { testDb } from "./support/db";
import { makeDepartmentWithUnit, makeUser, uniq } from "./support/factories";
import { gotoReady } from "./support/page";

test.beforeEach(async ({ context, baseURL }) => {
  await loginAs(context, "admin", baseURL!);
});

test("admin creates a unit under a department, moves it, and deactivates it", async ({ page }) => {
  const { dept: first } = await makeDepartmentWithUnit("甲部门");
  const { dept: second } = await makeDepartmentWithUnit("乙部门");
  const code = `N${uniq()}`;
  await gotoReady(page, "/admin/units");

  await page.getByRole("button", { name: "新增单位" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("单位编码").fill(code);
  await dialog.getByLabel("单位名称").fill("<script>x</script>");
  await dialog.getByRole("button", { name: "保存" }).click();
  await expect(dialog.getByText("单位名称不能包含尖括号或控制字符")).toBeVisible();
  await dialog.getByLabel("单位名称").fill(`新设单位${code}`);
  await dialog.getByLabel("单位性质").selectOption({ label: "事业单位" });
  await dialog.getByLabel("所属部门").selectOption({ label: `${first.name}（${first.code}）` });
  await dialog.getByRole("button", { name: "保存" }).click();
  await expect(page.getByTestId(`unit-${code}`)).toContainText(`新设单位${code}`);
  let unit = await testDb.unit.findUniqueOrThrow({ where: { code } });
  expect(unit.parentId).toBe(first.id);
  expect(unit.path.startsWith(first.path)).toBe(true);

  await page.getByTestId(`unit-${code}`).getByRole("button", { name: "编辑" }).click();
  await page.getByRole("dialog").getByLabel("所属部门").selectOption({ label: `${second.name}（${second.code}）` });
  await page.getByRole("dialog").getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();
  unit = await testDb.unit.findUniqueOrThrow({ where: { code } });
  expect(unit.parentId).toBe(second.id);
  expect(unit.path).toBe(`${second.path}${unit.id}/`);

  page.once("dialog", (d) => d.accept());
  await page.getByTestId(`unit-${code}`).getByRole("button", { name: "停用" }).click();
  await expect(page.getByTestId(`unit-${code}`).getByRole("button", { name: "启用" })).toBeVisible();
  expect((await testDb.unit.findUniqueOrThrow({ where: { code } })).active).toBe(false);
});

test("a duplicate unit code is refused and nothing is stored", async ({ page }) => {
  const { unit } = await makeDepartmentWithUnit();
  await gotoReady(page, "/admin/units");
  await page.getByRole("button", { name: "新增单位" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("单位编码").fill(unit.code);
  await dialog.getByLabel("单位名称").fill("重复编码单位");
  await dialog.getByRole("button", { name: "保存" }).click();
  await expect(dialog.getByRole("alert").first()).toContainText(`单位编码“${unit.code}”已被使用`);
  expect(await testDb.unit.count({ where: { name: "重复编码单位" } })).toBe(0);
});

test("admin creates a staff user, resets the password, and deactivates the account", async ({ page, browser, baseURL }) => {
  const { unit } = await makeDepartmentWithUnit("用户测试");
  const login = `u${uniq()}`;
  await gotoReady(page, "/admin/users");
  await page.getByRole("button", { name: "新增用户" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("登录账号").fill(login);
  await dialog.getByLabel("姓名").fill("张会计");
  await dialog.getByLabel("初始密码").fill("short");
  await dialog.getByRole("button", { name: "保存" }).click();
  await expect(dialog.getByText("密码至少 8 位")).toBeVisible();
  await dialog.getByLabel("初始密码").fill("Start2024x");
  await dialog.getByLabel("所属单位").selectOption({ label: unit.name });
  await dialog.getByRole("button", { name: "保存" }).click();
  const row = page.getByTestId(`user-${login}`);
  await expect(row).toContainText("单位填报人员");
  await expect(row).toContainText(unit.name);

  // The new account can sign in with its initial password.
  const other = await browser.newContext({ baseURL });
  const otherPage = await other.newPage();
  await signInWithForm(otherPage, login, "Start2024x");
  await expect(otherPage).toHaveURL(/\/reports$/);

  await row.getByRole("button", { name: "重置密码" }).click();
  await page.getByRole("dialog").getByLabel("新密码").fill("Changed2024y");
  await page.getByRole("dialog").getByRole("button", { name: "确认重置" }).click();
  await expect(page.getByRole("dialog").getByText("密码已重置")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();

  // The reset ends the open session.
  await gotoReady(otherPage, "/reports");
  await expect(otherPage).toHaveURL(/\/login/);
  await signInWithForm(otherPage, login, "Changed2024y");
  await expect(otherPage).toHaveURL(/\/reports$/);

  page.once("dialog", (d) => d.accept());
  await row.getByRole("button", { name: "停用" }).click();
  await expect(row.getByRole("button", { name: "启用" })).toBeVisible();
  await gotoReady(otherPage, "/reports");
  await expect(otherPage).toHaveURL(/\/login/);
  await signInWithForm(otherPage, login, "Changed2024y");
  await expect(otherPage.locator("main").getByRole("alert")).toContainText("账号已停用");
  await other.close();
});

/** The 新增用户 dialog with login, name, a password and the role filled in. */
async function newUserDialog(page: Page, login: string, name: string, role: "REVIEWER" | "DEPARTMENT_REVIEWER") {
  await gotoReady(page, "/admin/users");
  await page.getByRole("button", { name: "新增用户" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("登录账号").fill(login);
  await dialog.getByLabel("姓名").fill(name);
  await dialog.getByLabel("初始密码").fill("Review2024x");
  await dialog.getByLabel("角色").selectOption(role);
  return dialog;
}

test("a reviewer must cover at least one unit; covering a department covers its units", async ({ page }) => {
  const { dept } = await makeDepartmentWithUnit("审核覆盖");
  const login = `r${uniq()}`;
  const dialog = await newUserDialog(page, login, "审核员", "REVIEWER");
  await dialog.getByRole("button", { name: "保存" }).click();
  await expect(dialog.getByText("财政审核人员至少负责一个单位或部门")).toBeVisible();
  await dialog.getByRole("listbox").selectOption({ label: `${dept.name}（部门）` });
  await dialog.getByRole("button", { name: "保存" }).click();
  await expect(page.getByTestId(`user-${login}`)).toContainText(`${dept.name}（含下属）`);

  const reviewer = await testDb.user.findUniqueOrThrow({ where: { login }, include: { scopes: true } });
  expect(reviewer.scopes).toEqual([expect.objectContaining({ unitId: dept.id, includeSubtree: true })]);
});

test("a department reviewer covers departments only, with their units", async ({ page }) => {
  const { dept, unit } = await makeDepartmentWithUnit("部门审核");
  const login = `d${uniq()}`;
  const dialog = await newUserDialog(page, login, "部门审核员", "DEPARTMENT_REVIEWER");
  await dialog.getByRole("button", { name: "保存" }).click();
  await expect(dialog.getByText("部门审核人员至少负责一个部门")).toBeVisible();
  // Only departments are offered.
  await expect(dialog.getByRole("listbox").locator("option", { hasText: unit.name })).toHaveCount(0);
  await dialog.getByRole("listbox").selectOption({ label: `${dept.name}（部门）` });
  await dialog.getByRole("button", { name: "保存" }).click();
  await expect(page.getByTestId(`user-${login}`)).toContainText("部门审核人员");
  await expect(page.getByTestId(`user-${login}`)).toContainText(`${dept.name}（含下属）`);
  const reviewer = await testDb.user.findUniqueOrThrow({ where: { login }, include: { scopes: true } });
  expect(reviewer.scopes).toEqual([expect.objectContaining({ unitId: dept.id, includeSubtree: true })]);
});

test("staff of a deactivated unit cannot sign in", async ({ page }) => {
  const { unit } = await makeDepartmentWithUnit();
  const { login, password } = await makeUser("UNIT_STAFF", { unitCode: unit.code });
  await testDb.unit.update({ where: { id: unit.id }, data: { active: false } });
  await page.context().clearCookies();
  await signInWithForm(page, login, password);
  await expect(page.locator("main").getByRole("alert")).toContainText("所属单位已停用");
});
