"use server";
import { z } from "zod";
import type { ActionResult } from "@/lib/errors";
import { createUnit as create, duplicateUnitCode } from "@/lib/operations/units/create-unit";
import { setUnitActive as setActive } from "@/lib/operations/units/set-unit-active";
import { updateUnit as update } from "@/lib/operations/units/update-unit";
import { isUniqueViolation } from "@/lib/validation/parse";
import { unitSchema, unitUpdateSchema } from "@/lib/validation/units";
import { runOperation } from "./run-action";

const activeSchema = z.object({ id: z.string().min(1).max(64), active: z.boolean() });

/** The code is unique: a clash (also a concurrent one) is named on its field. */
const codeClash = (input: unknown) => ({
  revalidate: "/admin/units",
  mapError: (e: unknown) => (isUniqueViolation(e) ? duplicateUnitCode(String((input as { code?: unknown })?.code ?? "")) : e),
});

export async function createUnit(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runOperation("unit:manage", unitSchema, input, create, codeClash(input));
}

export async function updateUnit(input: unknown): Promise<ActionResult> {
  return runOperation("unit:manage", unitUpdateSchema, input, update, codeClash(input));
}

export async function setUnitActive(input: unknown): Promise<ActionResult> {
  return runOperation("unit:manage", activeSchema, input, setActive, { revalidate: "/admin/units" });
}
