import "server-only";
/**
 * The administrator's reads: the unit register, the accounts and the yearly catalogs. Each takes
 * the signed-in user and checks the permission itself, so no page can show them to anyone else.
 */
import { can, type Permission } from "@/lib/authz";
import type { CatalogKind } from "@/lib/catalog/codes";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/session";

function assertMay(user: CurrentUser, permission: Permission) {
  if (!can(user.role, permission)) throw new AppError("FORBIDDEN", "无权执行此操作");
}

/** Every unit, in code order (the tree is built from parentId). */
export async function loadUnits(user: CurrentUser) {
  assertMay(user, "unit:manage");
  return db.unit.findMany({ orderBy: { code: "asc" } });
}

/** Every account with its unit and covered units, and the units to choose from. */
export async function loadUsersAndUnits(user: CurrentUser) {
  assertMay(user, "user:manage");
  return Promise.all([
    db.user.findMany({ orderBy: [{ role: "asc" }, { login: "asc" }], include: { unit: true, scopes: { include: { unit: true } } } }),
    db.unit.findMany({ orderBy: { code: "asc" } }),
  ]);
}

/** The catalog years, newest first. Staff see them too: a report can be started only for a published year. */
export async function loadCatalogYears(user: CurrentUser) {
  assertMay(user, "catalog:read");
  return db.catalogYear.findMany({ orderBy: { year: "desc" } });
}

/** One page of a year's catalog, filtered by a code prefix or a name fragment. */
export async function loadSubjects(user: CurrentUser, filter: { year: number; kind: CatalogKind; q: string; take: number }) {
  assertMay(user, "catalog:read");
  const where = {
    year: filter.year,
    kind: filter.kind,
    ...(filter.q ? { OR: [{ code: { startsWith: filter.q } }, { name: { contains: filter.q } }] } : {}),
  };
  const [subjects, total] = await Promise.all([db.subjectCode.findMany({ where, orderBy: { code: "asc" }, take: filter.take }), db.subjectCode.count({ where })]);
  return { subjects, total };
}

/** A whole year's catalog of one kind, for export. */
export async function loadCatalog(user: CurrentUser, year: number, kind: CatalogKind) {
  assertMay(user, "catalog:read");
  return db.subjectCode.findMany({ where: { year, kind }, orderBy: { code: "asc" } });
}

/** The staff member's own unit. */
export async function loadOwnUnit(user: CurrentUser) {
  return user.unitId ? db.unit.findUnique({ where: { id: user.unitId } }) : null;
}

/** Open requests from units for 项 codes their year's catalog lacks, oldest first, with who asked and whether the parent exists. */
export async function loadSubjectRequests(user: CurrentUser) {
  assertMay(user, "catalog:manage");
  const requests = await db.subjectRequest.findMany({
    where: { status: "OPEN" },
    orderBy: { createdAt: "asc" },
    take: 200,
    include: { report: { select: { unit: { select: { code: true, name: true } } } }, requestedBy: { select: { displayName: true } } },
  });
  const parents = await db.subjectCode.findMany({
    where: { kind: "FUNCTION", OR: requests.map((r) => ({ year: r.year, code: r.code.slice(0, 5) })) },
    select: { year: true, code: true },
  });
  return requests.map((r) => ({
    id: r.id,
    year: r.year,
    code: r.code,
    name: r.name,
    note: r.note,
    unit: r.report.unit.name,
    by: r.requestedBy.displayName,
    at: r.createdAt,
    parentMissing: !parents.some((p) => p.year === r.year && p.code === r.code.slice(0, 5)),
  }));
}
