"use client";
import { Button } from "./ui/button";

export function PrintButton() {
  return (
    <Button variant="secondary" size="sm" onClick={() => window.print()}>
      打印
    </Button>
  );
}
