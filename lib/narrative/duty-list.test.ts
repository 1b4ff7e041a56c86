import { describe, expect, it } from "vitest";
import { splitPastedDuties, stripDutyNumbering } from "./duty-list";

describe("splitPastedDuties", () => {
  it("splits a list copied from Word into duties and removes its numbering", () => {
    const pasted = "（一）贯彻执行党中央、国务院决策部署。\r\n\r\n（二）负责市政府会议的准备工作。\r\n（十二）完成市政府交办的其他任务。\r\n";
    expect(splitPastedDuties(pasted)).toEqual(["贯彻执行党中央、国务院决策部署。", "负责市政府会议的准备工作。", "完成市政府交办的其他任务。"]);
  });

  it.each([
    ["(1) 负责文电处理", "负责文电处理"],
    ["一、负责文电处理", "负责文电处理"],
    ["十一．负责文电处理", "负责文电处理"],
    ["1. 负责文电处理", "负责文电处理"],
    ["12、负责文电处理", "负责文电处理"],
    ["3）负责文电处理", "负责文电处理"],
    ["①负责文电处理", "负责文电处理"],
    ["第三条 负责文电处理", "负责文电处理"],
    ["  负责文电处理  ", "负责文电处理"],
  ])("takes the numbering off %s", (text, duty) => {
    expect(stripDutyNumbering(text)).toBe(duty);
  });

  it("keeps text that only starts like a number", () => {
    expect(stripDutyNumbering("1.5亿元专项资金的管理")).toBe("1.5亿元专项资金的管理");
    expect(stripDutyNumbering("2024年度重点工作督查")).toBe("2024年度重点工作督查");
    expect(stripDutyNumbering("一般公共预算的执行")).toBe("一般公共预算的执行");
  });
});
