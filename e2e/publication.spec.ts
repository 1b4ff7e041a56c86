import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { checkFixtureText } from "../lib/fixture/check";
import { pageAs as as } from "./support/auth";
import { testDb } from "./support/db";
import { gotoReady } from "./support/page";
import { pdfPages, pdfTableFigures, sorted, transcribedFigures, workbookFigures } from "./support/published-files";
import { confirmPublication, makeStaffWithReport, makeSubmittableReport, workflow } from "./support/report";

/**
 * Publishing end to end: the unit's two statements, the reviewer's 公开, the public page, the PDF,
 * the Excel file and the open data — each compared with the seed transcription — then a 更正 that
 * becomes version 2 while version 1 stays, and 404 for everything unpublished.
 */
const status = (page: Page) => page.getByTestId("report-status");

async function publish(reviewPage: Page, staffPage: Page, reportId: string) {
  await confirmPublication(staffPage, reportId);
  await gotoReady(reviewPage, `/reports/${reportId}`);
  await workflow(reviewPage, "公开");
  await expect(status(reviewPage)).toContainText("已公开");
}

test("the seed report is published with its statements, read by anyone, and corrected as version 2", async ({ browser, baseURL, request }) => {
  test.setTimeout(180_000);
  const { unit, staff, reviewer, report } = await makeSubmittableReport("公开");
  await testDb.report.update({ where: { id: report.id }, data: { status: "APPROVED", approvedAt: new Date(), version: 3 } });
  const staffPage = await as(browser, baseURL!, staff.login);
  const reviewPage = await as(browser, baseURL!, reviewer.login);

  // Approved: the countdown, and 公开 refused until the unit has made both statements.
  await gotoReady(reviewPage, `/reports/${report.id}`);
  await expect(reviewPage.getByTestId("publication-deadline")).toContainText("还剩 20 天");
  await workflow(reviewPage, "公开");
  await expect(reviewPage.getByTestId("workflow-bar").getByRole("alert")).toContainText("保密审查已完成");
  await publish(reviewPage, staffPage, report.id);

  const v1 = await testDb.publication.findUniqueOrThrow({ where: { reportId_number: { reportId: report.id, number: 1 } } });
  expect(v1.secrecyReviewedBy).toBe(staff.user.displayName);
  expect(v1.departmentName).toContain("公开");

  // Anyone finds it in the index and reads it.
  // A context of its own: no cookie, and axe needs a page made through a context.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/disclosures");
  await expect(visitor.getByTestId("public-index")).toBeVisible();
  await visitor.getByLabel("单位名称").fill(unit.name);
  await visitor.getByLabel("年度").selectOption("2024");
  await visitor.getByRole("button", { name: "查询" }).click();
  await expect(visitor.getByTestId("public-total")).toHaveText("共 1 份");
  await expect(visitor.getByLabel("单位名称")).toHaveValue(unit.name);
  await expect(visitor.locator("script")).toHaveCount(0);
  const indexAxe = await new AxeBuilder({ page: visitor }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(indexAxe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
  await visitor.getByTestId(`public-row-${unit.code}-2024`).getByRole("link").click();
  await expect(visitor.getByTestId("cover-title")).toHaveText(`2024年度${unit.name}决算`);
  // A static page: styled by the app's stylesheet, no script, at its public address.
  await expect(visitor).toHaveURL(new RegExp(`/disclosures/${unit.code}/2024$`));
  await expect(visitor.locator("script")).toHaveCount(0);
  expect(await visitor.locator(".public-site > header").evaluate((e) => getComputedStyle(e).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
  await expect(visitor.getByTestId("cover-statements")).toContainText("保密审查情况：已审查");
  await expect(visitor.getByTestId("cover-statements")).toContainText("主要负责人审签情况：已审签");
  await expect(visitor.getByTestId("table-t03").locator('td[data-cell="合计:total"]')).toHaveText("4,299.91");
  const axe = await new AxeBuilder({ page: visitor }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);

  // 图1–图6 are files of the version, loaded as pictures.
  const chart = visitor.getByTestId("chart-fig1").getByRole("img", { name: "图1：收入支出决算变动情况（单位：万元）" });
  await expect(chart).toHaveAttribute("src", `/disclosures/${unit.code}/2024/v1/files/fig1.svg`);
  await expect.poll(() => chart.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);

  // The files: every table figure of the transcription in the PDF, the Excel file and the JSON.
  const base = `/disclosures/${unit.code}/2024/v1/files`;
  const expected = transcribedFigures();
  const pdf = await request.get(`${base}/disclosure.pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-disposition"]).toContain("filename*=UTF-8''");
  const pages = await pdfPages(await pdf.body());
  expect(pages[0]).toContain(unit.name);
  const inPdf = pdfTableFigures(pages);
  for (const [t, figures] of Object.entries(expected)) expect(sorted(inPdf[t as keyof typeof inPdf]), t).toEqual(sorted(figures));

  const xlsx = await request.get(`${base}/disclosure.xlsx`);
  const sheets = await workbookFigures(await xlsx.body());
  for (const [t, figures] of Object.entries(expected)) expect(sorted(sheets[t]), t).toEqual(sorted(figures));

  const json = await (await request.get(`${base}/data.json`)).text();
  expect(checkFixtureText(json).exitCode).toBe(0);
  const csv = await request.get(`${base}/t03.csv`);
  expect(await csv.text()).toContain("4299.91");

  // 更正: the unit opens a correction with its public note; version 1 stays as it was.
  await gotoReady(staffPage, `/reports/${report.id}`);
  await staffPage.getByTestId("workflow-bar").getByRole("button", { name: "发起更正" }).click();
  await staffPage.getByLabel("更正说明").fill("更正公开06表办公费的科目归类");
  await staffPage.getByRole("button", { name: "确认发起更正" }).click();
  await expect(status(staffPage)).toContainText("填报中");
  await expect(staffPage.getByTestId("correction-in-progress")).toContainText("第 2 版");
  // Public disclosure pages are static: nothing to hydrate, the content is there on load.
  await visitor.reload();
  await expect(visitor.getByTestId("version-label")).toHaveText("第1版");
  // The correction in progress is nobody's business but the unit's and its reviewers'.
  for (const path of [`/disclosures/${unit.code}/2024/v2`, `/disclosures/${unit.code}/2024/v2/files/data.json`]) expect((await request.get(path)).status(), path).toBe(404);

  await workflow(staffPage, "上报");
  await expect(status(staffPage)).toContainText("已上报");
  await gotoReady(reviewPage, `/reports/${report.id}`);
  await workflow(reviewPage, "审核通过");
  await expect(status(reviewPage)).toContainText("审核通过");
  await publish(reviewPage, staffPage, report.id);

  await visitor.goto(`/disclosures/${unit.code}/2024`);
  await expect(visitor.getByTestId("version-label")).toContainText("第2版（更正版，更正了第1版）");
  await expect(visitor.getByTestId("correction-note")).toContainText("更正公开06表办公费的科目归类");
  await expect(visitor.getByTestId("versions").locator("li")).toHaveCount(2);
  // Kept by browsers and proxies, asked again each time: unchanged, it costs a 304.
  const etag = (await request.get(`/disclosures/${unit.code}/2024`)).headers()["etag"];
  expect((await request.get(`/disclosures/${unit.code}/2024`, { headers: { "if-none-match": etag } })).status()).toBe(304);
  await visitor.goto(`/disclosures/${unit.code}/2024/v1`);
  await expect(visitor.getByTestId("superseded")).toContainText("此版本已被第2版更正");
  expect((await request.get(`${base}/disclosure.pdf`)).status()).toBe(200);
  expect((await testDb.publication.findMany({ where: { reportId: report.id }, orderBy: { number: "asc" } })).map((p) => [p.number, p.current])).toEqual([[1, false], [2, true]]);
});

test("an anonymous visitor reaches nothing unpublished: every public address answers 404", async ({ request }) => {
  const { unit, report } = await makeStaffWithReport("未公开");
  await testDb.report.update({ where: { id: report.id }, data: { status: "APPROVED", approvedAt: new Date() } });
  const files = ["disclosure.pdf", "disclosure.xlsx", "data.json", "t01.csv", "t09.csv", "fig1.svg"];
  const paths = [
    `/disclosures/${unit.code}/2024`,
    `/disclosures/${unit.code}/2024/v1`,
    ...files.map((f) => `/disclosures/${unit.code}/2024/v1/files/${f}`),
    `/disclosures/${unit.code}/2023`,
    `/disclosures/${unit.code}/2024/v0`,
    `/disclosures/${unit.code}/2024/1`,
    `/disclosures/${unit.code}/2024/v1/files/secret.txt`,
    `/disclosures/${report.id}/2024`,
    "/disclosures/%00/2024",
    "/disclosures/101001/abcd",
  ];
  for (const path of paths) expect((await request.get(path)).status(), path).toBe(404);
  const home = await request.get("/open-data");
  expect(home.headers()["content-type"]).toContain("text/html");
  expect(await home.text()).toContain('href="/open-data/2024"');
  const index = await (await request.get("/open-data/2024")).json();
  expect(index.disclosures.some((d: { unitCode: string }) => d.unitCode === unit.code)).toBe(false);
  const page = await request.get(`/disclosures?q=${encodeURIComponent(unit.name)}`);
  expect(await page.text()).not.toContain(`public-row-${unit.code}`);
});
