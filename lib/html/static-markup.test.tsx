import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PublicDisclosure } from "@/components/disclosure/public-disclosure";
import type { PublishedDisclosure } from "@/lib/data/public";
import { SEED_PUBLICATION_META } from "@/lib/disclosure/publication-meta";
import { seedDisclosure } from "@/lib/disclosure/seed-model";
import { publicIndexHtml, publicNotFoundHtml, publicPageHtml } from "@/lib/public-page-html";
import { escapeHtml, renderStaticMarkup } from "./static-markup";

const { model } = seedDisclosure();
const published = (versionNumber: number, currentNumber: number): PublishedDisclosure => ({
  id: "p1",
  unitCode: "101001",
  unitName: model.unit.name,
  departmentName: "枣庄市人民政府",
  year: 2024,
  meta: { ...SEED_PUBLICATION_META, versionNumber, correctionNote: versionNumber > 1 ? "更正了公开05表中 <2010301> 的数据 & 说明" : null },
  model,
  versions: [
    { number: 2, publishedAt: new Date("2025-04-01T02:00:00Z"), correctionNote: "更正了公开05表" },
    { number: 1, publishedAt: new Date("2025-03-14T02:00:00Z"), correctionNote: null },
  ].filter((v) => v.number <= currentNumber),
  currentNumber,
});

describe("renderStaticMarkup", () => {
  it.each([
    ["the current version", 2, 2],
    ["a corrected version", 1, 2],
  ])("writes %s of the seed disclosure exactly as react-dom/server does", (_, version, current) => {
    const page = <PublicDisclosure disclosure={published(version, current)} />;
    // React 19 puts a preload hint for each <img> first; the page's <img> tags load them anyway.
    const react = renderToStaticMarkup(page).replace(/^(<link rel="preload" as="image"[^>]*\/>)+/, "");
    expect(renderStaticMarkup(page)).toBe(react);
  });

  it("escapes text and attributes, drops what HTML has no place for, and keeps booleans React keeps", () => {
    const tree = (
      <div className="a&b" title={'"<x>"'} data-ok={true} aria-hidden={false} hidden={false} onClick={() => undefined} style={{ marginTop: 4, fontWeight: "bold" }}>
        {"<script>alert(1)</script>"}
        {0}
        {null}
        {false}
        <br />
        <td colSpan={2} rowSpan={3} tabIndex={0}>x</td>
        <input readOnly maxLength={5} disabled />
      </div>
    );
    expect(renderStaticMarkup(tree)).toBe(renderToStaticMarkup(tree));
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#x27;&amp;&#x27;&lt;/a&gt;");
  });

  it("refuses a component that needs React at run time", () => {
    const Client = Object.assign(() => null, {});
    const Context = { $$typeof: Symbol.for("react.context") };
    expect(renderStaticMarkup(<Client />)).toBe("");
    expect(() => renderStaticMarkup({ $$typeof: Symbol.for("react.transitional.element"), type: Context, props: {}, key: null } as never)).toThrow("静态页面不能包含客户端组件或上下文");
  });
});

describe("the public page document", () => {
  const html = publicPageHtml(published(1, 2), ["/_next/static/chunks/app.css"]);

  it("is a whole static page: language, title, stylesheet, canonical address, no script", () => {
    expect(html.startsWith('<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/>')).toBe(true);
    expect(html).toContain("<title>2024年度枣庄市人民政府办公室本级决算（第1版） · 单位决算公开管理系统</title>");
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/app.css"/>');
    expect(html).toContain('<link rel="canonical" href="/disclosures/101001/2024/v1"/>');
    expect(html).not.toContain("<script");
    expect(html).toContain('data-testid="superseded"');
    expect(html).toContain("更正说明：更正了公开05表");
  });

  it("is a fraction of the App Router page it replaces (~580 KB)", () => {
    expect(Buffer.byteLength(html)).toBeLessThan(250_000);
  });

  it("has a 404 page in the same frame", () => {
    const notFound = publicNotFoundHtml([]);
    expect(notFound).toContain("未找到该公开信息");
    expect(notFound).toContain('href="/disclosures"');
  });
});

describe("the public index document", () => {
  const row = { unitCode: "101001", unitName: model.unit.name, departmentName: "枣庄市人民政府", year: 2024, number: 2, publishedAt: new Date("2025-04-01T02:00:00Z") };
  const listing = { rows: [row], total: 41, pages: 3, years: [2024, 2023], departments: [{ code: "101", name: "枣庄市人民政府" }, { code: "102", name: "枣庄市财政局" }] };
  const filter = { q: `办公室"><script>`, year: 2024, department: "102", page: 2 };
  const html = publicIndexHtml(filter, listing, []);

  it("shows the filter it was asked for, escaped, in a form that works without script", () => {
    expect(html).toContain('<form method="get" action="/disclosures" role="search"');
    expect(html).toContain('value="办公室&quot;&gt;&lt;script&gt;"');
    expect(html).not.toContain("<script");
    expect(html).toContain('<option value="2024" selected="">2024 年度</option>');
    expect(html).toContain('<option value="2023">2023 年度</option>');
    expect(html).toContain('<option value="102" selected="">枣庄市财政局</option>');
    expect(html).toContain('<option value="101">枣庄市人民政府</option>');
  });

  it("lists each current version with its address and pages under the same filter", () => {
    expect(html).toContain(`<a class="text-brand-700 underline" href="/disclosures/101001/2024">${model.unit.name}2024年度决算</a>`);
    expect(html).toContain("第2版（更正）");
    expect(html).toContain("共 41 份");
    expect(html).toContain("第 2 / 3 页");
    const q = encodeURIComponent(filter.q).replace(/%20/g, "+");
    expect(html).toContain(`href="/disclosures?q=${escapeHtml(q)}&amp;year=2024&amp;department=102">上一页`);
    expect(html).toContain(`href="/disclosures?q=${escapeHtml(q)}&amp;year=2024&amp;department=102&amp;page=3">下一页`);
  });

  it("says so when nothing matches", () => {
    const none = publicIndexHtml({ q: "无此单位", year: null, department: null, page: 1 }, { ...listing, rows: [], total: 0, pages: 1 }, []);
    expect(none).toContain("没有符合条件的已公开决算。");
    expect(none).not.toContain("分页");
  });
});
