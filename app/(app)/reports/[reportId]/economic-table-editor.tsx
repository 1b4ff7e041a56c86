"use client";
/** The editor of 公开06: one amount per economic 款, under its derived 类 sum. */
import { Fragment } from "react";
import { AMOUNT_COLUMN, formatCellAddress } from "@/lib/tables/inputs";
import { DerivedAmount, InputAmount, type EditorProps } from "./table-editor-cells";

export function EconomicEditor(props: EditorProps) {
  const { grid, derived, template } = props;
  const spec = template.tables.t06;
  const t06 = derived.tables.t06;
  const byCode = new Map(t06.blocks.flatMap((b) => b.rows).map((r) => [r.code, r]));
  let r = -1;
  return (
    <table className="disclosure-table max-w-3xl" data-testid="editor-t06">
      <thead>
        <tr>
          <th className="w-24">科目编码</th>
          <th>科目名称</th>
          <th className="w-48">金额（元）</th>
        </tr>
      </thead>
      <tbody>
        {spec.classes.map((cls) => (
          <Fragment key={cls.code}>
            <tr className="font-medium" data-row-key={cls.code}>
              <td className="font-mono text-xs">{cls.code}</td>
              <td>{cls.name}（{cls.group === "personnel" ? "人员经费" : "公用经费"}）</td>
              <DerivedAmount cell={byCode.get(cls.code)?.cell} testId={`t06:${cls.code}`} />
            </tr>
            {cls.items.map((item) => {
              r++;
              return (
                <tr key={item.code} data-row-key={item.code}>
                  <td className="font-mono text-xs">{item.code}</td>
                  <td className="pl-6">{item.name}</td>
                  <InputAmount grid={grid} address={formatCellAddress({ table: "t06", row: item.code, column: AMOUNT_COLUMN })} label={`${item.code} ${item.name}`} r={r} c={0} />
                </tr>
              );
            })}
          </Fragment>
        ))}
        <tr className="font-medium">
          <td colSpan={2} className="text-center">{t06.personnelTotal.label}</td>
          <DerivedAmount cell={t06.personnelTotal.cell} testId="t06:personnelTotal" />
        </tr>
        <tr className="font-medium">
          <td colSpan={2} className="text-center">{t06.publicTotal.label}</td>
          <DerivedAmount cell={t06.publicTotal.cell} testId="t06:publicTotal" />
        </tr>
      </tbody>
    </table>
  );
}
