/**
 * The seed report's whole disclosure (枣庄市人民政府办公室本级, 2024) composed without a database,
 * from the same records the demo seed stores: for the renderers' tests and the bench.
 */
import { FUNCTION_CATALOG_2024 } from "../../prisma/seed-data/catalog-2024";
import { FIXED_GLOSSARY } from "../../prisma/seed-data/glossary-fixed";
import { readFacts } from "../narrative/facts-form";
import { ZAOZHUANG_2024_NARRATIVE_RECORD } from "../narrative/seed/stored-record";
import { ZAOZHUANG_2024_PERFORMANCE_RECORD } from "../performance/seed/stored-record";
import { deriveReport } from "../tables/derive";
import { zaozhuang2024Inputs, zaozhuang2024SubjectNames, ZAOZHUANG_2024_UNIT } from "../tables/seed/zaozhuang-2024";
import { shandong2024 } from "../tables/templates/shandong-2024";
import { readOverview } from "../validation/overview";
import { composeDisclosure, type ComposedDisclosure } from "./model";

export const SEED_UNIT = { code: "101001", name: ZAOZHUANG_2024_UNIT } as const;

export function seedDerived() {
  return deriveReport(shandong2024, zaozhuang2024SubjectNames, zaozhuang2024Inputs);
}

export function seedDisclosure(): ComposedDisclosure {
  const derived = seedDerived();
  const facts = readFacts(ZAOZHUANG_2024_NARRATIVE_RECORD.facts, { unitKind: "administrative", year: 2024 });
  return composeDisclosure({
    template: shandong2024,
    unit: SEED_UNIT,
    year: 2024,
    derived,
    overview: readOverview(ZAOZHUANG_2024_NARRATIVE_RECORD.overview).value,
    facts,
    performance: { document: ZAOZHUANG_2024_PERFORMANCE_RECORD, stored: true },
    fixedGlossary: FIXED_GLOSSARY,
    glossarySubjects: FUNCTION_CATALOG_2024.map((e) => ({ code: e.code, name: e.name, explanation: e.explanation ?? null })),
  });
}
