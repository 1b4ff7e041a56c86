import type { PrismaClient } from "../generated/prisma/client";
import { freezeModel } from "../lib/disclosure/frozen-json";
import { openDataJson } from "../lib/disclosure/open-data";
import { renderDisclosurePdf } from "../lib/disclosure/pdf";
import type { PublicationMeta } from "../lib/disclosure/publication-meta";
import { seedDerived, seedDisclosure, SEED_UNIT } from "../lib/disclosure/seed-model";
import { renderDisclosureXlsx } from "../lib/disclosure/xlsx";
import { publicationRow } from "../lib/operations/publication/publication-row";

const DAY = 24 * 60 * 60 * 1000;

/**
 * The seed report as the real unit left it: approved, both statements recorded, published as
 * version 1 — so a newcomer opens /disclosures and sees it. The version is composed from the same
 * records the seed report holds (lib/disclosure/seed-model.ts), as 公开 would compose it.
 */
export async function publishSeedReport(db: PrismaClient, reportId: string, people: { staff: { id: string; displayName: string }; reviewer: { id: string } }) {
  const now = Date.now();
  const meta: PublicationMeta = {
    versionNumber: 1,
    publishedAt: new Date(now).toISOString(),
    secrecyReview: { by: people.staff.displayName, at: new Date(now - 2 * DAY).toISOString() },
    signOff: { by: people.staff.displayName, at: new Date(now - DAY).toISOString() },
    correctionNote: null,
  };
  const { model } = seedDisclosure();
  const [pdf, xlsx] = await Promise.all([renderDisclosurePdf(model, meta), renderDisclosureXlsx(model, meta)]);
  const department = { code: "101", name: "枣庄市人民政府办公室" };
  await db.$transaction([
    db.report.update({
      where: { id: reportId },
      data: { status: "PUBLISHED", version: 4, submittedAt: new Date(now - 5 * DAY), reviewStartedAt: new Date(now - 4 * DAY), approvedAt: new Date(now - 3 * DAY), publishedAt: new Date(now) },
    }),
    db.publication.create({
      data: publicationRow(reportId, people.reviewer.id, {
        meta,
        unit: SEED_UNIT,
        department,
        year: 2024,
        content: freezeModel(model),
        openData: openDataJson({ derived: seedDerived(), model, meta, department: department.name, url: `/disclosures/${SEED_UNIT.code}/2024/v1` }),
        pdf,
        xlsx,
      }),
    }),
  ]);
}
