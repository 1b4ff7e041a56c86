"use client";
/**
 * What every report-part editor needs around its form: whether the script has taken over (until
 * then a click would submit the bare HTML form and lose the entries), and a browser warning
 * before leaving with unsaved changes. Used by the 情况说明 and 单位概况 editors.
 */
import { useEffect, useState } from "react";

export function useEditorGuard(isDirty: boolean): { hydrated: boolean } {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  useEffect(() => {
    if (!isDirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [isDirty]);
  return { hydrated };
}
