import "server-only";
import { withoutProject } from "@/lib/performance/document";
import type { CurrentUser } from "@/lib/session";
import { changeDocument, conflict, type DocumentWrite } from "./document-write";

/** Removes a project and its 重点绩效评价报告. */
export async function deleteProject(user: CurrentUser, write: DocumentWrite & { projectId: string }): Promise<{ version: number }> {
  const version = await changeDocument(user, write, "deleteProject", { projectId: write.projectId }, (doc) => {
    if (!doc.projects.some((p) => p.id === write.projectId)) throw conflict();
    return withoutProject(doc, write.projectId);
  });
  return { version };
}
