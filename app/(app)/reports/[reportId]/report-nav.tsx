"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/cn";

const PARTS = [
  { path: "", label: "决算表填报" },
  { path: "/department", label: "成员单位与汇总", only: "department" },
  { path: "/flows", label: "内部往来", only: "member" },
  { path: "/overview", label: "单位概况" },
  { path: "/narrative", label: "情况说明" },
  { path: "/performance", label: "绩效" },
  { path: "/import", label: "导入与离线填报" },
  { path: "/preview", label: "公开预览" },
  { path: "/history", label: "操作记录" },
] as const;

/** A 部门决算 adds its members and consolidation; a unit under a department, its internal flows; 导入 is for typed tables only. */
export function ReportNav({ reportId, kind }: { reportId: string; kind: "unit" | "member" | "department" }) {
  const pathname = usePathname();
  const base = `/reports/${reportId}`;
  return (
    <nav aria-label="报表各部分" className="no-print mb-4 flex flex-wrap gap-1 border-b border-slate-200">
      {PARTS.filter((p) => (!("only" in p) || p.only === kind) && !(kind === "department" && p.path === "/import")).map((p) => {
        const href = base + p.path;
        const active = p.path === "" ? pathname === base : pathname.startsWith(href);
        return (
          <Link key={p.path} href={href} aria-current={active ? "page" : undefined} className={cn("-mb-px border-b-2 px-4 py-2 text-sm", active ? "border-brand-600 font-medium text-brand-800" : "border-transparent text-slate-600 hover:text-slate-900")}>
            {kind === "department" && p.path === "/overview" ? "部门概况" : p.label}
          </Link>
        );
      })}
    </nav>
  );
}
