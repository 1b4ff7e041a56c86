"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { createReport } from "@/lib/actions/reports";

export function CreateReport({ years }: { years: number[] }) {
  const [year, setYear] = useState(String(years[0] ?? ""));
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const router = useRouter();
  if (years.length === 0) return null;
  return (
    <div className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <label className="text-sm">
        <span className="mb-1 block font-medium text-slate-700">新建决算年度</span>
        <Select value={year} onChange={(e) => setYear(e.target.value)} className="w-40" aria-label="决算年度">
          {years.map((y) => <option key={y} value={y}>{y} 年度</option>)}
        </Select>
      </label>
      <Button
        disabled={pending}
        onClick={() =>
          start(async () => {
            const res = await createReport({ year });
            if (!res.ok) return setError(res.message);
            router.push(`/reports/${res.data.id}`);
          })
        }
      >
        创建决算
      </Button>
      {error && <div className="w-full"><Alert tone="error">{error}</Alert></div>}
    </div>
  );
}
