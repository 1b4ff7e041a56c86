import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { commentSchema, MAX_COMMENT_LENGTH } from "./comment-input";

const refusal = (input: unknown) => {
  try {
    parseInput(commentSchema, input);
  } catch (e) {
    return e instanceof AppError ? e.message : String(e);
  }
  return "accepted";
};

describe("commentSchema", () => {
  const base = { reportId: "r1", cell: "t03:2010301:basic", body: "  请核对基本支出  " };

  it("trims the body and keeps the cell", () => {
    expect(parseInput(commentSchema, base)).toMatchObject({ reportId: "r1", cell: "t03:2010301:basic", body: "请核对基本支出" });
  });

  it("refuses an empty, overlong or unsafe body with the message the panel shows", () => {
    expect(refusal({ ...base, body: "   " })).toBe("请填写审核意见");
    expect(refusal({ ...base, body: undefined })).toBe("请填写审核意见");
    expect(refusal({ ...base, body: "意".repeat(MAX_COMMENT_LENGTH + 1) })).toBe(`审核意见最多 ${MAX_COMMENT_LENGTH} 个字符`);
    expect(refusal({ ...base, body: "<script>x</script>" })).toBe("审核意见不能包含尖括号或控制字符");
    expect(refusal({ ...base, body: "第一条\n第二条" })).toBe("accepted");
  });

  it("never answers in English", () => {
    expect(refusal({ ...base, tableKey: "t99" })).toMatch(/^数据格式不正确/);
    expect(refusal({ ...base, reportId: 5 })).toMatch(/^数据格式不正确/);
  });
});
