"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select, Textarea } from "@/components/ui/input";
import { addComment } from "@/lib/actions/workflow";

export interface CommentView {
  id: string;
  tableKey: string | null;
  cell: string | null;
  where: string;
  body: string;
  author: string;
  createdAt: string;
  versionNumber: number;
}

export interface ChangeView {
  where: string;
  before: string;
  after: string;
}

/** Review comments, newest first; each cell comment jumps to its cell. */
export function CommentsPanel({
  reportId,
  comments,
  canComment,
  activeTable,
  activeTableName,
  selectedCell,
  selectedCellLabel,
  onJump,
}: {
  reportId: string;
  comments: CommentView[];
  canComment: boolean;
  activeTable: string;
  activeTableName: string;
  selectedCell: string | null;
  selectedCellLabel: string | null;
  onJump(cell: string | null, table: string | null): void;
}) {
  const [scope, setScope] = useState<"report" | "table" | "cell">("report");
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const router = useRouter();

  function submit() {
    setError(null);
    const target = scope === "cell" ? { cell: selectedCell } : scope === "table" ? { tableKey: activeTable } : {};
    if (scope === "cell" && !selectedCell) return setError("请先在表格中点选要批注的单元格");
    start(async () => {
      const res = await addComment({ reportId, body, ...target });
      if (!res.ok) return setError(res.message);
      setBody("");
      router.refresh();
    });
  }

  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4" data-testid="comments-panel">
      <h2 className="font-medium">审核意见</h2>
      {comments.length === 0 && <p className="mt-1 text-xs text-slate-500">暂无审核意见</p>}
      <ol className="mt-2 max-h-80 space-y-2 overflow-y-auto text-sm">
        {comments.map((c) => (
          <li key={c.id} className="rounded border border-amber-200 bg-amber-50 px-3 py-2" data-testid="comment">
            <button type="button" className="text-left text-xs text-amber-900 underline decoration-dotted" onClick={() => onJump(c.cell, c.tableKey)}>
              {c.where}
            </button>
            <p className="mt-1 whitespace-pre-wrap">{c.body}</p>
            <p className="mt-1 text-xs text-slate-500">{c.author} · {c.createdAt} · 第 {c.versionNumber} 次上报</p>
          </li>
        ))}
      </ol>
      {canComment && (
        <div className="mt-3 space-y-2 border-t border-slate-100 pt-3">
          <Select aria-label="意见针对" value={scope} onChange={(e) => setScope(e.target.value as typeof scope)}>
            <option value="report">针对整个报表</option>
            <option value="table">针对当前表：{activeTableName}</option>
            <option value="cell">针对选中的单元格{selectedCellLabel ? `：${selectedCellLabel}` : "（请先点选单元格）"}</option>
          </Select>
          <Textarea aria-label="审核意见内容" rows={3} value={body} onChange={(e) => setBody(e.target.value)} placeholder="写明问题所在和修改要求" />
          {error && <Alert tone="error">{error}</Alert>}
          <Button size="sm" onClick={submit} disabled={pending}>添加意见</Button>
        </div>
      )}
    </div>
  );
}

/** What changed since the previous submission, cell by cell. */
export function ChangesPanel({ changes, versions }: { changes: ChangeView[] | null; versions: string }) {
  if (changes === null) return null;
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4" data-testid="changes-panel">
      <h2 className="font-medium">与上次上报相比的变化</h2>
      <p className="text-xs text-slate-500">{versions}</p>
      {changes.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">数据没有变化</p>
      ) : (
        <table className="mt-2 w-full text-xs">
          <thead className="text-left text-slate-500">
            <tr><th className="py-1">位置</th><th className="py-1 text-right">原值（元）</th><th className="py-1 text-right">新值（元）</th></tr>
          </thead>
          <tbody>
            {changes.map((c, i) => (
              <tr key={i} className="border-t border-slate-100" data-testid="change">
                <td className="py-1 pr-2">{c.where}</td>
                <td className="py-1 text-right tabular-nums text-slate-500 line-through">{c.before}</td>
                <td className="py-1 text-right tabular-nums font-medium">{c.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
