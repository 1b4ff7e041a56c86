import "server-only";
import { withoutKeyEvaluation } from "@/lib/performance/document";
import type { CurrentUser } from "@/lib/session";
import { changeDocument, conflict, type DocumentWrite } from "./document-write";

export async function deleteKeyEvaluation(user: CurrentUser, write: DocumentWrite & { projectId: string }): Promise<{ version: number }> {
  const version = await changeDocument(user, write, "deleteKeyEvaluation", { projectId: write.projectId }, (doc) => {
    if (!doc.keyEvaluations.some((k) => k.projectId === write.projectId)) throw conflict();
    return withoutKeyEvaluation(doc, write.projectId);
  });
  return { version };
}
