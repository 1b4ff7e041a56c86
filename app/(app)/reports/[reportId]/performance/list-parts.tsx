import { Badge } from "@/components/ui/badge";

/** The heading row of the workspace's lists; the 操作 column only for those who may edit. */
export function ListHead({ columns, editable }: { columns: readonly { label: string; numeric?: boolean }[]; editable: boolean }) {
  return (
    <thead className="border-b border-slate-200 text-left text-slate-600">
      <tr>
        {columns.map((c, i) => (
          <th key={c.label} className={[i === 0 ? "py-2 pr-2" : "pr-2", c.numeric ? "text-right" : ""].join(" ").trim()}>{c.label}</th>
        ))}
        {editable && <th className="text-right">操作</th>}
      </tr>
    </thead>
  );
}

const GRADE_TONES: Record<string, "green" | "blue" | "amber" | "red"> = { 优: "green", 良: "blue", 中: "amber", 差: "red" };

/** Marks a stored draft the save's check would still refuse: submission lists its problems. */
export function DraftBadge({ testId }: { testId: string }) {
  return <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900" data-testid={testId}>草稿·待完善</span>;
}

/** A 等级 as the lists show it. */
export function GradeBadge({ grade }: { grade: string }) {
  return <Badge tone={GRADE_TONES[grade] ?? "gray"}>{grade}</Badge>;
}
