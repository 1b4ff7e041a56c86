"use server";
import { z } from "zod";
import type { ActionResult } from "@/lib/errors";
import { createUser as create } from "@/lib/operations/users/create-user";
import { resetPassword as reset } from "@/lib/operations/users/reset-password";
import { setUserActive as setActive } from "@/lib/operations/users/set-user-active";
import { updateUser as update } from "@/lib/operations/users/update-user";
import { duplicateLogin } from "@/lib/operations/users/user-fields";
import { isUniqueViolation } from "@/lib/validation/parse";
import { resetPasswordSchema, userCreateSchema, userUpdateSchema } from "@/lib/validation/users";
import { runOperation } from "./run-action";

const PAGE = "/admin/users";
const activeSchema = z.object({ id: z.string().min(1).max(64), active: z.boolean() });

/** The login is unique: a clash (also a concurrent one) is named on its field. */
const loginClash = (input: unknown) => ({
  revalidate: PAGE,
  mapError: (e: unknown) => (isUniqueViolation(e) ? duplicateLogin(String((input as { login?: unknown })?.login ?? "").trim()) : e),
});

export async function createUser(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runOperation("user:manage", userCreateSchema, input, create, loginClash(input));
}

export async function updateUser(input: unknown): Promise<ActionResult> {
  return runOperation("user:manage", userUpdateSchema, input, update, loginClash(input));
}

export async function setUserActive(input: unknown): Promise<ActionResult> {
  return runOperation("user:manage", activeSchema, input, setActive, { revalidate: PAGE });
}

export async function resetPassword(input: unknown): Promise<ActionResult> {
  return runOperation("user:manage", resetPasswordSchema, input, reset, { revalidate: PAGE });
}
