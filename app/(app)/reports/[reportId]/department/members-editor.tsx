"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { consolidateDepartment, setDepartmentMembers } from "@/lib/actions/departments";

/** 汇总: recomputes the department's tables from its members now. */
export function ConsolidateButton({ reportId }: { reportId: string }) {
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error" | "warning"; text: string } | null>(null);
  const router = useRouter();
  return (
    <div className="flex flex-col items-end gap-2">
      <Button
        disabled={pending}
        onClick={() =>
          start(async () => {
            const res = await consolidateDepartment({ reportId });
            if (!res.ok) return setMessage({ tone: "error", text: res.message });
            const { members, findings } = res.data;
            setMessage(findings.length ? { tone: "warning", text: `已汇总 ${members} 个成员单位，发现 ${findings.length} 处内部往来问题` } : { tone: "success", text: `已汇总 ${members} 个成员单位` });
            router.refresh();
          })
        }
      >
        {pending ? "正在汇总…" : "汇总成员单位"}
      </Button>
      {message && <div data-testid="consolidate-result"><Alert tone={message.tone}>{message.text}</Alert></div>}
    </div>
  );
}

interface Candidate { id: string; code: string; name: string; elsewhere: string | null }

/** The member list as checkboxes: included or not, and 并入本级. Saved as a whole. */
export function MembersEditor({ reportId, members, candidates }: { reportId: string; members: { unitId: string; merged: boolean }[]; candidates: Candidate[] }) {
  const [chosen, setChosen] = useState(() => new Map(members.map((m) => [m.unitId, m.merged])));
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const router = useRouter();
  const toggle = (id: string, on: boolean) => setChosen((c) => { const n = new Map(c); if (on) n.set(id, false); else n.delete(id); return n; });
  const merge = (id: string, merged: boolean) => setChosen((c) => new Map(c).set(id, merged));
  return (
    <div className="mt-4 rounded-md border border-slate-200 p-3" data-testid="members-editor">
      <p className="text-sm font-medium">调整成员单位：勾选纳入本部门决算的单位，并标明预算不单列、并入本级的单位</p>
      <ul className="mt-2 space-y-1 text-sm">
        {candidates.map((c) => (
          <li key={c.id} className="flex flex-wrap items-center gap-4">
            <label className="flex items-center gap-2">
              <input type="checkbox" checked={chosen.has(c.id)} disabled={!!c.elsewhere} onChange={(e) => toggle(c.id, e.target.checked)} />
              {c.name}
              {c.elsewhere && <span className="text-xs text-slate-500">（已列入「{c.elsewhere}」）</span>}
            </label>
            {chosen.has(c.id) && (
              <label className="flex items-center gap-2 text-slate-600">
                <input type="checkbox" checked={chosen.get(c.id)} onChange={(e) => merge(c.id, e.target.checked)} />
                预算不单列，并入本级
              </label>
            )}
          </li>
        ))}
      </ul>
      <div className="mt-3 flex items-center gap-3">
        <Button
          variant="secondary"
          disabled={pending}
          onClick={() =>
            start(async () => {
              const list = candidates.filter((c) => chosen.has(c.id)).map((c) => ({ unitId: c.id, merged: chosen.get(c.id)! }));
              const res = await setDepartmentMembers({ reportId, members: list });
              setError(res.ok ? null : res.message);
              if (res.ok) router.push(`/reports/${reportId}/department`);
            })
          }
        >
          保存成员单位
        </Button>
        {error && <p role="alert" className="text-sm text-seal">{error}</p>}
        <a className="text-sm text-slate-600 underline" href={`/reports/${reportId}/department`}>取消</a>
      </div>
    </div>
  );
}
