import { NextResponse } from "next/server";
import { openDataIndex, publicPath } from "@/lib/data/public";

/** The open-data index of one year: every published version of every unit, with its files' addresses. */
export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const { year } = await params;
  if (!/^(19|20)\d{2}$/.test(year)) return NextResponse.json({ message: "年度不正确" }, { status: 404 });
  const origin = new URL(request.url).origin;
  const rows = await openDataIndex(Number(year));
  const disclosures = rows.map((r) => {
    const base = `${origin}${publicPath(r.unitCode, Number(year), r.number)}`;
    return {
      unitCode: r.unitCode,
      unit: r.unitName,
      department: r.departmentName,
      year: Number(year),
      version: r.number,
      current: r.current,
      publishedAt: r.publishedAt.toISOString(),
      correctionNote: r.correctionNote,
      page: base,
      json: `${base}/files/data.json`,
      pdf: `${base}/files/disclosure.pdf`,
      xlsx: `${base}/files/disclosure.xlsx`,
      csv: Object.fromEntries(["t01", "t02", "t03", "t04", "t05", "t06", "t07", "t08", "t09"].map((t) => [t, `${base}/files/${t}.csv`])),
    };
  });
  return NextResponse.json({ year: Number(year), format: "docs/domain/disclosure-json.md", disclosures }, { headers: { "cache-control": "public, max-age=60" } });
}
