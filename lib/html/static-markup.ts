/**
 * HTML of a tree of plain React elements — host elements and function components without hooks,
 * the kind the published document is made of — as `renderToStaticMarkup` would write it. Next
 * forbids `react-dom/server` in server code, and the public pages are static documents rendered
 * once per published version (lib/public-pages.ts), so this small writer does it. A component
 * that needs React at run time (hooks, context, a client component) is refused with an error:
 * such a component has no place on a static page. The test compares this writer with
 * react-dom/server on the whole seed disclosure.
 */
import type { ReactElement, ReactNode } from "react";

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
/** React prop → attribute name, where React writes another (the rest keep their names: HTML ignores case). */
const ATTRIBUTE: Readonly<Record<string, string>> = {
  className: "class",
  htmlFor: "for",
  tabIndex: "tabindex",
  httpEquiv: "http-equiv",
  acceptCharset: "accept-charset",
  crossOrigin: "crossorigin",
};
const BOOLEAN = new Set(["hidden", "disabled", "checked", "selected", "readOnly", "required", "multiple", "open"]);
const FRAGMENT = Symbol.for("react.fragment");
const ELEMENT = new Set([Symbol.for("react.transitional.element"), Symbol.for("react.element")]);

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" })[c]!);
}

function isElement(node: unknown): node is ReactElement<Record<string, unknown>> {
  return typeof node === "object" && node !== null && ELEMENT.has((node as { $$typeof?: symbol }).$$typeof!);
}

function styleText(style: Record<string, unknown>): string {
  return Object.entries(style)
    .filter(([, v]) => v !== null && v !== undefined && v !== "")
    .map(([k, v]) => `${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${typeof v === "number" && v !== 0 ? `${v}px` : String(v)}`)
    .join(";");
}

function attributes(props: Record<string, unknown>): string {
  let out = "";
  for (const [prop, value] of Object.entries(props)) {
    if (prop === "children" || prop === "dangerouslySetInnerHTML" || prop === "key" || prop === "ref") continue;
    if (value === null || value === undefined || typeof value === "function" || typeof value === "symbol") continue;
    const name = ATTRIBUTE[prop] ?? prop;
    if (prop === "style" && typeof value === "object") {
      const css = styleText(value as Record<string, unknown>);
      if (css) out += ` style="${escapeHtml(css)}"`;
      continue;
    }
    if (BOOLEAN.has(name)) {
      if (value) out += ` ${name}=""`;
      continue;
    }
    // aria-* and data-* print booleans as words; other attributes drop false.
    if (typeof value === "boolean" && !/^(aria|data)-/.test(name)) continue;
    out += ` ${name}="${escapeHtml(String(value))}"`;
  }
  return out;
}

export function renderStaticMarkup(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string") return escapeHtml(node);
  if (typeof node === "number" || typeof node === "bigint") return String(node);
  if (Array.isArray(node)) return node.map(renderStaticMarkup).join("");
  if (!isElement(node)) throw new Error("静态页面只能包含 React 元素、文字和数字");
  const { type, props } = node;
  if ((type as unknown) === FRAGMENT) return renderStaticMarkup(props.children as ReactNode);
  if (typeof type === "function") return renderStaticMarkup((type as (p: typeof props) => ReactNode)(props));
  if (typeof type !== "string") throw new Error("静态页面不能包含客户端组件或上下文");
  if (VOID.has(type)) return `<${type}${attributes(props)}/>`;
  const inner = props.dangerouslySetInnerHTML as { __html: string } | undefined;
  return `<${type}${attributes(props)}>${inner ? inner.__html : renderStaticMarkup(props.children as ReactNode)}</${type}>`;
}
