"use client";
import { ConfirmActionButton } from "@/components/confirm-action-button";
import { confirmPublication } from "@/lib/actions/workflow";

/** Records one of the unit's two publication statements, after asking. */
export function ConfirmButton({ reportId, version, kind, label }: { reportId: string; version: number; kind: "secrecyReview" | "signOff"; label: string }) {
  return (
    <ConfirmActionButton
      variant="secondary"
      label={label}
      confirm={`${label}？确认后将记录确认人和时间。`}
      action={() => confirmPublication({ reportId, kind, expectedVersion: version })}
    />
  );
}
