"use client";
import { useRouter } from "next/navigation";
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useState } from "react";
import { useForm, type FieldPath } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { saveOverview } from "@/lib/actions/narrative";
import { chineseOrdinal } from "@/lib/narrative/numerals";
import { DUTIES_MAX, DUTY_MAX, ORGANIZATION_MAX, overviewSchema, type OverviewForm, type StoredOverview } from "@/lib/validation/overview";
import { SaveBar } from "../narrative/save-bar";
import { useEditorGuard } from "../narrative/use-editor-guard";
import { splitPastedDuties } from "@/lib/narrative/duty-list";

type Notice = { tone: "error" | "success" | "warning"; text: string } | null;

/** The drag data of a duty being reordered: its index. */
const DUTY_DRAG = "application/x-duty-index";
export function OverviewEditor({
  reportId,
  version: initialVersion,
  overview,
  problems = {},
  dutiesTitle = "一、单位职责",
}: {
  reportId: string;
  version: number;
  overview: StoredOverview;
  problems?: Record<string, string>;
  /** As the disclosure prints it: a department's is 一、部门职责. */
  dutiesTitle?: string;
}) {
  const [version, setVersion] = useState(initialVersion);
  const [notice, setNotice] = useState<Notice>(null);
  const router = useRouter();
  // The one schema validates the form; the server action parses the same schema again.
  const form = useForm<OverviewForm, unknown, StoredOverview>({ resolver: zodResolver(overviewSchema), mode: "onChange", defaultValues: overview });
  const { errors, isDirty, isSubmitting } = form.formState;
  // A stored draft: mark what it still lacks, as the save that stored it did.
  useEffect(() => {
    for (const [key, message] of Object.entries(problems)) form.setError(key as FieldPath<OverviewForm>, { message });
  }, [problems, form]);
  const { hydrated } = useEditorGuard(isDirty);
  const duties = form.watch("duties");
  // Duties are plain strings, so the list is edited as a whole (move, remove, add).
  const setDuties = (next: string[]) => form.setValue("duties", next, { shouldDirty: true, shouldValidate: true });
  const move = (from: number, to: number) => {
    const next = [...duties];
    next.splice(to, 0, ...next.splice(from, 1));
    setDuties(next);
  };
  // Reordering by mouse: a duty dragged by its handle (its index as DUTY_DRAG data) is dropped onto the place it should take.
  const [dragged, setDragged] = useState<number | null>(null);
  /** Alt+↑/↓ moves the duty being edited, and the cursor goes with it. */
  const moveByKey = (e: React.KeyboardEvent<HTMLTextAreaElement>, i: number) => {
    const to = e.key === "ArrowUp" ? i - 1 : e.key === "ArrowDown" ? i + 1 : -1;
    if (!e.altKey || to < 0 || to >= duties.length) return;
    e.preventDefault();
    move(i, to);
    const list = e.currentTarget.closest("ol");
    requestAnimationFrame(() => list?.querySelectorAll("textarea")[to]?.focus());
  };

  async function onSave(values: OverviewForm) {
    setNotice(null);
    const res = await saveOverview({ reportId, baseVersion: version, overview: values });
    if (!res.ok) {
      setNotice({ tone: "error", text: res.message });
      // The action names fields "overview.duties.2"; the form names them "duties.2".
      for (const [key, message] of Object.entries(res.fieldErrors ?? {})) {
        form.setError((key.split(".").slice(1).join(".") || "root") as FieldPath<OverviewForm>, { message });
      }
      return;
    }
    setVersion(res.data.version);
    form.reset(values);
    const { draft } = res.data;
    if (draft) {
      // Kept as typed; the marks stay until fixed, and the report cannot be submitted before.
      for (const [key, message] of Object.entries(draft.fieldErrors)) form.setError((key === "_" ? "root" : key) as FieldPath<OverviewForm>, { message });
      setNotice({ tone: "warning", text: `已保存为草稿，上报前还需修改：${draft.summary}` });
    } else {
      setNotice({ tone: "success", text: "单位概况已保存" });
    }
    router.refresh();
  }

  /** Checks fail in the browser: store what was typed anyway (the server keeps it as a draft, or names what it cannot store). */
  const invalid = () => onSave(form.getValues());

  return (
    <form onSubmit={form.handleSubmit(onSave, invalid)} noValidate className="space-y-6 rounded-lg bg-white p-6 shadow-sm">
      <div data-testid="overview-notice" aria-live="polite">
        {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      </div>

      <fieldset className="space-y-3">
        <legend className="mb-2 text-base font-semibold">{dutiesTitle}</legend>
        <p className="text-sm text-slate-500">每条一项，按公开顺序排列（拖动左侧 ⠿ 或按 Alt+↑/↓ 调整顺序），每条最多 {DUTY_MAX} 个字符；编号（一）（二）……由系统生成，不必填写；从 Word 复制的整份职责清单可粘贴到空白的一条中，系统按行拆分并去掉原编号。</p>
        {duties.length === 0 && <p className="text-sm text-slate-500">尚无职责，请点击“添加一条职责”。</p>}
        <ol className="space-y-3">
          {duties.map((text, i) => {
            const label = `第 ${i + 1} 条职责`;
            const error = errors.duties?.[i]?.message;
            return (
              <li
                key={i}
                className={dragged === i ? "flex gap-3 opacity-50" : "flex gap-3"}
                data-testid="duty"
                onDragOver={(e) => e.dataTransfer.types.includes(DUTY_DRAG) && e.preventDefault()}
                onDrop={(e) => {
                  const from = Number(e.dataTransfer.getData(DUTY_DRAG));
                  if (!e.dataTransfer.types.includes(DUTY_DRAG)) return;
                  e.preventDefault();
                  if (Number.isInteger(from) && from !== i) move(from, i);
                  setDragged(null);
                }}
              >
                <span
                  draggable
                  onDragStart={(e) => {
                    e.dataTransfer.effectAllowed = "move";
                    e.dataTransfer.setData(DUTY_DRAG, String(i));
                    // Changing the page while dragstart runs cancels the drag in Chromium: dim it just after.
                    setTimeout(() => setDragged(i), 0);
                  }}
                  onDragEnd={() => setDragged(null)}
                  className="cursor-grab select-none pt-2 text-slate-400"
                  title="拖动以调整顺序（或在文本框中按 Alt+↑/↓）"
                  aria-hidden="true"
                  data-testid="duty-handle"
                >
                  ⠿
                </span>
                <span className="w-12 shrink-0 pt-2 text-right font-serif text-slate-600">（{chineseOrdinal(i + 1)}）</span>
                <div className="flex-1 space-y-1">
                  <Textarea
                    rows={2}
                    aria-label={label}
                    aria-invalid={error ? true : undefined}
                    value={text}
                    onChange={(e) => setDuties(duties.with(i, e.target.value))}
                    onKeyDown={(e) => moveByKey(e, i)}
                    onPaste={(e) => {
                      // A list pasted into an empty duty becomes that many duties, numbering removed.
                      if (text.trim() !== "") return;
                      const items = splitPastedDuties(e.clipboardData.getData("text/plain"));
                      if (items.length === 0) return;
                      e.preventDefault();
                      setDuties([...duties.slice(0, i), ...items, ...duties.slice(i + 1)].slice(0, DUTIES_MAX));
                    }}
                  />
                  {error && (
                    <p role="alert" className="text-xs text-seal">
                      {error}
                    </p>
                  )}
                </div>
                <div className="flex shrink-0 flex-col gap-1">
                  <Button variant="ghost" size="sm" aria-label={`上移${label}`} disabled={i === 0} onClick={() => move(i, i - 1)}>
                    上移
                  </Button>
                  <Button variant="ghost" size="sm" aria-label={`下移${label}`} disabled={i === duties.length - 1} onClick={() => move(i, i + 1)}>
                    下移
                  </Button>
                  <Button variant="ghost" size="sm" aria-label={`删除${label}`} onClick={() => setDuties(duties.filter((_, j) => j !== i))}>
                    删除
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
        {(errors.duties?.message ?? errors.duties?.root?.message) && (
          <p role="alert" className="text-xs text-seal">
            {errors.duties?.message ?? errors.duties?.root?.message}
          </p>
        )}
        <Button variant="secondary" size="sm" disabled={duties.length >= DUTIES_MAX} onClick={() => setDuties([...duties, ""])}>
          添加一条职责
        </Button>
      </fieldset>

      <fieldset>
        <legend className="mb-2 text-base font-semibold">二、机构设置</legend>
        <Field id="organization" label="内设机构及所属单位" error={errors.organization?.message} hint={`最多 ${ORGANIZATION_MAX} 个字符；分段请换行`}>
          <Textarea id="organization" rows={6} aria-invalid={errors.organization ? true : undefined} defaultValue={overview.organization} {...form.register("organization")} />
        </Field>
      </fieldset>

      <SaveBar label="保存单位概况" isDirty={isDirty} disabled={!hydrated || isSubmitting} />
    </form>
  );
}
