"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Textarea } from "@/components/ui/input";
import { transitionReport } from "@/lib/actions/workflow";
import { TRANSITIONS, type WorkflowAction } from "@/lib/workflow/transitions";

/** The workflow buttons this user may press now; the server checks everything again. */
export function WorkflowBar({ reportId, version, actions, hasUnsaved }: { reportId: string; version: number; actions: WorkflowAction[]; hasUnsaved?: boolean }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [reasonFor, setReasonFor] = useState<WorkflowAction | null>(null);
  const [reason, setReason] = useState("");
  const router = useRouter();

  function run(action: WorkflowAction, withReason?: string) {
    setError(null);
    start(async () => {
      const res = await transitionReport({ reportId, action, expectedVersion: version, reason: withReason ?? null });
      if (!res.ok) {
        setError(res.message);
        return;
      }
      setReasonFor(null);
      setReason("");
      router.refresh();
    });
  }

  if (actions.length === 0) return null;
  return (
    <div className="mb-4 rounded-lg border border-slate-200 bg-white p-4" data-testid="workflow-bar">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm text-slate-600">流程操作：</span>
        {actions.map((a) => {
          const t = TRANSITIONS[a];
          const danger = a === "return" || a === "reopen";
          return (
            <Button
              key={a}
              variant={danger ? "danger" : a === "withdraw" ? "secondary" : "primary"}
              disabled={pending}
              onClick={() => {
                if (t.reasonRequired) return setReasonFor(a);
                if (a === "submit" && hasUnsaved) return setError("有尚未保存的表，请先保存后再上报");
                if (window.confirm(`确定${t.label}吗？`)) run(a);
              }}
            >
              {t.label}
            </Button>
          );
        })}
      </div>
      {error && <div className="mt-3"><Alert tone="error">{error}</Alert></div>}
      <Dialog open={reasonFor !== null} onOpenChange={(o) => !o && setReasonFor(null)} title={reasonFor ? TRANSITIONS[reasonFor].label : ""} description={reasonFor === "correct" ? "请写明更正了什么：这段说明将随更正版公开。已公开的版本保持不变，更正版须重新上报审核。" : "请写明原因，单位填报人员将看到这段文字。"}>
        <div className="space-y-3">
          <label className="block text-sm font-medium" htmlFor="transition-reason">{reasonFor === "correct" ? "更正说明" : "原因"}</label>
          <Textarea id="transition-reason" rows={4} value={reason} onChange={(e) => setReason(e.target.value)} />
          {error && <Alert tone="error">{error}</Alert>}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setReasonFor(null)}>取消</Button>
            <Button variant="danger" disabled={pending} onClick={() => reasonFor && run(reasonFor, reason)}>确认{reasonFor ? TRANSITIONS[reasonFor].label : ""}</Button>
          </div>
        </div>
      </Dialog>
    </div>
  );
}
