/**
 * The department budgets of `npm run bench` (issue: 部门决算): a department of 300 member units,
 * each holding the seed report's tables, seeded in SQL; its consolidation, derive and rules in
 * process (< 1 s, as a ratio to the reference loop), the 汇总 server action over HTTP beside its
 * floor, and the department's two desks — the department reviewer's review desk and the
 * 成员单位与汇总 page — at p95 ≤ 2× the floor (300 ms absolute).
 */
import pg from "pg";
import { consolidate, type ConsolidationMember } from "../consolidation/consolidate";
import { tableRecord } from "../reports/table-data";
import { deriveAndCheck } from "../rules";
import { zaozhuang2024Inputs, zaozhuang2024SubjectNames as names } from "../tables/seed/zaozhuang-2024";
import { shandong2024 } from "../tables/templates/shandong-2024";
import { TABLE_KEYS } from "../tables/types";
import { callAction, serverActions, type ActionRef } from "./bench-http";
import { judged, measureInProcess, type BenchResult } from "./bench-rules";
import { BENCH_DIST } from "./bench-server";
import { sessionCookieHeader } from "./session-cookie";

export const MEMBERS = 300;

/** Each member states 100 元 of 上缴上级支出 to the first, which states it received them: every pair agrees. */
function benchMembers(): ConsolidationMember[] {
  return Array.from({ length: MEMBERS }, (_, n) => {
    const inputs = structuredClone(zaozhuang2024Inputs);
    const first = n === 0;
    if (!first) inputs.expenditure["2010301"] = { ...inputs.expenditure["2010301"], toSuperior: 10_000n };
    if (!first) inputs.income["2010301"] = { ...inputs.income["2010301"], other: 10_000n };
    if (first) inputs.income["2010302"] = { ...inputs.income["2010302"], affiliated: BigInt(MEMBERS - 1) * 10_000n };
    if (first) inputs.expenditure["2010302"] = { ...inputs.expenditure["2010302"], project: inputs.expenditure["2010302"].project! + BigInt(MEMBERS - 1) * 10_000n };
    const flows = first
      ? Array.from({ length: MEMBERS - 1 }, (_, m) => ({ line: "AFFILIATED_INCOME" as const, counterpartUnitId: `bdm${m + 2}`, code: "2010302", amount: 10_000n }))
      : [{ line: "TO_SUPERIOR" as const, counterpartUnitId: "bdm1", code: "2010301", amount: 10_000n }];
    return { unitId: `bdm${n + 1}`, name: `性能成员单位${n + 1}`, inputs, flows };
  });
}

/** Consolidation of 300 members, then derive + every rule on the result: what 汇总 computes. */
export function measureConsolidation(): BenchResult {
  const members = benchMembers();
  const context = { names, tableNumber: (t: "t02" | "t03") => shandong2024.tables[t].number };
  const run = () => {
    const { inputs, findings } = consolidate(members, context);
    if (findings.length) throw new Error(`性能数据的内部往来不一致：${findings[0].message}`);
    return deriveAndCheck(shandong2024, names, inputs);
  };
  return judged(measureInProcess(`部门汇总：${MEMBERS} 个成员单位（汇总 + 推导 + 全部规则）`, 10, run), { ms: 1000 });
}

export interface BenchDepartment {
  readonly reportId: string;
  readonly staffCookie: string;
  readonly reviewerCookie: string;
}

