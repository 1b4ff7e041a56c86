/**
 * The part titles of a disclosure: a unit publishes a 单位决算, a department a 部门决算, whose
 * 第一部分 also lists the units it consolidates (部门决算单位构成). Every renderer takes its titles here.
 */
import type { DisclosureModel } from "./model";

export interface DisclosureParts {
  readonly overview: string;
  readonly duties: string;
  readonly organization: string;
  /** Only for a department: "三、部门决算单位构成". */
  readonly members: string | null;
  readonly tables: string;
  readonly narrative: string;
}

export function disclosureParts(model: Pick<DisclosureModel, "year" | "level">): DisclosureParts {
  const department = model.level === "department";
  const who = department ? "部门" : "单位";
  return {
    overview: `第一部分 ${who}概况`,
    duties: `一、${who}职责`,
    organization: "二、机构设置",
    members: department ? "三、部门决算单位构成" : null,
    tables: `第二部分 ${model.year}年度${who}决算表`,
    narrative: `第三部分 ${model.year}年度${who}决算情况说明`,
  };
}

/** The member list as printed: "纳入…部门决算编制范围的单位共 3 个，包括：". */
export function membersIntro(model: Pick<DisclosureModel, "year" | "unit" | "members">): string {
  const members = model.members ?? [];
  const merged = members.filter((m) => m.merged).length;
  return `纳入${model.unit.name}${model.year}年度部门决算编制范围的单位共 ${members.length} 个${merged ? `（其中 ${merged} 个预算不单列，并入本级）` : ""}，包括：`;
}
