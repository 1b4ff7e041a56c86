import "server-only";
import { withProjectMoved } from "@/lib/performance/document";
import type { CurrentUser } from "@/lib/session";
import { changeDocument, type DocumentWrite } from "./document-write";

/** Moves a project one place up or down in the 汇总表 (its 序号). */
export async function moveProject(user: CurrentUser, write: DocumentWrite & { projectId: string; step: -1 | 1 }): Promise<{ version: number }> {
  const { projectId, step } = write;
  const version = await changeDocument(user, write, "moveProject", { projectId, step }, (doc) => withProjectMoved(doc, projectId, step));
  return { version };
}
