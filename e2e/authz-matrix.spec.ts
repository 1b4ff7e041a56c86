import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { can } from "../lib/authz";
import { callAction, send, serverActions } from "../lib/cli/bench-http";
import { sessionCookieHeader } from "../lib/cli/session-cookie";
import { testDb } from "./support/db";
import { makeDepartmentWithUnit, makeUser } from "./support/factories";
import { ACTIONS, allowed, ROLE, ROUTES, WHO, type Ids, type Who } from "./support/targets";

/**
 * The authorization matrix, generated from what the build holds: every page and route handler of
 * its route list and every server action of its action manifest, × anonymous and each role, × the
 * own unit (or jurisdiction) and another. The expected answer comes from the one role → permission
 * table (lib/authz.ts) and the scope each target declares below; a target the build has and this
 * table lacks fails the test, so a new route or action cannot go unchecked. Every unexpected allow
 * fails, and so does every unexpected refusal. A refusal is 401/403/404 or a redirect to the sign-in
 * page for a page or route, and UNAUTHENTICATED/FORBIDDEN/NOT_FOUND for an action; a refusal of the
 * input (INVALID) where a scope refusal was expected means the input never reached the scope check,
 * and fails too. Allowed calls are made harmless by a stale version (CONFLICT) or an invalid body.
 */
const DIST = process.env.NEXT_DIST_DIR || ".next-test";
const DENIED_CODES = new Set(["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"]);

test("every page, route and action answers each role as the permission table and its scope say", async ({ baseURL }) => {
  test.setTimeout(180_000);
  const base = baseURL!;
  // A report of unit A (department A) and people inside and outside it.
  const { dept, unit } = await makeDepartmentWithUnit("矩阵部门");
  const { dept: otherDept, unit: otherUnit } = await makeDepartmentWithUnit("矩阵他部门");
  const report = await testDb.report.create({ data: { unitId: unit.id, year: 2024, templateId: "shandong-2024" } });
  // The department's 部门决算, submitted: whatever the matrix sends to it can change nothing.
  const departmentReport = await testDb.report.create({
    data: { unitId: dept.id, year: 2024, templateId: "shandong-2024", status: "SUBMITTED", members: { create: [{ unitId: unit.id, year: 2024, position: 0 }] } },
  });
  const ids: Ids = { reportId: report.id, departmentReportId: departmentReport.id };
  const people = {
    staff: (await makeUser("UNIT_STAFF", { unitCode: unit.code })).user,
    otherStaff: (await makeUser("UNIT_STAFF", { unitCode: otherUnit.code })).user,
    reviewer: (await makeUser("REVIEWER", { scopeUnitCodes: [dept.code] })).user,
    otherReviewer: (await makeUser("REVIEWER", { scopeUnitCodes: [otherDept.code] })).user,
    deptStaff: (await makeUser("UNIT_STAFF", { unitCode: dept.code })).user,
    deptReviewer: (await makeUser("DEPARTMENT_REVIEWER", { scopeUnitCodes: [dept.code] })).user,
    otherDeptReviewer: (await makeUser("DEPARTMENT_REVIEWER", { scopeUnitCodes: [otherDept.code] })).user,
    admin: (await makeUser("ADMIN")).user,
  };
  const cookies: Record<Who, Record<string, string>> = { anonymous: {} } as Record<Who, Record<string, string>>;
  for (const who of WHO.filter((w) => w !== "anonymous")) cookies[who] = { cookie: await sessionCookieHeader(people[who as keyof typeof people]) };
  const before = await testDb.report.findUniqueOrThrow({ where: { id: report.id }, select: { status: true, version: true, updatedAt: true } });

  const routes = Object.keys(JSON.parse(readFileSync(path.join(DIST, "server", "app-paths-manifest.json"), "utf8")) as Record<string, string>);
  const actions = serverActions(DIST);
  const unlisted = [...routes.filter((r) => !(r in ROUTES)), ...[...actions.keys()].filter((a) => !(a in ACTIONS))];
  expect(unlisted, "build targets without an authorization entry in this matrix").toEqual([]);

  const wrong: string[] = [];
  let cells = 0;
  for (const route of routes) {
    const entry = ROUTES[route];
    if (entry === "skip") continue;
    const address = entry.path(ids);
    for (const who of WHO) {
      const res = await send(base, { path: address, headers: cookies[who], keepBody: false });
      cells++;
      if (entry.redirect) {
        const to = entry.redirect(ROLE[who]);
        const location = res.headers.location ?? null;
        if (to === null ? res.status !== 200 : !(res.status >= 300 && res.status < 400 && location?.startsWith(to))) wrong.push(`${address} × ${who}：应${to ? `转到 ${to}` : "显示"}，实际 HTTP ${res.status} ${location ?? ""}`);
        continue;
      }
      const toLogin = res.status >= 300 && res.status < 400;
      const denied = toLogin || res.status === 401 || res.status === 403 || res.status === 404;
      const expected = allowed(entry.rule, who);
      if (denied === expected) wrong.push(`${address} × ${who}：${expected ? "应允许" : "应拒绝"}，实际 HTTP ${res.status}`);
      else if (!denied && res.status !== 200) wrong.push(`${address} × ${who}：HTTP ${res.status}`);
    }
  }
  for (const [name, action] of actions) {
    const entry = ACTIONS[name];
    for (const who of WHO) {
      const { result, status } = await callAction<{ ok: boolean; code?: string; message?: string } | undefined>(base, action, entry.args(ids), cookies[who], action.page.replace("[reportId]", ids.reportId));
      const code = result?.ok ? "OK" : (result?.code ?? `HTTP ${status}`);
      const expected = allowed(entry.rule, who);
      cells++;
      if (expected && DENIED_CODES.has(code)) wrong.push(`${name} × ${who}：应允许，实际 ${code}（${result?.message ?? ""}）`);
      if (!expected && !DENIED_CODES.has(code)) {
        const why = code === "INVALID" && "onReport" in entry.rule && entry.rule.onReport && ROLE[who] && can(ROLE[who]!, entry.rule.permission) ? "（输入未到达范围检查：矩阵的参数需要修正）" : "";
        wrong.push(`${name} × ${who}：应拒绝，实际 ${code}${why}（${result?.message ?? ""}）`);
      }
      if (code === "INTERNAL" || code.startsWith("HTTP 5")) wrong.push(`${name} × ${who}：服务器错误 ${code}`);
    }
  }
  console.log(`授权矩阵：${routes.length - 2} 个页面和路由、${actions.size} 个服务端操作 × ${WHO.length} 种身份 = ${cells} 格`);
  expect(wrong).toEqual([]);

  // Nothing the matrix sent changed the report.
  const after = await testDb.report.findUniqueOrThrow({ where: { id: report.id }, select: { status: true, version: true, updatedAt: true } });
  expect(after).toEqual(before);
  expect(await testDb.report.findUniqueOrThrow({ where: { id: departmentReport.id }, select: { status: true, version: true } })).toEqual({ status: "SUBMITTED", version: 0 });
  expect(await testDb.consolidation.count({ where: { reportId: departmentReport.id } })).toBe(0);
  expect(await testDb.departmentMember.count({ where: { reportId: departmentReport.id } })).toBe(1);
  expect(await testDb.internalFlow.count({ where: { reportId: report.id } })).toBe(0);
  expect(await testDb.reportTable.count({ where: { reportId: report.id } })).toBe(0);
  expect(await testDb.reviewComment.count({ where: { reportId: report.id } })).toBe(0);
});
