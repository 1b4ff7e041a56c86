import { Alert } from "@/components/ui/alert";

/** Things to attend to, listed under one warning: read problems, unfinished parts. Not printed by itself. */
export function WarningList({ title, items, testId }: { title: string; items: readonly string[]; testId: string }) {
  if (items.length === 0) return null;
  return (
    <Alert tone="warning" title={title}>
      <ul className="list-disc pl-5" data-testid={testId}>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </Alert>
  );
}
