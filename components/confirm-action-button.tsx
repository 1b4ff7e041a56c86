"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/errors";
import { Button } from "./ui/button";

/**
 * A small button that asks first (when `confirm` is given), runs a server action, shows its
 * Chinese error beside the button, and refreshes the page on success.
 */
export function ConfirmActionButton({
  label,
  confirm,
  action,
  variant = "ghost",
}: {
  label: string;
  confirm?: string;
  action: () => Promise<ActionResult | ActionResult<unknown>>;
  variant?: "ghost" | "secondary";
}) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const router = useRouter();
  return (
    <>
      <Button
        variant={variant}
        size="sm"
        disabled={pending}
        onClick={() =>
          start(async () => {
            if (confirm && !window.confirm(confirm)) return;
            const res = await action();
            setError(res.ok ? null : res.message);
            if (res.ok) router.refresh();
          })
        }
      >
        {label}
      </Button>
      {error && <p role="alert" className="mt-1 max-w-xs whitespace-normal text-xs text-seal">{error}</p>}
    </>
  );
}

/** 停用 (asking first) or 启用 a unit or an account; `action` receives the new state. */
export function ActiveToggle({ active, confirmDeactivate, action }: { active: boolean; confirmDeactivate: string; action: (active: boolean) => Promise<ActionResult> }) {
  return <ConfirmActionButton label={active ? "停用" : "启用"} confirm={active ? confirmDeactivate : undefined} action={() => action(!active)} />;
}
