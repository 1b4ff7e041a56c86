import { expect, test } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { can } from "../lib/authz";
import { callAction, send, serverActions } from "../lib/cli/bench-http";
import { sessionCookieHeader } from "../lib/cli/session-cookie";
import { loginAs } from "./support/auth";
import { testDb } from "./support/db";
import { makeDepartmentWithUnit, makeUser } from "./support/factories";
import { gotoReady } from "./support/page";
import { ACTIONS, ROLE, type Ids } from "./support/targets";

/**
 * The hostile-input corpus, against every server action of the build as a user allowed to call it:
 * wrong types, malformed numbers, unknown and tricky ids, markup and formulas, extra fields,
 * oversize bodies. Each must be refused with a clear Chinese message — never INTERNAL — and leave
 * the database as it was: a checksum of everything the calls could touch (the report's rows, the
 * callers' rows) and a search of every table for the corpus's marker, before and after each call.
 * Text that passes validation yet looks like script is stored as text and never runs on any page.
 */
const DIST = process.env.NEXT_DIST_DIR || ".next-test";
const MARK = `HX${randomBytes(3).toString("hex")}`;

/** Values each field of an action's arguments is replaced with, one at a time. */
const HOSTILE_VALUES: readonly unknown[] = [
  null,
  -1,
  1.5,
  1e308,
  "NaN",
  "１２３",
  "1,2,3",
  `${MARK}<img src=x onerror=alert(1)>`,
  `${MARK}<script>window.__pwned=1</script>`,
  `=cmd|' /C calc'!A0${MARK}`,
  `' OR 1=1 --${MARK}`,
  `../../../etc/passwd${MARK}`,
  `${MARK}\u0000`,
  `${MARK}\ud800`,
  `${MARK}\u202egnp.exe`,
  `${MARK}`.padEnd(200_000, "长"),
  { $ne: null },
  [],
  [MARK],
  { __proto__: { admin: true }, [MARK]: 1 },
];

/** Whole arguments that are not what any action takes. */
const HOSTILE_ARGS: readonly unknown[][] = [[], [null], [42], [`${MARK}<script>`], [[1, 2, 3]], [true]];

function variants(args: unknown[]): unknown[][] {
  const out: unknown[][] = [...HOSTILE_ARGS];
  const [first] = args;
  if (first && typeof first === "object" && !Array.isArray(first)) {
    for (const key of Object.keys(first)) for (const value of HOSTILE_VALUES) out.push([{ ...first, [key]: value }]);
    out.push([{ ...first, role: "ADMIN", [MARK]: true, isAdmin: true }]);
  } else {
    for (const value of HOSTILE_VALUES) out.push([value]);
  }
  return out;
}

/** Every string inside a value. */
const strings = (v: unknown): string[] => (typeof v === "string" ? [v] : v && typeof v === "object" ? Object.values(v).flatMap(strings) : []);
/** What no stored text may hold: markup, control characters, bidirectional overrides, a lone surrogate. */
const isDangerous = (s: string) => /[<\u0000-\u0008\u000b\u000c\u000e-\u001f\u202a-\u202e\u2066-\u2069]/.test(s) || /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

const TABLES_BY_REPORT = ["SubjectRequest", "InternalFlow", "DepartmentMember", "Consolidation", "ReportTable", "ReportNarrative", "ReportPerformance", "RuleExplanation", "ReviewComment", "AuditLog", "ReportVersion", "Notification", "Publication"];
/** Where hostile text could land (Publication is written only by publishing, with its files). */
const TEXT_TABLES = ["Unit", "User", "CatalogYear", "SubjectCode", "Report", ...TABLES_BY_REPORT.filter((t) => t !== "Publication")];

/** Everything a refused call could have changed, as one digest, and the marker's rows anywhere. */
async function fingerprint(reportId: string, userIds: readonly string[]): Promise<string> {
  const parts = TABLES_BY_REPORT.map((t) => `SELECT '${t}' || md5(t::text) AS x FROM "${t}" t WHERE t."reportId" = $1`);
  const [{ digest }] = await testDb.$queryRawUnsafe<{ digest: string }[]>(
    `SELECT md5(coalesce(string_agg(x, ',' ORDER BY x), '')) AS digest FROM (
      SELECT 'Report' || md5(t::text) AS x FROM "Report" t WHERE t.id = $1
      UNION ALL SELECT 'User' || md5(t::text) FROM "User" t WHERE t.id = ANY($2::text[])
      UNION ALL ${parts.join(" UNION ALL ")}) s`,
    reportId,
    userIds,
  );
  const marked = await testDb.$queryRawUnsafe<{ n: bigint }[]>(TEXT_TABLES.map((t) => `SELECT count(*) AS n FROM "${t}" t WHERE t::text LIKE '%${MARK}%'`).join(" UNION ALL "));
  return `${digest}:${marked.reduce((n, r) => n + Number(r.n), 0)}`;
}

