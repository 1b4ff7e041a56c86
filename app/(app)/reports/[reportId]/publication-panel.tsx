import Link from "next/link";
import type { Report } from "@/generated/prisma/client";
import { can } from "@/lib/authz";
import { loadPublicationStatus } from "@/lib/data/publication-status";
import { publicPath } from "@/lib/data/public";
import { CONFIRMATION_LABELS } from "@/lib/operations/publication/publication-input";
import type { CurrentUser } from "@/lib/session";
import { daysLeft, publicationDeadline } from "@/lib/workflow/deadline";
import { ConfirmButton } from "./confirm-button";
import { formatDate, formatDateTime } from "@/lib/dates";

/**
 * Publication on the report page: after approval the 20-day countdown and the unit's two
 * statements; once published, the public address and every version; during a 更正 its note.
 */
export async function PublicationPanel({ user, report, unitCode }: { user: CurrentUser; report: Report; unitCode: string }) {
  const { publications, nameOf } = await loadPublicationStatus(user, report);
  const approved = report.status === "APPROVED";
  if (!approved && publications.length === 0) return null;
  const left = approved && report.approvedAt ? daysLeft(report.approvedAt) : null;
  const confirmations = [
    { kind: "secrecyReview" as const, at: report.secrecyReviewedAt, by: report.secrecyReviewedById },
    { kind: "signOff" as const, at: report.signedOffAt, by: report.signedOffById },
  ];
  return (
    <section className="mb-4 rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="publication-panel" aria-label="公开">
      {approved && report.approvedAt && left !== null && (
        <p className={left < 0 ? "font-semibold text-seal" : left <= 5 ? "font-semibold text-amber-800" : "text-slate-700"} data-testid="publication-deadline">
          {left < 0
            ? `已超过公开期限 ${-left} 天（应于 ${formatDate(publicationDeadline(report.approvedAt))} 前公开）`
            : `须于 ${formatDate(publicationDeadline(report.approvedAt))} 前公开，还剩 ${left} 天`}
        </p>
      )}
      {approved && (
        <ul className="mt-2 space-y-1" data-testid="confirmations">
          {confirmations.map((c) => (
            <li key={c.kind} className="flex flex-wrap items-center gap-2">
              {c.at ? (
                <span data-testid={`confirmed-${c.kind}`}>✓ {CONFIRMATION_LABELS[c.kind]}（{nameOf(c.by)}，{formatDateTime(c.at)}）</span>
              ) : can(user.role, "report:confirm") ? (
                <ConfirmButton reportId={report.id} version={report.version} kind={c.kind} label={`确认${CONFIRMATION_LABELS[c.kind]}`} />
              ) : (
                <span className="text-slate-600">待单位确认：{CONFIRMATION_LABELS[c.kind]}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {report.correctionNote && report.status !== "PUBLISHED" && (
        <p className="mt-2 text-amber-900" data-testid="correction-in-progress">更正中（将公开为第 {(publications[0]?.number ?? 0) + 1} 版）。更正说明：{report.correctionNote}</p>
      )}
      {publications.length > 0 && (
        <div className="mt-2">
          <p>
            公开页面：
            <Link className="text-brand-700 underline" href={publicPath(unitCode, report.year)} data-testid="public-link">{publicPath(unitCode, report.year)}</Link>
          </p>
          <ul className="mt-1 list-disc pl-6 text-slate-700" data-testid="published-versions">
            {publications.map((p) => (
              <li key={p.number}>
                <Link className="underline" href={publicPath(unitCode, report.year, p.number)}>第 {p.number} 版</Link>，公开于 {formatDateTime(p.publishedAt)}
                {p.correctionNote && `；更正说明：${p.correctionNote}`}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
