"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { ConfirmActionButton } from "@/components/confirm-action-button";
import { editOrAddTrigger, FormDialog } from "@/components/form-dialog";
import { useActionDialog } from "@/components/use-action-dialog";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { createCatalogYear, deleteSubject, importCatalog, saveSubject } from "@/lib/actions/catalog";
import { CATALOG_KIND_LABEL, type CatalogKind } from "@/lib/catalog/codes";
import { newYearSchema, subjectSchema, type SubjectInput } from "@/lib/validation/catalog";

const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export function SubjectDialog({ year, kind, subject }: { year: number; kind: CatalogKind; subject?: { code: string; name: string; explanation: string } }) {
  const form = useForm<SubjectInput>({
    resolver: zodResolver(subjectSchema) as unknown as Resolver<SubjectInput>,
    defaultValues: { year, kind, code: subject?.code ?? "", name: subject?.name ?? "", explanation: subject?.explanation ?? "", editing: !!subject },
  });
  const { errors } = form.formState;
  const dialog = useActionDialog(form, { resetOnSuccess: !subject, save: saveSubject });
  return (
    <FormDialog
      {...dialog}
      title={subject ? `编辑科目 ${subject.code}` : `新增${CATALOG_KIND_LABEL[kind]}科目（${year} 年度）`}
      trigger={editOrAddTrigger(!!subject, "新增科目")}
    >
      <Field id="subject-code" label="科目编码" error={errors.code?.message} hint={kind === "FUNCTION" ? "类 3 位、款 5 位、项 7 位" : "类 3 位、款 5 位"}>
        <Input id="subject-code" inputMode="numeric" disabled={!!subject} {...form.register("code")} />
      </Field>
      <Field id="subject-name" label="科目名称" error={errors.name?.message}>
        <Input id="subject-name" {...form.register("name")} />
      </Field>
      <Field id="subject-explanation" label="说明（用于名词解释，“反映……”）" error={errors.explanation?.message}>
        <Textarea id="subject-explanation" rows={4} {...form.register("explanation")} />
      </Field>
    </FormDialog>
  );
}

export function DeleteSubjectButton({ year, kind, code, name }: { year: number; kind: CatalogKind; code: string; name: string }) {
  return <ConfirmActionButton label="删除" confirm={`确定删除科目“${code} ${name}”吗？`} action={() => deleteSubject({ year, kind, code })} />;
}


export function ImportDialog({ year, kind }: { year: number; kind: CatalogKind }) {
  const [open, setOpen] = useState(false);
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ tone: "error" | "success"; message: string; errors?: string[] } | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const router = useRouter();

  function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) return setResult({ tone: "error", message: "请选择要导入的文件" });
    if (file.size > MAX_UPLOAD_BYTES) {
      return setResult({ tone: "error", message: `文件过大（${(file.size / 1024 / 1024).toFixed(1)} MB），上限为 5 MB，未导入任何科目` });
    }
    const data = new FormData(e.currentTarget);
    start(async () => {
      try {
        const res = await importCatalog(data);
        if (res.ok) {
          setResult({ tone: "success", message: `导入成功：新增 ${res.data.added} 个科目，更新 ${res.data.updated} 个科目` });
          router.refresh();
        } else {
          setResult({ tone: "error", message: res.message, errors: res.errors });
        }
      } catch {
        setResult({ tone: "error", message: "上传失败：文件过大或网络中断，未导入任何科目" });
      }
    });
  }

  return (
    <FormDialog
      open={open}
      onOpenChange={(o) => { setOpen(o); setResult(null); }}
      title={`导入 ${year} 年度${CATALOG_KIND_LABEL[kind]}科目`}
      description="支持 .xlsx 或 .csv，第一行为表头：科目编码、科目名称，可选“说明”。全部校验通过才会导入；已有编码将更新名称和说明。"
      trigger={<Button variant="secondary">导入</Button>}
      onSubmit={submit}
      submitLabel={pending ? "正在导入…" : "开始导入"}
      busy={pending}
      cancelLabel="关闭"
    >
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="kind" value={kind} />
      <Field id="catalog-file" label="科目文件">
        <input id="catalog-file" ref={fileRef} name="file" type="file" accept=".xlsx,.csv" className="block w-full text-sm" />
      </Field>
      {result && (
        <Alert tone={result.tone} title={result.message}>
          {result.errors && (
            <ul className="mt-1 max-h-64 list-disc overflow-y-auto pl-5" data-testid="import-errors">
              {result.errors.slice(0, 200).map((err, i) => <li key={i}>{err}</li>)}
              {result.errors.length > 200 && <li>……另有 {result.errors.length - 200} 处问题</li>}
            </ul>
          )}
        </Alert>
      )}
    </FormDialog>
  );
}

export function NewYearDialog({ years }: { years: number[] }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const router = useRouter();
  const latest = years[0];
  type Values = { year: string; copyFrom: string };
  const form = useForm<Values>({
    resolver: zodResolver(newYearSchema) as unknown as Resolver<Values>,
    defaultValues: { year: String((latest ?? new Date().getFullYear() - 1) + 1), copyFrom: latest ? String(latest) : "" },
  });
  async function onSubmit(values: Values) {
    setError(null);
    const res = await createCatalogYear(values);
    if (!res.ok) return setError(res.message);
    setOpen(false);
    router.push(`/admin/catalogs?year=${res.data.year}`);
    router.refresh();
  }
  return (
    <FormDialog
      open={open}
      onOpenChange={(o) => { setOpen(o); setError(null); }}
      title="新建科目年度"
      trigger={<Button variant="secondary">新建年度</Button>}
      onSubmit={form.handleSubmit(onSubmit)}
      error={error}
      submitLabel="创建"
      busy={form.formState.isSubmitting}
    >
      <Field id="new-year" label="年度" error={form.formState.errors.year?.message}>
        <Input id="new-year" inputMode="numeric" {...form.register("year")} />
      </Field>
      <Field id="copy-from" label="复制自" hint="复制上年度的全部科目后再按新版科目修改；也可以建立空年度后导入">
        <Select id="copy-from" {...form.register("copyFrom")}>
          <option value="">不复制（空年度）</option>
          {years.map((y) => <option key={y} value={y}>{y} 年度</option>)}
        </Select>
      </Field>
    </FormDialog>
  );
}