/** The same 300 members in the database, approved, with their flows; the department's report, staff and reviewer. */
export async function seedBenchDepartment(url: string): Promise<BenchDepartment> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const members = benchMembers();
    await client.query(`INSERT INTO "Unit" (id, code, name, kind, "isDepartment", path, "updatedAt") VALUES ('bdept', 'BDEPT', '性能汇总部门', 'ADMINISTRATIVE', true, '/bdept/', now())`);
    await client.query(`INSERT INTO "Unit" (id, code, name, kind, "isDepartment", "parentId", path, "updatedAt")
      SELECT 'bdm' || n, 'BDM' || n, '性能成员单位' || n, 'INSTITUTION', false, 'bdept', '/bdept/bdm' || n || '/', now() FROM generate_series(1, ${MEMBERS}) n`);
    await client.query(`INSERT INTO "Report" (id, "unitId", year, "templateId", status, version, "submittedAt", "approvedAt", "updatedAt")
      SELECT 'bdr' || n, 'bdm' || n, 2024, 'shandong-2024', 'APPROVED', 2, now(), now(), now() FROM generate_series(1, ${MEMBERS}) n`);
    const rows = members.flatMap((m, n) => TABLE_KEYS.map((tableKey) => ({ id: `bdt${n + 1}${tableKey}`, reportId: `bdr${n + 1}`, tableKey, ...tableRecord(m.inputs!, tableKey) })));
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      await client.query(
        `INSERT INTO "ReportTable" (id, "reportId", "tableKey", data, "usedCodes", version, "updatedAt")
         SELECT id, "reportId", "tableKey", data, ARRAY(SELECT jsonb_array_elements_text(codes)), 1, now()
         FROM jsonb_to_recordset($1::jsonb) AS t(id text, "reportId" text, "tableKey" text, data jsonb, codes jsonb)`,
        [JSON.stringify(chunk.map((r) => ({ id: r.id, reportId: r.reportId, tableKey: r.tableKey, data: r.data, codes: r.usedCodes })))],
      );
    }
    const flows = members.flatMap((m, n) => m.flows.map((f, k) => ({ id: `bdf${n + 1}_${k}`, reportId: `bdr${n + 1}`, line: f.line, counterpart: f.counterpartUnitId, code: f.code, amount: f.amount.toString() })));
    await client.query(
      `INSERT INTO "InternalFlow" (id, "reportId", line, "counterpartUnitId", code, amount)
       SELECT id, "reportId", line::"FlowLine", counterpart, code, amount::bigint FROM jsonb_to_recordset($1::jsonb) AS t(id text, "reportId" text, line text, counterpart text, code text, amount text)`,
      [JSON.stringify(flows)],
    );
    await client.query(`INSERT INTO "Report" (id, "unitId", year, "templateId", "updatedAt") VALUES ('bdrep', 'bdept', 2024, 'shandong-2024', now())`);
    await client.query(`INSERT INTO "DepartmentMember" ("reportId", "unitId", year, merged, position) SELECT 'bdrep', 'bdm' || n, 2024, false, n FROM generate_series(1, ${MEMBERS}) n`);
    await client.query(`INSERT INTO "User" (id, login, "displayName", "passwordHash", role, "unitId", "updatedAt") VALUES
      ('bench-dept-staff', 'bench-dept-staff', '性能部门填报', 'x', 'UNIT_STAFF', 'bdept', now()),
      ('bench-dept-reviewer', 'bench-dept-reviewer', '性能部门审核', 'x', 'DEPARTMENT_REVIEWER', NULL, now())`);
    await client.query(`INSERT INTO "ReviewerScope" (id, "userId", "unitId", "includeSubtree") VALUES ('bds', 'bench-dept-reviewer', 'bdept', true)`);
    await client.query("ANALYZE");
    return {
      reportId: "bdrep",
      staffCookie: await sessionCookieHeader({ id: "bench-dept-staff", displayName: "性能部门填报", role: "UNIT_STAFF", sessionEpoch: 0 }),
      reviewerCookie: await sessionCookieHeader({ id: "bench-dept-reviewer", displayName: "性能部门审核", role: "DEPARTMENT_REVIEWER", sessionEpoch: 0 }),
    };
  } finally {
    await client.end();
  }
}

function consolidateAction(): ActionRef {
  const action = serverActions(BENCH_DIST).get("lib/actions/departments.ts#consolidateDepartment");
  if (!action) throw new Error("构建中找不到 consolidateDepartment 服务端操作");
  return action;
}

/**
 * 汇总 of the 300 members through the server action the button calls (read, share-lock, sum, derive,
 * write nine tables and the record), one at a time, beside the floor of the same server. For
 * reference: the budget is the in-process figure above; this adds the database round trips.
 */
export async function benchConsolidateOverHttp(base: string, dept: BenchDepartment, floorMs: number): Promise<BenchResult> {
  const action = consolidateAction();
  const once = async () => {
    const { result, ms, status } = await callAction<{ ok: boolean; data?: { members: number; findings: unknown[] }; message?: string }>(base, action, [{ reportId: dept.reportId }], { cookie: dept.staffCookie }, `/reports/${dept.reportId}/department`);
    if (!result?.ok || result.data!.members !== MEMBERS || result.data!.findings.length) throw new Error(`汇总失败：HTTP ${status} ${result?.message ?? ""}`);
    return ms;
  };
  await once();
  const times: number[] = [];
  for (let i = 0; i < 5; i++) times.push(await once());
  times.sort((a, b) => a - b);
  const medianMs = times[2];
  return judged({ name: `部门汇总服务端操作：${MEMBERS} 个成员单位（HTTP）`, runs: times.length, medianMs, p95Ms: times[4], floorMs, ratio: medianMs / floorMs }, { ms: 1000, ratio: 1000 / floorMs, gate: false });
}
