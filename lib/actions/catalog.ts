"use server";
import { revalidatePath } from "next/cache";
import { audit } from "@/lib/audit";
import { validateCatalogEntries, type CatalogKind } from "@/lib/catalog/codes";
import { copyCatalogEntries } from "@/lib/catalog/copy";
import { parseCatalogFile } from "@/lib/catalog/import";
import { insertCatalogEntries } from "@/lib/data/catalog-write";
import { db } from "@/lib/db";
import { AppError, toActionError, type ActionResult } from "@/lib/errors";
import { requirePermission } from "@/lib/session";
import { catalogKindSchema, catalogYearSchema, newYearSchema, subjectKeySchema, subjectSchema } from "@/lib/validation/catalog";
import { parseInput } from "@/lib/validation/parse";

const SUBJECT_LEVEL_DB = { 类: "CLASS", 款: "SECTION", 项: "ITEM" } as const;

async function requireYear(year: number) {
  const y = await db.catalogYear.findUnique({ where: { year } });
  if (!y) throw new AppError("NOT_FOUND", `${year} 年度的科目编码尚未建立`);
}

export async function createCatalogYear(input: unknown): Promise<ActionResult<{ year: number; copied: number }>> {
  try {
    const admin = await requirePermission("catalog:manage");
    const { year, copyFrom } = parseInput(newYearSchema, input);
    const copied = await db.$transaction(async (tx) => {
      if (await tx.catalogYear.findUnique({ where: { year } })) throw new AppError("INVALID", `${year} 年度已存在`, { year: "该年度已存在" });
      await tx.catalogYear.create({ data: { year, note: copyFrom ? `由 ${copyFrom} 年度复制` : null } });
      let count = 0;
      if (copyFrom) {
        const source = await tx.subjectCode.findMany({ where: { year: copyFrom }, orderBy: { code: "asc" } });
        if (source.length === 0) throw new AppError("INVALID", `${copyFrom} 年度没有可复制的科目`, { copyFrom: "该年度没有科目" });
        for (const kind of ["FUNCTION", "ECONOMIC"] as CatalogKind[]) {
          const entries = copyCatalogEntries(source.filter((s) => s.kind === kind));
          const checked = validateCatalogEntries(kind, entries);
          if (!checked.ok) throw new AppError("INVALID", `复制失败：${checked.errors.slice(0, 3).join("；")}`);
          await insertCatalogEntries(tx, year, kind, checked.entries);
          count += entries.length;
        }
      }
      await audit(tx, { actorId: admin.id, action: "catalog.createYear", detail: { year, copyFrom, copied: count } });
      return count;
    });
    revalidatePath("/admin/catalogs");
    return { ok: true, data: { year, copied } };
  } catch (e) {
    return toActionError(e);
  }
}

export async function saveSubject(input: unknown): Promise<ActionResult> {
  try {
    const admin = await requirePermission("catalog:manage");
    const s = parseInput(subjectSchema, input);
    await requireYear(s.year);
    await db.$transaction(async (tx) => {
      const existing = await tx.subjectCode.findMany({ where: { year: s.year, kind: s.kind }, select: { code: true } });
      const others = existing.map((e) => e.code).filter((c) => c !== s.code);
      const checked = validateCatalogEntries(s.kind, [{ code: s.code, name: s.name, explanation: s.explanation }], { existingCodes: others });
      if (!checked.ok) throw new AppError("INVALID", checked.errors.join("；"));
      const [entry] = checked.entries;
      const found = existing.some((e) => e.code === s.code);
      if (s.editing) {
        if (!found) throw new AppError("NOT_FOUND", `科目“${s.code}”不存在`);
        await tx.subjectCode.update({
          where: { year_kind_code: { year: s.year, kind: s.kind, code: s.code } },
          data: { name: entry.name, explanation: entry.explanation ?? null },
        });
      } else {
        if (found) throw new AppError("INVALID", `科目编码“${s.code}”已存在`, { code: "科目编码已存在" });
        await tx.subjectCode.create({
          data: { year: s.year, kind: s.kind, code: entry.code, name: entry.name, explanation: entry.explanation ?? null, level: SUBJECT_LEVEL_DB[entry.level], parentCode: entry.parentCode },
        });
      }
      await audit(tx, { actorId: admin.id, action: s.editing ? "catalog.updateSubject" : "catalog.createSubject", detail: { year: s.year, kind: s.kind, code: s.code, name: entry.name } });
    });
    revalidatePath("/admin/catalogs");
    return { ok: true };
  } catch (e) {
    return toActionError(e);
  }
}

