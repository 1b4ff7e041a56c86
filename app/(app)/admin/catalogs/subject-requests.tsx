"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { settleSubjectRequest } from "@/lib/actions/catalog";

/** 补充 adds the requested code to the year's catalog in one step; 驳回 asks for the reason the unit is told. */
export function SettleRequestButtons({ id, code, name, year }: { id: string; code: string; name: string; year: number }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const router = useRouter();
  const run = (input: Parameters<typeof settleSubjectRequest>[0]) =>
    start(async () => {
      const res = await settleSubjectRequest(input);
      setError(res.ok ? null : res.message);
      if (res.ok) router.refresh();
    });
  return (
    <span className="inline-flex items-center gap-2">
      <Button size="sm" disabled={pending} onClick={() => run({ id, decision: "add" })} aria-label={`补充 ${code} ${name} 到 ${year} 年度`}>
        补充到 {year} 年度
      </Button>
      <Button
        size="sm"
        variant="ghost"
        disabled={pending}
        onClick={() => {
          const reason = window.prompt(`驳回补充 ${code}「${name}」的原因（将告知申请单位）`);
          if (reason !== null) run({ id, decision: "reject", reason });
        }}
      >
        驳回
      </Button>
      {error && <span role="alert" className="text-xs text-seal">{error}</span>}
    </span>
  );
}
