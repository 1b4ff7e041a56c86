import { writeFileSync } from "node:fs";
import { seedDisclosure } from "./lib/disclosure/seed-model";
import { renderDisclosurePdf } from "./lib/disclosure/pdf";
import { SEED_PUBLICATION_META } from "./lib/disclosure/publication-meta";
const m = seedDisclosure().model;
const bytes = await renderDisclosurePdf(m, SEED_PUBLICATION_META);
writeFileSync("/tmp/seed.pdf", bytes);
