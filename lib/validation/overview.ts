/**
 * 第一部分 单位概况 (duties and 机构设置): the one schema of the overview editor (zodResolver), its
 * server action and the reader of the stored record (ReportNarrative.overview).
 */
import { z } from "zod";
import { unknownKeys } from "./parse";
import { isUnsafeText, unsafeTextMessage } from "./text";

export const DUTY_MAX = 500;
export const DUTIES_MAX = 50;
export const ORGANIZATION_MAX = 3000;

/** Duties lose typed line breaks and 机构设置 its edges; both refuse markup. */
export const overviewSchema = z.strictObject(
  {
    duties: z
      .array(z.string({ error: "单位职责应为文字" }), { error: "单位职责格式不正确" })
      .max(DUTIES_MAX, `单位职责最多 ${DUTIES_MAX} 条`)
      .transform((duties) => duties.map((d) => d.replace(/\s*[\r\n]+\s*/g, "").trim()))
      .superRefine((duties, ctx) => {
        duties.forEach((d, i) => {
          const label = `单位职责第 ${i + 1} 条`;
          if (d === "") ctx.addIssue({ code: "custom", path: [i], message: `${label}不能为空（不需要请删除该条）` });
          else if (d.length > DUTY_MAX) ctx.addIssue({ code: "custom", path: [i], message: `${label}最多 ${DUTY_MAX} 个字符` });
          else if (isUnsafeText(d)) ctx.addIssue({ code: "custom", path: [i], message: unsafeTextMessage(label) });
        });
      }),
    organization: z
      .string({ error: "机构设置应为文字" })
      .transform((s) => s.replace(/\r\n?/g, "\n").trim())
      .refine((s) => s.length <= ORGANIZATION_MAX, `机构设置最多 ${ORGANIZATION_MAX} 个字符`)
      .refine((s) => !isUnsafeText(s, { multiline: true }), unsafeTextMessage("机构设置")),
  },
  { error: unknownKeys },
);

/** The overview as stored, and as its editor holds it. Type alias, so it is Prisma Json input. */
export type StoredOverview = z.output<typeof overviewSchema>;
export type OverviewForm = z.input<typeof overviewSchema>;

export const EMPTY_OVERVIEW: StoredOverview = { duties: [], organization: "" };

export const DAMAGED_OVERVIEW = "单位概况的存储数据部分无法读取，无法读取的内容已按空白显示，请核对后重新保存。";

export interface Read<T> {
  readonly value: T;
  /** Shown to staff and reviewers when the stored record could not be read in full. */
  readonly warning: string | null;
}

/**
 * The draft variant of the schema, for a stored record that does not pass it: each part keeps
 * what is still text (losing one damaged duty is better than losing all of them).
 */
const salvagedOverview = z.object({
  duties: z
    .array(z.unknown())
    .catch([])
    .transform((duties) => duties.filter((d): d is string => typeof d === "string").slice(0, DUTIES_MAX)),
  organization: z.string().catch(""),
});

/** How much a draft may hold: ten times the published limits, so nothing typed is cut off. */
const DRAFT_FACTOR = 10;

/**
 * What may be stored while the overview still fails its checks (a draft): any number of duties up
 * to ten times the limit, each any length up to ten times the limit, empty ones kept — but never
 * markup or control characters. The report check (lib/rules/overview.ts) then says what to fix.
 */
export const draftOverviewSchema = z.strictObject(
  {
    duties: z
      .array(z.string({ error: "单位职责应为文字" }).max(DUTY_MAX * DRAFT_FACTOR, `单位职责每条最多 ${DUTY_MAX * DRAFT_FACTOR} 个字符`), { error: "单位职责格式不正确" })
      .max(DUTIES_MAX * DRAFT_FACTOR, `单位职责最多 ${DUTIES_MAX * DRAFT_FACTOR} 条`)
      .transform((duties) => duties.map((d) => d.replace(/\s*[\r\n]+\s*/g, "").trim()))
      .superRefine((duties, ctx) => {
        duties.forEach((d, i) => {
          if (isUnsafeText(d)) ctx.addIssue({ code: "custom", path: [i], message: unsafeTextMessage(`单位职责第 ${i + 1} 条`) });
        });
      }),
    organization: z
      .string({ error: "机构设置应为文字" })
      .max(ORGANIZATION_MAX * DRAFT_FACTOR, `机构设置最多 ${ORGANIZATION_MAX * DRAFT_FACTOR} 个字符`)
      .transform((s) => s.replace(/\r\n?/g, "\n").trim())
      .refine((s) => !isUnsafeText(s, { multiline: true }), unsafeTextMessage("机构设置")),
  },
  { error: unknownKeys },
);

export function readOverview(json: unknown): Read<StoredOverview> {
  if (json === null || json === undefined) return { value: EMPTY_OVERVIEW, warning: null };
  const parsed = overviewSchema.safeParse(json);
  if (parsed.success) return { value: parsed.data, warning: null };
  // A draft is read as it was stored; what it still lacks is the report check's to say.
  const draft = draftOverviewSchema.safeParse(json);
  if (draft.success) return { value: draft.data, warning: null };
  const object = typeof json === "object" && !Array.isArray(json) ? json : {};
  return { value: salvagedOverview.parse(object), warning: DAMAGED_OVERVIEW };
}
