"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { set, useFieldArray, useForm, type FieldErrors, type Resolver } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { saveOverview } from "@/lib/actions/narrative";
import { chineseOrdinal } from "@/lib/narrative/numerals";
import { DUTIES_MAX, DUTY_MAX, ORGANIZATION_MAX, overviewSchema, type StoredOverview } from "@/lib/narrative/stored";

// useFieldArray keeps objects, not strings.
interface Values {
  duties: { text: string }[];
  organization: string;
}

const toStored = (v: Values): StoredOverview => ({ duties: v.duties.map((d) => d.text), organization: v.organization });

/** Schema paths ("duties.2") to form paths ("duties.2.text"). */
function formPath(path: readonly PropertyKey[]): string {
  if (path[0] === "duties" && typeof path[1] === "number") return `duties.${path[1]}.text`;
  if (path[0] === "duties") return "duties.root";
  return path.map(String).join(".") || "root";
}

const resolver: Resolver<Values> = async (values) => {
  const r = overviewSchema.safeParse(toStored(values));
  if (r.success) return { values, errors: {} };
  const errors: FieldErrors<Values> = {};
  for (const issue of r.error.issues) set(errors, formPath(issue.path), { type: "custom", message: issue.message });
  return { values: {}, errors };
};

type Notice = { tone: "error" | "success"; text: string } | null;

export function OverviewEditor({ reportId, version: initialVersion, overview }: { reportId: string; version: number; overview: StoredOverview }) {
  const [version, setVersion] = useState(initialVersion);
  const [notice, setNotice] = useState<Notice>(null);
  const router = useRouter();
  const form = useForm<Values>({
    resolver,
    mode: "onChange",
    defaultValues: { duties: overview.duties.map((text) => ({ text })), organization: overview.organization },
  });
  const duties = useFieldArray({ control: form.control, name: "duties" });
  const { errors, isDirty, isSubmitting } = form.formState;
  // Until the script runs, a click would submit the bare HTML form and lose the entries.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  useEffect(() => {
    if (!isDirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [isDirty]);

  async function onSave(values: Values) {
    setNotice(null);
    const res = await saveOverview({ reportId, baseVersion: version, overview: toStored(values) });
    if (!res.ok) {
      setNotice({ tone: "error", text: res.message });
      for (const [key, message] of Object.entries(res.fieldErrors ?? {})) {
        const path = key.split(".").slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
        form.setError(formPath(path) as Parameters<typeof form.setError>[0], { message });
      }
      return;
    }
    setVersion(res.data.version);
    form.reset(values);
    setNotice({ tone: "success", text: "单位概况已保存" });
    router.refresh();
  }

  const invalid = () => setNotice({ tone: "error", text: "未保存：请先修改标红的内容" });

  return (
    <form onSubmit={form.handleSubmit(onSave, invalid)} noValidate className="space-y-6 rounded-lg bg-white p-6 shadow-sm">
      <div data-testid="overview-notice" aria-live="polite">
        {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      </div>

      <fieldset className="space-y-3">
        <legend className="mb-2 text-base font-semibold">一、单位职责</legend>
        <p className="text-sm text-slate-500">每条一项，按公开顺序排列，每条最多 {DUTY_MAX} 个字符；编号（一）（二）……由系统生成，不必填写。</p>
        {duties.fields.length === 0 && <p className="text-sm text-slate-500">尚无职责，请点击“添加一条职责”。</p>}
        <ol className="space-y-3">
          {duties.fields.map((field, i) => {
            const label = `第 ${i + 1} 条职责`;
            const error = errors.duties?.[i]?.text?.message;
            return (
              <li key={field.id} className="flex gap-3" data-testid="duty">
                <span className="w-12 shrink-0 pt-2 text-right font-serif text-slate-600">（{chineseOrdinal(i + 1)}）</span>
                <div className="flex-1 space-y-1">
                  <Textarea
                    rows={2}
                    aria-label={label}
                    aria-invalid={error ? true : undefined}
                    defaultValue={field.text}
                    {...form.register(`duties.${i}.text`)}
                  />
                  {error && (
                    <p role="alert" className="text-xs text-seal">
                      {error}
                    </p>
                  )}
                </div>
                <div className="flex shrink-0 flex-col gap-1">
                  <Button variant="ghost" size="sm" aria-label={`上移${label}`} disabled={i === 0} onClick={() => duties.move(i, i - 1)}>
                    上移
                  </Button>
                  <Button variant="ghost" size="sm" aria-label={`下移${label}`} disabled={i === duties.fields.length - 1} onClick={() => duties.move(i, i + 1)}>
                    下移
                  </Button>
                  <Button variant="ghost" size="sm" aria-label={`删除${label}`} onClick={() => duties.remove(i)}>
                    删除
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
        {errors.duties?.root?.message && (
          <p role="alert" className="text-xs text-seal">
            {errors.duties.root.message}
          </p>
        )}
        <Button variant="secondary" size="sm" disabled={duties.fields.length >= DUTIES_MAX} onClick={() => duties.append({ text: "" })}>
          添加一条职责
        </Button>
      </fieldset>

      <fieldset>
        <legend className="mb-2 text-base font-semibold">二、机构设置</legend>
        <Field id="organization" label="内设机构及所属单位" error={errors.organization?.message} hint={`最多 ${ORGANIZATION_MAX} 个字符；分段请换行`}>
          <Textarea id="organization" rows={6} aria-invalid={errors.organization ? true : undefined} defaultValue={overview.organization} {...form.register("organization")} />
        </Field>
      </fieldset>

      <div className="flex items-center justify-end gap-3">
        {isDirty && <span className="text-sm text-amber-700">有尚未保存的修改</span>}
        <Button type="submit" disabled={!hydrated || isSubmitting}>
          保存单位概况
        </Button>
      </div>
    </form>
  );
}
