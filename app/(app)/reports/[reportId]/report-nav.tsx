"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/cn";

const PARTS = [
  { path: "", label: "决算表填报" },
  { path: "/overview", label: "单位概况" },
  { path: "/narrative", label: "情况说明" },
  { path: "/performance", label: "绩效" },
  { path: "/import", label: "导入与离线填报" },
  { path: "/preview", label: "公开预览" },
  { path: "/history", label: "操作记录" },
] as const;

export function ReportNav({ reportId }: { reportId: string }) {
  const pathname = usePathname();
  const base = `/reports/${reportId}`;
  return (
    <nav aria-label="报表各部分" className="no-print mb-4 flex flex-wrap gap-1 border-b border-slate-200">
      {PARTS.map((p) => {
        const href = base + p.path;
        const active = p.path === "" ? pathname === base : pathname.startsWith(href);
        return (
          <Link key={p.path} href={href} aria-current={active ? "page" : undefined} className={cn("-mb-px border-b-2 px-4 py-2 text-sm", active ? "border-brand-600 font-medium text-brand-800" : "border-transparent text-slate-600 hover:text-slate-900")}>
            {p.label}
          </Link>
        );
      })}
    </nav>
  );
}