export async function deleteSubject(input: unknown): Promise<ActionResult> {
  try {
    const admin = await requirePermission("catalog:manage");
    const { year, kind, code } = parseInput(subjectKeySchema, input);
    await db.$transaction(async (tx) => {
      const subject = await tx.subjectCode.findUnique({ where: { year_kind_code: { year, kind, code } } });
      if (!subject) throw new AppError("NOT_FOUND", `科目“${code}”不存在`);
      const children = await tx.subjectCode.count({ where: { year, kind, parentCode: code } });
      if (children > 0) throw new AppError("INVALID", `科目“${code} ${subject.name}”下还有 ${children} 个下级科目，请先删除下级科目`);
      // A code is in use when any report of that year uses it or one of its descendants.
      const used = await tx.reportTable.findMany({
        where: { report: { year }, usedCodes: { has: code } },
        select: { report: { select: { unit: { select: { name: true } } } } },
        take: 3,
      });
      if (used.length > 0) {
        const units = [...new Set(used.map((u) => u.report.unit.name))].join("、");
        throw new AppError("INVALID", `科目“${code} ${subject.name}”已被 ${year} 年度的决算使用（${units}），不能删除`);
      }
      await tx.subjectCode.delete({ where: { id: subject.id } });
      await audit(tx, { actorId: admin.id, action: "catalog.deleteSubject", detail: { year, kind, code, name: subject.name } });
    });
    revalidatePath("/admin/catalogs");
    return { ok: true };
  } catch (e) {
    return toActionError(e);
  }
}

/** All or nothing: new codes are added and existing ones updated in one transaction, or nothing changes. */
export async function importCatalog(formData: FormData): Promise<ActionResult<{ added: number; updated: number }>> {
  try {
    const admin = await requirePermission("catalog:manage");
    const year = parseInput(catalogYearSchema, formData.get("year"));
    const kind = parseInput(catalogKindSchema, formData.get("kind"));
    const file = formData.get("file");
    if (!(file instanceof File) || !file.name) throw new AppError("INVALID", "请选择要导入的文件");
    await requireYear(year);

    const existing = await db.subjectCode.findMany({ where: { year, kind }, select: { code: true } });
    const existingCodes = new Set(existing.map((e) => e.code));
    const parsed = await parseCatalogFile(file.name, new Uint8Array(await file.arrayBuffer()), kind, { existingCodes });
    if (!parsed.ok) return { ok: false, code: "INVALID", message: `导入失败，文件中有 ${parsed.errors.length} 处问题，未导入任何科目`, errors: parsed.errors };

    const toUpdate = parsed.entries.filter((e) => existingCodes.has(e.code));
    const toAdd = parsed.entries.filter((e) => !existingCodes.has(e.code));
    await db.$transaction(async (tx) => {
      await insertCatalogEntries(tx, year, kind, toAdd);
      for (const e of toUpdate) {
        await tx.subjectCode.update({ where: { year_kind_code: { year, kind, code: e.code } }, data: { name: e.name, explanation: e.explanation ?? null } });
      }
      await audit(tx, { actorId: admin.id, action: "catalog.import", detail: { year, kind, file: file.name, added: toAdd.length, updated: toUpdate.length } });
    }, { timeout: 60_000 });
    revalidatePath("/admin/catalogs");
    return { ok: true, data: { added: toAdd.length, updated: toUpdate.length } };
  } catch (e) {
    return toActionError(e);
  }
}

