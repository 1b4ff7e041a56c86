import { Badge } from "@/components/ui/badge";

const GRADE_TONES: Record<string, "green" | "blue" | "amber" | "red"> = { 优: "green", 良: "blue", 中: "amber", 差: "red" };

/** A 等级 as the lists show it. */
export function GradeBadge({ grade }: { grade: string }) {
  return <Badge tone={GRADE_TONES[grade] ?? "gray"}>{grade}</Badge>;
}
