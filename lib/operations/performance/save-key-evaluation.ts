import "server-only";
import { withKeyEvaluation } from "@/lib/performance/document";
import type { CurrentUser } from "@/lib/session";
import type { FieldIssue } from "@/lib/performance/field-issues";
import { checkKeyEvaluationDraft, checkKeyEvaluationInput } from "@/lib/validation/performance/project-entry";
import { changeDocument, conflict, refused, type DocumentWrite } from "./document-write";

/**
 * Writes or replaces the 重点绩效评价报告 of one project. The form is checked under the lock: its
 * name and 主管部门 come from the project as stored, its year from the report. A form the check
 * refuses is kept as a draft (checkKeyEvaluationDraft) and its problems answered in `issues`.
 */
export async function saveKeyEvaluation(user: CurrentUser, write: DocumentWrite & { projectId: string; form: unknown }): Promise<{ version: number; issues: readonly FieldIssue[] }> {
  let issues: readonly FieldIssue[] = [];
  const version = await changeDocument(user, write, "saveKeyEvaluation", { projectId: write.projectId }, (doc, report) => {
    const project = doc.projects.find((p) => p.id === write.projectId);
    if (!project) throw conflict();
    const checked = checkKeyEvaluationInput(write.form, project, report.year);
    if (checked.ok) return withKeyEvaluation(doc, project.id, checked.value);
    const draft = checkKeyEvaluationDraft(write.form, project, report.year);
    if (!draft.ok) throw refused(draft.issues);
    issues = checked.issues;
    return withKeyEvaluation(doc, project.id, draft.value);
  });
  return { version, issues };
}
