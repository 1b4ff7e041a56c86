"use client";
import { useEffect } from "react";

/**
 * Marks the document once React has hydrated it (`<html data-hydrated>`). Until then a button
 * has no handler and a click is lost; the e2e helpers wait for this mark instead of a timer.
 * The app has no Suspense boundary, so the whole page hydrates in the same commit as this.
 */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}
