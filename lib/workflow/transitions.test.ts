import { describe, expect, it } from "vitest";
import type { ReportStatus, Role } from "@/generated/prisma/enums";
import { can, ROLE_PERMISSIONS } from "@/lib/authz";
import { ACTIONS, availableActions, checkTransition, MAX_REASON_LENGTH, TRANSITIONS, type TransitionContext } from "./transitions";

const base = (over: Partial<TransitionContext> = {}): TransitionContext => ({
  role: "REVIEWER",
  status: "SUBMITTED",
  expectedVersion: 3,
  currentVersion: 3,
  reviewStarted: false,
  reviewLevel: "finance",
  ...over,
});

describe("the transition table", () => {
  it("is the workflow of docs/domain/README.md", () => {
    const edges = ACTIONS.map((a) => `${TRANSITIONS[a].from.join("|")} -${a}-> ${TRANSITIONS[a].to}`);
    expect(edges).toEqual([
      "DRAFT|RETURNED -submit-> SUBMITTED",
      "SUBMITTED -withdraw-> DRAFT",
      "SUBMITTED -return-> RETURNED",
      "SUBMITTED -approve-> APPROVED",
      "APPROVED -reopen-> RETURNED",
      "APPROVED -publish-> PUBLISHED",
      "PUBLISHED -correct-> DRAFT",
    ]);
  });

  it("gives each role only its own actions; admins none", () => {
    const statuses: ReportStatus[] = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "PUBLISHED"];
    const all = (role: Role) => [...new Set(statuses.flatMap((s) => availableActions(role, s)))].sort();
    expect(all("UNIT_STAFF")).toEqual(["correct", "submit", "withdraw"]);
    expect(all("REVIEWER")).toEqual(["approve", "publish", "reopen", "return"]);
    expect(all("ADMIN")).toEqual([]);
    expect(availableActions("REVIEWER", "PUBLISHED")).toEqual([]);
  });
});

describe("checkTransition", () => {
  it("lets a reviewer approve a submitted report", () => {
    expect(checkTransition("approve", base())).toMatchObject({ ok: true, transition: { to: "APPROVED" } });
  });

  it("separates duties by role: nobody who can edit a report can return, approve or publish one", () => {
    const reviewing = ["report:return", "report:approve", "report:publish"] as const;
    for (const role of Object.keys(ROLE_PERMISSIONS) as Role[]) {
      if (can(role, "report:edit")) expect(reviewing.filter((p) => can(role, p)), role).toEqual([]);
    }
    expect(can("UNIT_STAFF", "report:edit")).toBe(true);
    for (const action of ["return", "approve", "publish", "reopen"] as const) {
      const status = TRANSITIONS[action].from[0];
      expect(checkTransition(action, base({ role: "UNIT_STAFF", status, reason: "x" }))).toEqual({
        ok: false,
        code: "FORBIDDEN",
        message: `您的角色不能执行“${TRANSITIONS[action].label}”`,
      });
    }
  });

  it("refuses the wrong role, the wrong state and a stale version", () => {
    expect(checkTransition("approve", base({ role: "UNIT_STAFF" }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(checkTransition("approve", base({ role: "ADMIN" }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(checkTransition("approve", base({ status: "DRAFT" }))).toMatchObject({ ok: false, message: "报表当前状态为“填报中”，不能审核通过" });
    expect(checkTransition("publish", base({ status: "SUBMITTED" }))).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(checkTransition("approve", base({ expectedVersion: 2 }))).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("requires a real reason to return or reopen", () => {
    expect(checkTransition("return", base({ reason: "   " }))).toMatchObject({ ok: false, message: "审核退回必须填写原因" });
    expect(checkTransition("reopen", base({ status: "APPROVED", reason: "" }))).toMatchObject({ ok: false, code: "INVALID" });
    expect(checkTransition("return", base({ reason: "x".repeat(MAX_REASON_LENGTH + 1) }))).toMatchObject({ ok: false, code: "INVALID" });
    expect(checkTransition("return", base({ reason: " 公开03表数据有误 " }))).toMatchObject({ ok: true, reason: "公开03表数据有误" });
    expect(checkTransition("return", base({ reason: "见<附件>" }))).toEqual({ ok: false, code: "INVALID", message: "原因不能包含尖括号或控制字符" });
    expect(checkTransition("return", base({ reason: "第一行\n第二行" }))).toMatchObject({ ok: true, reason: "第一行\n第二行" });
  });

  it("lets staff withdraw only before review starts", () => {
    const staff = { role: "UNIT_STAFF" as const };
    expect(checkTransition("withdraw", base(staff))).toMatchObject({ ok: true });
    expect(checkTransition("withdraw", base({ ...staff, reviewStarted: true }))).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(checkTransition("submit", base({ ...staff, status: "RETURNED" }))).toMatchObject({ ok: true });
  });
});

describe("two review levels", () => {
  const member = { reviewLevel: "department" as const };
  it("lets only the department's reviewer decide on a member unit's report, and only the 财政局 on every other", () => {
    expect(checkTransition("approve", base({ ...member, role: "DEPARTMENT_REVIEWER" }))).toMatchObject({ ok: true });
    expect(checkTransition("approve", base({ ...member, role: "REVIEWER" }))).toMatchObject({ ok: false, code: "FORBIDDEN", message: expect.stringContaining("由主管部门审核") });
    expect(checkTransition("return", base({ role: "DEPARTMENT_REVIEWER", reason: "请核对" }))).toMatchObject({ ok: false, code: "FORBIDDEN", message: expect.stringContaining("本报表由财政局审核") });
    expect(checkTransition("reopen", base({ ...member, role: "DEPARTMENT_REVIEWER", status: "APPROVED", reason: "财政局退回部门决算" }))).toMatchObject({ ok: true });
  });

  it("never lets a department reviewer publish", () => {
    expect(checkTransition("publish", base({ ...member, role: "DEPARTMENT_REVIEWER", status: "APPROVED" }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(availableActions("DEPARTMENT_REVIEWER", "APPROVED", "department")).toEqual(["reopen"]);
    expect(availableActions("REVIEWER", "SUBMITTED", "department")).toEqual([]);
    expect(availableActions("REVIEWER", "SUBMITTED", "finance")).toEqual(["return", "approve"]);
  });

  it("freezes a member while its department's report is with the 财政局", () => {
    const frozen = base({ ...member, role: "DEPARTMENT_REVIEWER", status: "APPROVED", reason: "改数", departmentStatus: "SUBMITTED" });
    expect(checkTransition("reopen", frozen)).toMatchObject({ ok: false, code: "CONFLICT", message: "所属部门决算已“已上报”，成员单位的决算不能变动；如需修改，请财政局先退回部门决算" });
  });
});
