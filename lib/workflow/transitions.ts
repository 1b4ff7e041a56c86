import type { ReportStatus, Role } from "@/generated/prisma/enums";
import { can, REVIEW_LEVEL_LABELS, reviewsAt, type Permission, type ReviewLevel } from "@/lib/authz";
import { STATUS_LABELS } from "@/lib/reports/status";
import { isUnsafeText, unsafeTextMessage } from "@/lib/validation/text";

/**
 * The approval workflow as one table: each action, the states it leaves from, the state it
 * reaches, and the permission it needs. The server's transition function and the UI's buttons
 * both read it; tests read it directly.
 */
export const ACTIONS = ["submit", "withdraw", "return", "approve", "reopen", "publish", "correct"] as const;
export type WorkflowAction = (typeof ACTIONS)[number];

export interface Transition {
  readonly action: WorkflowAction;
  readonly label: string;
  readonly from: readonly ReportStatus[];
  readonly to: ReportStatus;
  readonly permission: Permission;
  readonly reasonRequired: boolean;
  /** Runs the submission gate (rules, warning explanations, required reasons). */
  readonly gated?: boolean;
}

export const TRANSITIONS: Readonly<Record<WorkflowAction, Transition>> = {
  submit: { action: "submit", label: "上报", from: ["DRAFT", "RETURNED"], to: "SUBMITTED", permission: "report:submit", reasonRequired: false, gated: true },
  // Only before a reviewer has started on it (checked against reviewStartedAt).
  withdraw: { action: "withdraw", label: "撤回上报", from: ["SUBMITTED"], to: "DRAFT", permission: "report:withdraw", reasonRequired: false },
  return: { action: "return", label: "审核退回", from: ["SUBMITTED"], to: "RETURNED", permission: "report:return", reasonRequired: true },
  approve: { action: "approve", label: "审核通过", from: ["SUBMITTED"], to: "APPROVED", permission: "report:approve", reasonRequired: false },
  // DHIS2's "unapprove": an approved, not yet published report goes back to the unit.
  reopen: { action: "reopen", label: "撤销审核并退回", from: ["APPROVED"], to: "RETURNED", permission: "report:return", reasonRequired: true },
  // Needs both publication confirmations on the row too (lib/operations/publication/publish-report.ts).
  publish: { action: "publish", label: "公开", from: ["APPROVED"], to: "PUBLISHED", permission: "report:publish", reasonRequired: false },
  // 更正: the published version stays as it is; the unit edits a new one, whose reason is its public note.
  correct: { action: "correct", label: "发起更正", from: ["PUBLISHED"], to: "DRAFT", permission: "report:submit", reasonRequired: true },
};

export const MAX_REASON_LENGTH = 2000;

export interface TransitionContext {
  role: Role;
  status: ReportStatus;
  /** The version the actor saw; must equal the report's current version. */
  expectedVersion: number;
  currentVersion: number;
  reviewStarted: boolean;
  reason?: string | null;
  /** Who reviews this report (lib/authz.ts); a review step by the other level is refused. */
  reviewLevel: ReviewLevel;
  /**
   * A member unit's report while its department's 部门决算 is with the 财政局 (上报, 通过 or 公开):
   * the status of that report. Nothing may move the member then; the 财政局 returns the department first.
   */
  departmentStatus?: ReportStatus | null;
}

/** The steps that are a reviewer's decision: taken only at the report's review level. */
const REVIEW_STEPS: readonly WorkflowAction[] = ["return", "approve", "reopen"];

export type TransitionCheck = { ok: true; transition: Transition; reason: string | null } | { ok: false; code: "FORBIDDEN" | "INVALID" | "CONFLICT"; message: string };

export function isWorkflowAction(value: unknown): value is WorkflowAction {
  return typeof value === "string" && (ACTIONS as readonly string[]).includes(value);
}

/** Whether `action` may be taken now, by this actor, on this report — with a Chinese reason when not. */
export function checkTransition(action: WorkflowAction, ctx: TransitionContext): TransitionCheck {
  const t = TRANSITIONS[action];
  if (!can(ctx.role, t.permission)) return { ok: false, code: "FORBIDDEN", message: `您的角色不能执行“${t.label}”` };
  // Separation of duties needs no unit comparison: no role holds both report:edit and a review
  // permission (lib/authz.ts; tested in transitions.test.ts), so the role check above is it.
  if (REVIEW_STEPS.includes(action) && !reviewsAt(ctx.role, ctx.reviewLevel)) {
    return {
      ok: false,
      code: "FORBIDDEN",
      message:
        ctx.reviewLevel === "department"
          ? `该单位是部门决算的成员单位，由主管部门审核（${REVIEW_LEVEL_LABELS.department}）；财政局审核其部门决算`
          : `本报表由财政局审核（${REVIEW_LEVEL_LABELS.finance}），部门审核人员只审核本部门成员单位的决算`,
    };
  }
  if (ctx.expectedVersion !== ctx.currentVersion) {
    return { ok: false, code: "CONFLICT", message: `报表状态已被他人更新（当前为“${STATUS_LABELS[ctx.status]}”），请刷新页面后再操作` };
  }
  if (!t.from.includes(ctx.status)) {
    return { ok: false, code: "CONFLICT", message: `报表当前状态为“${STATUS_LABELS[ctx.status]}”，不能${t.label}` };
  }
  if (ctx.departmentStatus && action !== "publish" && action !== "correct") {
    return { ok: false, code: "CONFLICT", message: `所属部门决算已“${STATUS_LABELS[ctx.departmentStatus]}”，成员单位的决算不能变动；如需修改，请财政局先退回部门决算` };
  }
  if (action === "withdraw" && ctx.reviewStarted) return { ok: false, code: "CONFLICT", message: "审核人员已开始审核，不能撤回；如需修改，请联系审核人员退回" };
  const reason = (ctx.reason ?? "").trim();
  if (t.reasonRequired && !reason) return { ok: false, code: "INVALID", message: `${t.label}必须填写原因` };
  if (reason.length > MAX_REASON_LENGTH) return { ok: false, code: "INVALID", message: `原因最多 ${MAX_REASON_LENGTH} 个字符（当前 ${reason.length} 个）` };
  if (isUnsafeText(reason, { multiline: true })) return { ok: false, code: "INVALID", message: unsafeTextMessage("原因") };
  return { ok: true, transition: t, reason: reason || null };
}

/** The actions this role could take on a report in this status (for buttons; the server re-checks). */
export function availableActions(role: Role, status: ReportStatus, reviewLevel: ReviewLevel = "finance"): WorkflowAction[] {
  return ACTIONS.filter(
    (a) => TRANSITIONS[a].from.includes(status) && can(role, TRANSITIONS[a].permission) && (!REVIEW_STEPS.includes(a) || reviewsAt(role, reviewLevel)),
  );
}
