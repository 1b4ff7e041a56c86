import "server-only";
import { withKeyEvaluation } from "@/lib/performance/document";
import type { CurrentUser } from "@/lib/session";
import { checkKeyEvaluationInput } from "@/lib/validation/performance/project-entry";
import { changeDocument, conflict, refused, type DocumentWrite } from "./document-write";

/**
 * Writes or replaces the 重点绩效评价报告 of one project. The form is checked under the lock: its
 * name and 主管部门 come from the project as stored, its year from the report.
 */
export async function saveKeyEvaluation(user: CurrentUser, write: DocumentWrite & { projectId: string; form: unknown }): Promise<{ version: number }> {
  const version = await changeDocument(user, write, "saveKeyEvaluation", { projectId: write.projectId }, (doc, report) => {
    const project = doc.projects.find((p) => p.id === write.projectId);
    if (!project) throw conflict();
    const checked = checkKeyEvaluationInput(write.form, project, report.year);
    if (!checked.ok) throw refused(checked.issues);
    return withKeyEvaluation(doc, project.id, checked.value);
  });
  return { version };
}
