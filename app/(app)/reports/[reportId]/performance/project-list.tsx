"use client";
/** The 汇总表's projects as the workspace lists them: score, grade, and edit, move and delete. */
import { Button } from "@/components/ui/button";
import type { ProjectView } from "@/lib/performance/document-view";
import { formatAmount, formatScore, MESSAGE_AMOUNT_STYLE } from "@/lib/performance/format";
import { checkProjectInput } from "@/lib/validation/performance/project-entry";
import { DraftBadge, GradeBadge, ListHead } from "./list-parts";

const COLUMNS = [
  { label: "序号" },
  { label: "项目名称" },
  { label: "主管部门" },
  { label: "自评方式" },
  { label: "全年执行数（万元）", numeric: true },
  { label: "得分", numeric: true },
  { label: "等级" },
];

export function ProjectList(props: {
  projects: readonly ProjectView[];
  editable: boolean;
  /** Buttons wait while a change is saving or an editor is open. */
  busy: boolean;
  onEdit: (projectId: string) => void;
  onMove: (projectId: string, step: -1 | 1) => void;
  onDelete: (project: ProjectView) => void;
}) {
  const { projects, editable, busy } = props;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="project-list">
        <ListHead columns={COLUMNS} editable={editable} />
        <tbody>
          {projects.map((p, i) => (
            <tr key={p.project.id} className="border-b border-slate-100" data-project={p.project.name}>
              <td className="py-2 pr-2">{p.index}</td>
              <td className="pr-2">
                {p.project.name}
                {!checkProjectInput(p.project).ok && <DraftBadge testId="project-draft" />}
              </td>
              <td className="pr-2">{p.project.supervisor}</td>
              <td className="pr-2">{p.source === "computed" ? "自评表（系统计分）" : "填报得分"}</td>
              <td className="pr-2 text-right tabular-nums">{p.executed === null ? "—" : formatAmount(p.executed, MESSAGE_AMOUNT_STYLE)}</td>
              <td className="pr-2 text-right tabular-nums" data-testid="project-score">{p.score === null ? "—" : formatScore(p.score)}</td>
              <td className="pr-2" data-testid="project-grade">{p.grade ? <GradeBadge grade={p.grade} /> : "—"}</td>
              {editable && (
                <td className="whitespace-nowrap text-right">
                  <Button variant="ghost" size="sm" disabled={busy} onClick={() => props.onEdit(p.project.id)}>
                    编辑
                  </Button>
                  <Button variant="ghost" size="sm" aria-label={`上移“${p.project.name}”`} disabled={busy || i === 0} onClick={() => props.onMove(p.project.id, -1)}>
                    上移
                  </Button>
                  <Button variant="ghost" size="sm" aria-label={`下移“${p.project.name}”`} disabled={busy || i === projects.length - 1} onClick={() => props.onMove(p.project.id, 1)}>
                    下移
                  </Button>
                  <Button variant="ghost" size="sm" disabled={busy} onClick={() => props.onDelete(p)}>
                    删除
                  </Button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
