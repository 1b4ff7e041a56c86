import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { MAX_REASON_LENGTH } from "@/lib/workflow/transitions";
import { transitionSchema } from "./transition-input";

const refusal = (input: unknown) => {
  try {
    parseInput(transitionSchema, input);
  } catch (e) {
    return e instanceof AppError ? e.message : String(e);
  }
  return "accepted";
};

describe("transitionSchema", () => {
  const base = { reportId: "r1", action: "approve", expectedVersion: 3 };

  it("accepts every workflow action with the version the user saw", () => {
    for (const action of ["submit", "withdraw", "return", "approve", "reopen", "publish"]) expect(refusal({ ...base, action })).toBe("accepted");
  });

  it("refuses forged requests in Chinese", () => {
    expect(refusal({ ...base, action: "delete" })).toBe("未知的操作");
    expect(refusal({ ...base, expectedVersion: undefined })).toBe("缺少版本号");
    expect(refusal({ ...base, expectedVersion: -1 })).toBe("缺少版本号");
    expect(refusal({ ...base, reportId: "" })).toMatch(/^数据格式不正确/);
    expect(refusal({ ...base, reason: "因".repeat(MAX_REASON_LENGTH + 1) })).toBe(`原因最多 ${MAX_REASON_LENGTH} 个字符`);
  });
});
