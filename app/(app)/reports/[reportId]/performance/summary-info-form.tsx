"use client";
/** The 自评结果汇总表 header: 部门(单位)名称 (the unit's name when blank) and 填报日期. */
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

export function SummaryInfo(props: {
  editable: boolean;
  unitName: string;
  filedOn: string;
  fallbackUnitName: string;
  pending: boolean;
  onSave: (info: { summaryUnitName: string; summaryFiledOn: string }) => void;
}) {
  const [unitName, setUnitName] = useState(props.unitName);
  const [filedOn, setFiledOn] = useState(props.filedOn);
  return (
    <section aria-labelledby="summary-info-title" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="summary-info-title" className="mb-3 text-lg font-semibold">自评结果汇总表表头</h2>
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          props.onSave({ summaryUnitName: unitName, summaryFiledOn: filedOn });
        }}
      >
        <div className="w-80">
          <Field id="summary-unit" label="部门(单位)名称" hint={`不填时为“${props.fallbackUnitName}”`}>
            <Input id="summary-unit" value={unitName} disabled={!props.editable} placeholder={props.fallbackUnitName} onChange={(e) => setUnitName(e.target.value)} />
          </Field>
        </div>
        <div className="w-48">
          <Field id="summary-date" label="填报日期">
            <Input id="summary-date" type="date" value={filedOn} disabled={!props.editable} onChange={(e) => setFiledOn(e.target.value)} />
          </Field>
        </div>
        {props.editable && (
          <Button type="submit" variant="secondary" disabled={props.pending}>
            保存表头
          </Button>
        )}
      </form>
    </section>
  );
}
