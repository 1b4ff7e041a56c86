import { describe, expect, it } from "vitest";
import { tableCheckMessages } from "@/lib/rules/table-messages";
import { deriveAndCheck } from "@/lib/rules";
import { replaceTableInputs } from "@/lib/tables/inputs";
import { zaozhuang2024Inputs as seed, zaozhuang2024SubjectNames as names } from "@/lib/tables/seed/zaozhuang-2024";
import { shandong2024 } from "@/lib/tables/templates/shandong-2024";
import { TABLE_KEYS } from "@/lib/tables/types";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { EXPLANATION_KEY_MESSAGE, explanationSchema, isExplanationKey, MAX_EXPLANATION_KEY_LENGTH } from "./explanation-input";

describe("isExplanationKey", () => {
  it("accepts the keys the checks build", () => {
    for (const key of [
      "03a|t03|2010301|1|t03:2010301:basic",
      "01a|t01|合计|本年收入||",
      "H|t05|201|项目支出(合计)|",
      "T绩效|coverage",
      "T绩效|coverage|1",
      "T绩效|error|0",
    ]) {
      expect(isExplanationKey(key), key).toBe(true);
    }
  });

  it("accepts every key the table rules produce, whichever table is left blank", () => {
    const keys = new Set<string>();
    for (const table of TABLE_KEYS) {
      const { rules } = deriveAndCheck(shandong2024, names, replaceTableInputs(seed, table, []));
      for (const m of tableCheckMessages(rules)) keys.add(m.key);
    }
    expect(keys.size).toBeGreaterThan(10);
    for (const key of keys) expect(isExplanationKey(key), key).toBe(true);
  });

  it("refuses markup, control characters, quotes and shapes no check builds", () => {
    for (const key of [
      "",
      "T绩效",
      "|coverage",
      "03a|<script>alert(1)</script>",
      "03a|t03|a\u0000b",
      "03a|t03|a\nb",
      '03a|t03|"x"',
      "03a|t03|{x}",
      "03a|t03|a&b",
      "03a|t03|\u202e",
      "a|b|c|d|e|f|g|h|i|j",
      42,
      null,
    ]) {
      expect(isExplanationKey(key), String(key)).toBe(false);
    }
  });

  it("refuses an overlong key", () => {
    expect(isExplanationKey(`03a|${"x".repeat(MAX_EXPLANATION_KEY_LENGTH)}`)).toBe(false);
    expect(isExplanationKey(`03a|${"x".repeat(100)}|${"y".repeat(100)}`)).toBe(true);
  });
});

describe("explanationSchema", () => {
  const input = { reportId: "r1", key: "T绩效|coverage", text: "  年中追加项目，尚未开展评价  " };

  it("trims the text and keeps a real key", () => {
    expect(parseInput(explanationSchema, input)).toEqual({ reportId: "r1", key: "T绩效|coverage", text: "年中追加项目，尚未开展评价" });
    expect(parseInput(explanationSchema, { ...input, text: "   " }).text).toBe("");
  });

  it("refuses a forged key, markup and an overlong text, in Chinese", () => {
    const refusal = (over: object) => {
      try {
        parseInput(explanationSchema, { ...input, ...over });
      } catch (e) {
        return e instanceof AppError ? e.message : String(e);
      }
      return "accepted";
    };
    expect(refusal({ key: "<img src=x>|y" })).toBe(EXPLANATION_KEY_MESSAGE);
    expect(refusal({ key: 7 })).toBe(EXPLANATION_KEY_MESSAGE);
    expect(refusal({ text: "见<b>附件</b>" })).toBe("说明不能包含尖括号或控制字符");
    expect(refusal({ text: "说".repeat(1001) })).toBe("说明最多 1000 个字符");
    expect(refusal({ text: "第一行\n第二行" })).toBe("accepted");
  });
});