test("every action refuses hostile input with a clear Chinese message and changes nothing", async ({ baseURL }) => {
  test.setTimeout(300_000);
  const base = baseURL!;
  const { dept, unit } = await makeDepartmentWithUnit("敌意输入部门");
  const report = await testDb.report.create({ data: { unitId: unit.id, year: 2024, templateId: "shandong-2024" } });
  const ids: Ids = { reportId: report.id };
  const people = {
    staff: (await makeUser("UNIT_STAFF", { unitCode: unit.code })).user,
    reviewer: (await makeUser("REVIEWER", { scopeUnitCodes: [dept.code] })).user,
    admin: (await makeUser("ADMIN")).user,
  };
  const userIds = Object.values(people).map((u) => u.id);
  const cookies = {
    staff: await sessionCookieHeader(people.staff),
    reviewer: await sessionCookieHeader(people.reviewer),
    admin: await sessionCookieHeader(people.admin),
  };
  const unclear: string[] = [];
  const accepted: string[] = [];
  let calls = 0;
  let state = await fingerprint(report.id, userIds);
  for (const [name, action] of serverActions(DIST)) {
    const entry = ACTIONS[name];
    expect(entry, `${name} has no entry in e2e/support/targets.ts`).toBeDefined();
    // A caller the action admits, so the input itself is what is judged.
    const who = (["staff", "reviewer", "admin"] as const).find((w) => "permission" in entry.rule && can(ROLE[w]!, entry.rule.permission))!;
    const page = action.page.replace("[reportId]", ids.reportId);
    for (const args of variants(entry.args(ids))) {
      const { result, status } = await callAction<{ ok: boolean; code?: string; message?: string } | undefined>(base, action, args, { cookie: cookies[who] }, page);
      calls++;
      const shown = JSON.stringify(args).slice(0, 80);
      if (status !== 200 || !result) unclear.push(`${name} ${shown} → HTTP ${status}`);
      else if (result.ok) {
        // Accepted: it was valid after all (a text that reads like an attack is still text), but
        // never markup, control or bidirectional-override characters, or a broken surrogate.
        accepted.push(`${name} ${shown}`);
        if (strings(args).some(isDangerous)) unclear.push(`${name} ${shown} → 被接受并保存`);
      } else if (result.code === "INTERNAL" || !/[\u4e00-\u9fff]/.test(result.message ?? "")) unclear.push(`${name} ${shown} → ${result.code}：${result.message}`);
      const after = await fingerprint(report.id, userIds);
      if (!result?.ok) expect(after, `${name} ${shown} was refused yet changed the database`).toBe(state);
      state = after;
    }
  }
  // Oversize: refused before the action runs, in Chinese.
  const big = await send(base, { path: `/reports/${ids.reportId}`, method: "POST", keepBody: true, headers: { cookie: cookies.staff, origin: base, "next-action": serverActions(DIST).get("lib/actions/reports.ts#saveTable")!.id, "content-type": "text/plain;charset=UTF-8" }, body: "x".repeat(11 * 1024 * 1024) });
  expect(big.status).toBe(413);
  expect(big.body).toMatch(/[\u4e00-\u9fff]/);
  // Accepted: input that was valid after all (an unknown notification id marks nothing; a text that reads like an attack is text).
  console.log(`敌意输入：${serverActions(DIST).size} 个服务端操作共 ${calls} 次调用；因输入合法而接受 ${accepted.length} 次${accepted.length ? `（${accepted.slice(0, 5).join("；")}…）` : ""}`);
  expect(unclear).toEqual([]);
});

test("text that looks like script is kept as text and never runs on any page", async ({ page, context, baseURL }) => {
  const { unit } = await makeDepartmentWithUnit("脚本文字部门");
  const { login } = await makeUser("UNIT_STAFF", { unitCode: unit.code });
  const report = await testDb.report.create({ data: { unitId: unit.id, year: 2024, templateId: "shandong-2024" } });
  const tricks = [`javascript:window.__pwned=1`, `" onmouseover="window.__pwned=1" x="`, `';window.__pwned=1;//`, "{{constructor.constructor('window.__pwned=1')()}}", `=HYPERLINK("http://example.invalid","点我")`, "${window.__pwned=1}"];
  await loginAs(context, login, baseURL!);
  const cookie = await sessionCookieHeader(await testDb.user.findUniqueOrThrow({ where: { login } }));
  // Through the app, as staff would: 单位职责 and the explanation of a warning, every trick in them.
  const actions = serverActions(DIST);
  const overview = { duties: tricks, organization: tricks.join("；") };
  const kept = await callAction<{ ok: boolean; message?: string }>(baseURL!, actions.get("lib/actions/narrative.ts#saveOverview")!, [{ reportId: report.id, baseVersion: 0, overview }], { cookie }, `/reports/${report.id}/overview`);
  expect(kept.result, kept.result?.message).toMatchObject({ ok: true });
  const saved = await callAction<{ ok: boolean; message?: string }>(baseURL!, actions.get("lib/actions/workflow.ts#saveExplanation")!, [{ reportId: report.id, key: "R1|脚本", text: tricks.join(" ") }], { cookie }, `/reports/${report.id}`);
  expect(saved.result, saved.result?.message).toMatchObject({ ok: true });

  const dialogs: string[] = [];
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  for (const path of ["", "/overview", "/narrative", "/preview", "/history"]) {
    await gotoReady(page, `/reports/${report.id}${path}`);
    await page.mouse.move(10, 10);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), path).toBeUndefined();
  }
  await gotoReady(page, `/reports/${report.id}/overview`);
  const values = await page.locator("textarea, input").evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  for (const t of tricks) expect(values).toContain(t);
  expect(dialogs).toEqual([]);
});
