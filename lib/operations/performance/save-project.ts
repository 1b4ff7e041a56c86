import "server-only";
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/errors";
import { projectNameTaken, withProject } from "@/lib/performance/document";
import type { CurrentUser } from "@/lib/session";
import type { CheckedProject } from "@/lib/validation/performance/project-entry";
import { changeDocument, conflict, type DocumentWrite } from "./document-write";

/** Adds a project (no id) or replaces one: its 自评表, or its reported score. */
export async function saveProject(user: CurrentUser, write: DocumentWrite & { project: CheckedProject }): Promise<{ version: number; projectId: string }> {
  const { project } = write;
  const id = project.id ?? randomUUID();
  const version = await changeDocument(user, write, project.id ? "updateProject" : "addProject", { projectId: id, name: project.name }, (doc) => {
    if (project.id && !doc.projects.some((p) => p.id === id)) throw conflict();
    if (projectNameTaken(doc, project.name, id)) {
      throw new AppError("INVALID", `未保存：项目“${project.name}”已在汇总表中，项目名称不能重复`, { name: "项目名称不能重复" });
    }
    return withProject(doc, { ...project, id });
  });
  return { version, projectId: id };
}
