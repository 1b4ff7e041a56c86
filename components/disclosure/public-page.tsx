import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findPublishedDisclosure, parsePublicAddress } from "@/lib/data/public";
import { PublicDisclosure } from "./public-disclosure";

/** Route segments of a public disclosure page; `version` is absent on the current version's address. */
export type PublicPageParams = Promise<{ unitCode: string; year: string; version?: string }>;

async function load(params: PublicPageParams) {
  const { unitCode, year, version } = await params;
  const address = parsePublicAddress(unitCode, year, version);
  return address && (await findPublishedDisclosure(address));
}

export async function publicPageMetadata(params: PublicPageParams): Promise<Metadata> {
  const d = await load(params);
  return { title: d ? `${d.model.title}（第${d.meta.versionNumber}版）` : "未找到" };
}

/** A published version, or the 404 page — the same for a missing, an unpublished and a malformed address. */
export async function PublicPage({ params }: { params: PublicPageParams }) {
  const disclosure = await load(params);
  if (!disclosure) notFound();
  return <PublicDisclosure disclosure={disclosure} />;
}
