import { describe, expect, it } from "vitest";
import { EMPTY_PERFORMANCE, type PerformanceDocument } from "../../performance/document";
import { evaluateDocument } from "../../performance/document-view";
import { ZAOZHUANG_2024_PERFORMANCE_RECORD as SEED } from "../../performance/seed/stored-record";
import { coverage } from "./coverage";

const detailed = SEED.projects.find((p) => p.name === "单位运行经费")!;

/** 万元 → 分, written out so the tests do not compute money in floats. */
const FEN_2185_74 = 2_185_740_000n;
const FEN_337_28 = 337_280_000n;

describe("coverage against 公开05 项目支出", () => {
  const onlyDetailed: PerformanceDocument = { projects: [detailed], keyEvaluations: [] };

  it("passes when the self-evaluated money equals 公开05 项目支出", () => {
    expect(coverage(evaluateDocument(onlyDetailed), FEN_337_28).message).toBeNull();
  });

  it("warns with both amounts and the difference otherwise", () => {
    expect(coverage(evaluateDocument(onlyDetailed), FEN_2185_74).message).toBe(
      "绩效自评涉及资金337.28万元与公开05表项目支出2,185.74万元不一致，少1,848.46万元；绩效自评应覆盖全部项目支出",
    );
  });

  it("allows 0.01 万元 per project for amounts printed to the 0.01 万元", () => {
    expect(coverage(evaluateDocument(onlyDetailed), FEN_337_28 + 10_000n).message).toBeNull();
    expect(coverage(evaluateDocument(onlyDetailed), FEN_337_28 + 10_001n).message).toContain("少0.010001万元");
  });

  it("says which projects lack an amount, and when nothing is evaluated at all", () => {
    expect(coverage(evaluateDocument(SEED), FEN_2185_74).message).toMatch(/^以下项目未填写全年执行数.*挂职人员补助、招商经费、政务活动经费/);
    expect(coverage(evaluateDocument(EMPTY_PERFORMANCE), 0n).message).toBeNull();
    expect(coverage(evaluateDocument(EMPTY_PERFORMANCE), FEN_337_28).message).toBe(
      "尚未填写项目支出绩效自评；公开05表项目支出为337.28万元，绩效自评应覆盖全部项目支出",
    );
  });
});

describe("the one coverage definition", () => {
  /** Projects with only a reported score and their 全年执行数. */
  const reported = (...executed: string[]): PerformanceDocument => ({
    projects: executed.map((amount, i) => ({ id: `p${i}`, name: `项目${i + 1}`, supervisor: "枣庄市人民政府办公室", detail: null, reportedScore: "95", executed: amount })),
    keyEvaluations: [],
  });
  const messageOf = (doc: PerformanceDocument, fen: bigint) => coverage(evaluateDocument(doc), fen).message;

  it("is silent when the covered money equals 公开05 项目支出", () => {
    expect(messageOf(reported("2185.74"), FEN_2185_74)).toBeNull();
  });

  it("says how much is missing or extra", () => {
    expect(messageOf(reported("2185.00"), FEN_2185_74)).toBe(
      "绩效自评涉及资金2,185万元与公开05表项目支出2,185.74万元不一致，少0.74万元；绩效自评应覆盖全部项目支出",
    );
    expect(messageOf(reported("2200"), FEN_2185_74)).toContain("多14.26万元");
  });

  it("allows 0.01 万元 per project, and no more", () => {
    expect(messageOf(reported("2000", "185.76"), FEN_2185_74)).toBeNull();
    expect(messageOf(reported("2000", "185.77"), FEN_2185_74)).toContain("多0.03万元");
  });
});
