"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/errors";
import { createUnit as create } from "@/lib/operations/units/create-unit";
import { setUnitActive as setActive } from "@/lib/operations/units/set-unit-active";
import { duplicateUnitCode } from "@/lib/operations/units/unit-lock";
import { updateUnit as update } from "@/lib/operations/units/update-unit";
import { requirePermission } from "@/lib/session";
import { isUniqueViolation, parseInput } from "@/lib/validation/parse";
import { unitSchema, unitUpdateSchema } from "@/lib/validation/units";
import { runAction } from "./run-action";

const PAGE = "/admin/units";
const activeSchema = z.object({ id: z.string().min(1).max(64), active: z.boolean() });

/** The code is unique: a clash (also a concurrent one) is named on its field. */
const codeClash = (input: unknown) => (e: unknown) => (isUniqueViolation(e) ? duplicateUnitCode(String((input as { code?: unknown })?.code ?? "")) : e);

export async function createUnit(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const admin = await requirePermission("unit:manage");
    const created = await create(admin, parseInput(unitSchema, input));
    revalidatePath(PAGE);
    return created;
  }, codeClash(input));
}

export async function updateUnit(input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const admin = await requirePermission("unit:manage");
    const { id, ...data } = parseInput(unitUpdateSchema, input);
    await update(admin, id, data);
    revalidatePath(PAGE);
  }, codeClash(input));
}

export async function setUnitActive(input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const admin = await requirePermission("unit:manage");
    await setActive(admin, parseInput(activeSchema, input));
    revalidatePath(PAGE);
  });
}
