import { findPublishedDisclosure, findPublishedFile, parsePublicAddress, type PublicFile } from "@/lib/data/public";
import { tableCsv } from "@/lib/disclosure/csv";

type Params = Promise<{ unitCode: string; year: string; version: string; file: string }>;

const FILES: Record<string, { kind: PublicFile; type: string; ext: string }> = {
  "disclosure.pdf": { kind: "pdf", type: "application/pdf", ext: "pdf" },
  "disclosure.xlsx": { kind: "xlsx", type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ext: "xlsx" },
  "data.json": { kind: "json", type: "application/json; charset=utf-8", ext: "json" },
};
const CSV = /^(t0[1-9])\.csv$/;
const CHART = /^(fig[1-6])\.svg$/;

const notFound = () => new Response("未找到该公开文件", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

/** A published version's files: stored at publication, never changed, so cacheable forever. */
export async function GET(_request: Request, { params }: { params: Params }) {
  const { unitCode, year, version, file } = await params;
  const address = parsePublicAddress(unitCode, year, version);
  if (!address || address.number === null) return notFound();
  const number = address.number;

  const stored = FILES[file];
  if (stored) {
    const found = await findPublishedFile({ ...address, number }, stored.kind);
    if (!found) return notFound();
    return respond(found.body, stored.type, `${found.unitName}${address.year}年度决算（第${number}版）.${stored.ext}`);
  }
  const csv = CSV.exec(file);
  if (csv) {
    const disclosure = await findPublishedDisclosure(address);
    const grid = disclosure?.model.tables.find((t) => t.key === csv[1]);
    if (!disclosure || !grid) return notFound();
    return respond(new TextEncoder().encode(tableCsv(grid)), "text/csv; charset=utf-8", `${disclosure.unitName}${address.year}年度${grid.number}（第${number}版）.csv`);
  }
  const chart = CHART.exec(file);
  if (chart) {
    const disclosure = await findPublishedDisclosure(address);
    const figure = disclosure?.model.charts.find((c) => c.id === chart[1]);
    if (!figure) return notFound();
    // Shown in the page (an <img> never runs a script); opened alone it may not run one either.
    return respond(new TextEncoder().encode(figure.svg), "image/svg+xml", null, { "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'" });
  }
  return notFound();
}

/** `filename` null: shown in place (a chart), not downloaded. */
function respond(body: Uint8Array, type: string, filename: string | null, extra: Record<string, string> = {}) {
  return new Response(new Uint8Array(body), {
    headers: {
      "content-type": type,
      "content-length": String(body.byteLength),
      // RFC 6266/5987: an ASCII fallback plus the Chinese name.
      ...(filename ? { "content-disposition": `attachment; filename="disclosure.${filename.split(".").pop()}"; filename*=UTF-8''${encodeURIComponent(filename)}` } : {}),
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
      ...extra,
    },
  });
}
