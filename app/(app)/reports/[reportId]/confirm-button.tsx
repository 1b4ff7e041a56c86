"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { confirmPublication } from "@/lib/actions/workflow";

/** Records one of the unit's two publication statements, after asking. */
export function ConfirmButton({ reportId, version, kind, label }: { reportId: string; version: number; kind: "secrecyReview" | "signOff"; label: string }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const router = useRouter();
  return (
    <>
      <Button
        size="sm"
        variant="secondary"
        disabled={pending}
        onClick={() =>
          start(async () => {
            if (!window.confirm(`${label}？确认后将记录确认人和时间。`)) return;
            const res = await confirmPublication({ reportId, kind, expectedVersion: version });
            setError(res.ok ? null : res.message);
            if (res.ok) router.refresh();
          })
        }
      >
        {label}
      </Button>
      {error && <span role="alert" className="text-xs text-seal">{error}</span>}
    </>
  );
}
