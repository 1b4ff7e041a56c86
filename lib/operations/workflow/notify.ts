import "server-only";
import type { ReviewLevel } from "@/lib/authz";
import type { Tx } from "@/lib/operations/report-lock";
import type { WorkflowAction } from "@/lib/workflow/transitions";

const NOTICE: Record<WorkflowAction, (unit: string, year: number, who: string) => string> = {
  submit: (unit, year, who) => `${unit} ${year} 年度决算已由${who}上报，待审核`,
  withdraw: (unit, year, who) => `${unit} ${year} 年度决算已由${who}撤回`,
  return: (unit, year, who) => `${unit} ${year} 年度决算被${who}退回，请按审核意见修改`,
  approve: (unit, year, who) => `${unit} ${year} 年度决算已由${who}审核通过，请在 20 日内公开`,
  reopen: (unit, year, who) => `${unit} ${year} 年度决算的审核通过已被${who}撤销并退回`,
  publish: (unit, year, who) => `${unit} ${year} 年度决算已由${who}公开`,
  correct: (unit, year, who) => `${unit} ${year} 年度决算已由${who}发起更正，更正版须重新上报审核`,
};

interface NotifiedReport {
  id: string;
  year: number;
  unitId: string;
  unit: { name: string; path: string };
}

/**
 * Submissions go to the reviewers of the report's level covering the unit (a member unit's to its
 * department's reviewers, every other to the 财政局's); decisions go to the unit's staff. In the step's transaction.
 */
export async function notifyTransition(tx: Tx, report: NotifiedReport, action: WorkflowAction, actor: string, reason: string | null, level: ReviewLevel = "finance") {
  const ancestors = report.unit.path.split("/").filter(Boolean);
  const recipients =
    action === "submit" || action === "withdraw" || action === "correct"
      ? await tx.user.findMany({
          where: { role: level === "department" ? "DEPARTMENT_REVIEWER" : "REVIEWER", active: true, scopes: { some: { OR: [{ unitId: report.unitId }, { includeSubtree: true, unitId: { in: ancestors } }] } } },
          select: { id: true },
        })
      : await tx.user.findMany({ where: { role: "UNIT_STAFF", active: true, unitId: report.unitId }, select: { id: true } });
  const message = NOTICE[action](report.unit.name, report.year, actor) + (reason ? `。原因：${reason.slice(0, 200)}` : "");
  if (recipients.length) {
    await tx.notification.createMany({ data: recipients.map((r) => ({ userId: r.id, reportId: report.id, kind: action, message })) });
  }
}
