"use client";
import { memo, useId, useMemo, useState, useTransition, type ClipboardEvent, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { requestSubjectCode } from "@/lib/actions/catalog";
import { cn } from "@/lib/cn";

/** A 项 of the year's function-subject catalog, with its 类/款 path for searching by name. */
export interface SubjectOption {
  code: string;
  name: string;
  path: string;
}

const MAX_SHOWN = 12;

/**
 * Adds a 项 row by code or name. Only the year's catalog offers codes, and only under the
 * template's categories; the 类 and 款 rows appear by themselves.
 */
interface PickerProps {
  reportId: string;
  subjects: SubjectOption[];
  year: number;
  existing: string[];
  allowedClasses: string[];
  onPick(code: string): void;
  /** Whole rows copied with their codes (and names, amounts) are the table's to place. */
  onPasteRows?(e: ClipboardEvent<HTMLInputElement>): void;
}

// Re-rendered only when the rows change, not on every keystroke in the grid. (It is
// keyed by table in the workspace, so `onPick` never points at another table.)
export const SubjectPicker = memo(
  function SubjectPicker(props: PickerProps) {
  const [query, setQuery] = useState("");
  const [index, setIndex] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  /** A 7-digit code the catalog lacks: staff may ask the admin to add it. */
  const [missing, setMissing] = useState<string | null>(null);
  const listId = useId();
  const q = query.trim();

  const matches = useMemo(() => {
    if (!q) return [];
    const taken = new Set(props.existing);
    return props.subjects
      .filter((s) => !taken.has(s.code) && (s.code.startsWith(q) || s.name.includes(q) || s.path.includes(q)))
      .slice(0, MAX_SHOWN);
  }, [q, props.subjects, props.existing]);

  function pick(option: SubjectOption | undefined) {
    if (!option) {
      if (/^\d{7}$/.test(q)) {
        const inTable = props.existing.includes(q);
        setMessage(inTable ? `科目 ${q} 已在表中` : `科目编码 ${q} 不在 ${props.year} 年度的功能分类科目中：请核对编码；确需使用的，可申请系统管理员补充（补充后会通知您）`);
        setMissing(inTable ? null : q);
      } else if (q) {
        setMessage(`没有找到与“${q}”匹配的项级科目`);
      }
      return;
    }
    if (!props.allowedClasses.includes(option.code.slice(0, 3))) {
      setMessage(`科目 ${option.code} 所属的类不在本模板的支出功能分类中`);
      return;
    }
    props.onPick(option.code);
    setQuery("");
    setIndex(0);
    setMessage(null);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setIndex((i) => Math.min(i + 1, matches.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setIndex((i) => Math.max(i - 1, 0));
    } else if (e.key === "Enter") {
      e.preventDefault();
      pick(matches[index] ?? (matches.length === 0 ? undefined : matches[0]));
    } else if (e.key === "Escape") {
      setQuery("");
    }
  }

  return (
    <div className="relative mt-3 max-w-xl">
      <div className="flex gap-2">
        <input
          role="combobox"
          aria-expanded={matches.length > 0}
          aria-controls={listId}
          aria-activedescendant={matches[index] ? `${listId}-${matches[index].code}` : undefined}
          aria-label="添加项级科目（输入编码或名称）"
          placeholder="添加科目：输入 7 位编码或名称，回车确认；或粘贴从 Excel 复制的整行（含编码）"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setIndex(0);
            setMessage(null);
            setMissing(null);
          }}
          onKeyDown={onKeyDown}
          onPaste={props.onPasteRows}
          className="h-9 flex-1 rounded-md border border-slate-300 px-3 text-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100"
        />
        <Button variant="secondary" onClick={() => pick(matches[index])}>添加</Button>
      </div>
      {message && <p role="alert" className="mt-1 text-xs text-seal">{message}</p>}
      {missing && <SubjectRequestForm key={missing} reportId={props.reportId} code={missing} />}
      {matches.length > 0 && (
        <ul id={listId} role="listbox" className="absolute z-10 mt-1 max-h-72 w-full overflow-y-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg">
          {matches.map((m, i) => (
            <li
              key={m.code}
              id={`${listId}-${m.code}`}
              role="option"
              aria-selected={i === index}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(m);
              }}
              className={cn("cursor-pointer px-3 py-1.5", i === index && "bg-brand-50")}
            >
              <span className="font-mono">{m.code}</span> {m.name}
              <span className="ml-2 text-xs text-slate-400">{m.path}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
  },
  (a, b) => a.reportId === b.reportId && a.subjects === b.subjects && a.year === b.year && a.existing.join() === b.existing.join() && a.allowedClasses.join() === b.allowedClasses.join() && a.onPasteRows === b.onPasteRows,
);

/** Asks the admin to add a missing code, with its name as the unit has it from the official catalog. */
function SubjectRequestForm({ reportId, code }: { reportId: string; code: string }) {
  const [name, setName] = useState("");
  const [note, setNote] = useState("");
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  if (result?.ok) return <p role="status" className="mt-1 text-xs text-emerald-700" data-testid="subject-request-sent">{result.text}</p>;
  return (
    <div className="mt-2 rounded-md border border-slate-200 bg-slate-50 p-2 text-xs" data-testid="subject-request">
      <p className="mb-1 font-medium text-slate-700">申请补充科目 {code}</p>
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1">
          科目名称（按《政府收支分类科目》）
          <input className="h-8 w-56 rounded border border-slate-300 px-2" value={name} onChange={(e) => setName(e.target.value)} aria-label={`科目 ${code} 的名称`} />
        </label>
        <label className="flex flex-col gap-1">
          说明（可选）
          <input className="h-8 w-56 rounded border border-slate-300 px-2" value={note} onChange={(e) => setNote(e.target.value)} aria-label="申请说明" />
        </label>
        <Button
          variant="secondary"
          size="sm"
          disabled={pending}
          onClick={() =>
            start(async () => {
              const res = await requestSubjectCode({ reportId, code, name, note });
              setResult(res.ok ? { ok: true, text: `已申请补充科目 ${code}「${name.trim()}」，系统管理员处理后会通知您` } : { ok: false, text: res.message });
            })
          }
        >
          提交申请
        </Button>
      </div>
      {result && !result.ok && <p role="alert" className="mt-1 text-seal">{result.text}</p>}
    </div>
  );
}
