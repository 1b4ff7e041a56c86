"use client";
import { memo } from "react";
import type { RuleMessage } from "@/lib/reports/rule-summary";
import { cn } from "@/lib/cn";

/** Failed rules, errors first; each one jumps to its table and cell. */
export const RuleList = memo(function RuleList({ messages, onJump }: { messages: RuleMessage[]; onJump(m: RuleMessage): void }) {
  if (messages.length === 0) return null;
  const sorted = [...messages].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  return (
    <ol className="mt-3 max-h-[70vh] space-y-2 overflow-y-auto text-sm" aria-label="审核问题" data-testid="rule-list">
      {sorted.map((m, i) => (
        <li key={i}>
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
        </li>
      ))}
    </ol>
  );
});
