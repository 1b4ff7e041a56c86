"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { markNotificationsRead } from "@/lib/actions/workflow";

export function MarkAllRead({ ids }: { ids: string[] }) {
  const [pending, start] = useTransition();
  const router = useRouter();
  return (
    <Button variant="secondary" disabled={pending} onClick={() => start(async () => { await markNotificationsRead(ids); router.refresh(); })}>
      全部标为已读
    </Button>
  );
}
