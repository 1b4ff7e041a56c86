import { NextResponse, type NextRequest } from "next/server";
import { CATALOG_KIND_LABEL } from "@/lib/catalog/codes";
import { buildCatalogWorkbook, toEntries } from "@/lib/catalog/export";
import { loadCatalog } from "@/lib/data/admin";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http";
import { requirePermission } from "@/lib/session";
import { catalogKindSchema, catalogYearSchema } from "@/lib/validation/catalog";
import { parseInput } from "@/lib/validation/parse";

export async function GET(req: NextRequest) {
  try {
    const user = await requirePermission("catalog:read");
    const year = parseInput(catalogYearSchema, req.nextUrl.searchParams.get("year"));
    const kind = parseInput(catalogKindSchema, req.nextUrl.searchParams.get("kind"));
    const rows = await loadCatalog(user, year, kind);
    if (rows.length === 0) throw new AppError("NOT_FOUND", `${year} 年度${CATALOG_KIND_LABEL[kind]}没有科目`);
    const bytes = await buildCatalogWorkbook(kind, year, toEntries(rows));
    const fileName = encodeURIComponent(`${year}年${CATALOG_KIND_LABEL[kind]}科目.xlsx`);
    return new NextResponse(new Uint8Array(bytes), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename*=UTF-8''${fileName}`,
      },
    });
  } catch (e) {
    return errorResponse(e);
  }
}
