import type { ReportStatus } from "@/generated/prisma/enums";
import { STATUS_LABELS, STATUS_TONES } from "@/lib/reports/status";
import { Badge } from "./ui/badge";

export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}
