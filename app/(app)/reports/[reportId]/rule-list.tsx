"use client";
import { memo, useState } from "react";
import { saveExplanation } from "@/lib/actions/workflow";
import { cn } from "@/lib/cn";
import type { CheckMessage } from "@/lib/rules/messages";

/** What the list shows of a failed check: a table rule's message or any part's CheckMessage. */
type ListedCheck = Pick<CheckMessage, "key" | "ruleId" | "severity" | "message">;

interface Props<M extends ListedCheck> {
  reportId: string;
  messages: M[];
  explanations: Record<string, string>;
  canExplain: boolean;
  onJump(m: M): void;
}

/** Failed rules, errors first; each one jumps to its table and cell. Warnings carry the unit's explanation. */
function RuleListItems<M extends ListedCheck>({ reportId, messages, explanations, canExplain, onJump }: Props<M>) {
  if (messages.length === 0) return null;
  const sorted = [...messages].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  return (
    <ol className="mt-3 max-h-[70vh] space-y-2 overflow-y-auto text-sm" aria-label="审核问题" data-testid="rule-list">
      {sorted.map((m) => (
        <li key={m.key}>
          <button
            type="button"
            onClick={() => onJump(m)}
            className={cn(
              "w-full rounded border px-3 py-2 text-left hover:shadow-sm",
              m.severity === "error" ? "border-red-200 bg-red-50 text-red-900" : "border-amber-200 bg-amber-50 text-amber-900",
            )}
          >
            <span className="mr-1 font-mono text-xs">[{m.ruleId}]</span>
            <span className="mr-1 font-medium">{m.severity === "error" ? "错误" : "提示"}</span>
            {m.message}
          </button>
          {m.severity === "warning" && <Explanation reportId={reportId} ruleKey={m.key} initial={explanations[m.key] ?? ""} editable={canExplain} />}
        </li>
      ))}
    </ol>
  );
}

// memo() drops the type parameter; the cast restores it.
export const RuleList = memo(RuleListItems) as typeof RuleListItems;

function Explanation({ reportId, ruleKey, initial, editable }: { reportId: string; ruleKey: string; initial: string; editable: boolean }) {
  const [text, setText] = useState(initial);
  const [saved, setSaved] = useState(initial);
  const [status, setStatus] = useState<string | null>(null);
  if (!editable) {
    return <p className="mt-1 rounded bg-slate-50 px-3 py-1 text-xs text-slate-600">单位说明：{initial || "（未填写）"}</p>;
  }
  return (
    <div className="mt-1">
      <textarea
        aria-label="提示说明"
        rows={2}
        value={text}
        placeholder="上报前须说明此提示的原因"
        onChange={(e) => setText(e.target.value)}
        onBlur={async () => {
          if (text === saved) return;
          const res = await saveExplanation({ reportId, key: ruleKey, text });
          if (res.ok) {
            setSaved(text);
            setStatus("说明已保存");
          } else setStatus(res.message);
        }}
        className={cn("block w-full rounded border px-2 py-1 text-xs", text.trim() ? "border-slate-300" : "border-amber-400 bg-amber-50")}
      />
      {status && <p className="text-xs text-slate-500" role="status">{status}</p>}
    </div>
  );
}
