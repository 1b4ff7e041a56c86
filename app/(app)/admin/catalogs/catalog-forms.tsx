"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { ConfirmActionButton } from "@/components/confirm-action-button";
import { editOrAddTrigger, FormDialog } from "@/components/form-dialog";
import { useActionDialog } from "@/components/use-action-dialog";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { createCatalogYear, deleteSubject, saveSubject } from "@/lib/actions/catalog";
import { CATALOG_KIND_LABEL, type CatalogKind } from "@/lib/catalog/codes";
import { newYearSchema, subjectSchema, type SubjectInput } from "@/lib/validation/catalog";

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
