"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm, type FieldPath, type Resolver } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { saveInternalFlows } from "@/lib/actions/departments";
import { FLOW_LINES, type FlowLine } from "@/lib/consolidation/flows";
import { flowsSchema, type FlowsForm } from "@/lib/validation/departments";

type Lines = Record<FlowLine, { label: string; table: string; codes: { code: string; amount: string }[] }>;
type Row = FlowsForm["flows"][number];

export function FlowsEditor({ reportId, editable, flows, counterparts, lines }: {
  reportId: string;
  editable: boolean;
  flows: Row[];
  counterparts: { id: string; name: string }[];
  lines: Lines;
}) {
  const router = useRouter();
  const [notice, setNotice] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<FlowsForm>({ resolver: zodResolver(flowsSchema) as unknown as Resolver<FlowsForm>, defaultValues: { reportId, flows } });
  const rows = useFieldArray({ control: form.control, name: "flows" });
  const watched = form.watch("flows");
  const { errors, isSubmitting } = form.formState;

  async function onSave() {
    setNotice(null);
    const res = await saveInternalFlows(form.getValues());
    if (!res.ok) {
      setNotice({ tone: "error", text: res.message });
      for (const [key, message] of Object.entries(res.fieldErrors ?? {})) form.setError(key as FieldPath<FlowsForm>, { message });
      return;
    }
    form.reset(form.getValues());
    setNotice({ tone: "success", text: `内部往来已保存：${res.data.count} 条，合计 ${res.data.total} 元` });
    router.refresh();
  }

  const firstLine = FLOW_LINES.find((l) => lines[l].codes.length > 0) ?? "SUPERIOR_INCOME";
  const add = () => rows.append({ line: firstLine, counterpartUnitId: counterparts[0]?.id ?? "", code: lines[firstLine].codes[0]?.code ?? "", amount: "" });

  return (
    <form onSubmit={form.handleSubmit(onSave, () => setNotice({ tone: "error", text: "未保存：请先修改标红的内容" }))} noValidate className="space-y-4 rounded-lg bg-white p-6 shadow-sm">
      <div aria-live="polite" data-testid="flows-notice">{notice && <Alert tone={notice.tone}>{notice.text}</Alert>}</div>
      <table className="w-full text-sm" data-testid="flows-table">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th className="px-2 py-2 font-medium">往来项目</th>
            <th className="px-2 py-2 font-medium">对方单位</th>
            <th className="px-2 py-2 font-medium">科目（本单位表中该项目有金额的科目）</th>
            <th className="px-2 py-2 font-medium">金额（元）</th>
            {editable && <th className="px-2 py-2"><span className="sr-only">操作</span></th>}
          </tr>
        </thead>
        <tbody>
          {rows.fields.map((field, i) => {
            const line = watched[i]?.line ?? field.line;
            const rowErrors = errors.flows?.[i];
            const codes = lines[line].codes;
            return (
              <tr key={field.id} className="border-t border-slate-100 align-top">
                <td className="px-2 py-2">
                  <Select aria-label={`第 ${i + 1} 条往来项目`} disabled={!editable} {...form.register(`flows.${i}.line`)}>
                    {FLOW_LINES.map((l) => <option key={l} value={l}>{lines[l].label}</option>)}
                  </Select>
                </td>
                <td className="px-2 py-2">
                  <Select aria-label={`第 ${i + 1} 条对方单位`} disabled={!editable} aria-invalid={!!rowErrors?.counterpartUnitId} {...form.register(`flows.${i}.counterpartUnitId`)}>
                    <option value="">请选择</option>
                    {counterparts.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
                  </Select>
                </td>
                <td className="px-2 py-2">
                  <Select aria-label={`第 ${i + 1} 条科目`} disabled={!editable} aria-invalid={!!rowErrors?.code} {...form.register(`flows.${i}.code`)}>
                    <option value="">请选择</option>
                    {codes.map((c) => <option key={c.code} value={c.code}>{`${c.code}（${lines[line].table}：${c.amount} 元）`}</option>)}
                    {watched[i]?.code && !codes.some((c) => c.code === watched[i].code) && <option value={watched[i].code}>{`${watched[i].code}（本单位表中该项目无此科目金额）`}</option>}
                  </Select>
                  {rowErrors?.code && <p className="mt-1 text-xs text-seal">{rowErrors.code.message}</p>}
                </td>
                <td className="px-2 py-2">
                  <Input aria-label={`第 ${i + 1} 条金额（元）`} inputMode="decimal" disabled={!editable} aria-invalid={!!rowErrors?.amount} className="text-right" {...form.register(`flows.${i}.amount`)} />
                  {rowErrors?.amount && <p className="mt-1 text-xs text-seal">{rowErrors.amount.message}</p>}
                </td>
                {editable && (
                  <td className="px-2 py-2"><Button type="button" variant="ghost" size="sm" onClick={() => rows.remove(i)}>删除</Button></td>
                )}
              </tr>
            );
          })}
          {rows.fields.length === 0 && <tr><td colSpan={5} className="px-2 py-6 text-center text-slate-500">没有与本部门其他单位的往来</td></tr>}
        </tbody>
      </table>
      {editable ? (
        <div className="flex gap-3">
          <Button type="button" variant="secondary" onClick={add} disabled={counterparts.length === 0}>添加一条</Button>
          <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "正在保存…" : "保存内部往来"}</Button>
        </div>
      ) : (
        <p className="text-sm text-slate-500">报表已上报或已审核，内部往来为只读。</p>
      )}
    </form>
  );
}
