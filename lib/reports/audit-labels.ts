/** What each audit action means, in the words people use. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "report.create": "创建决算",
  "report.saveTable": "保存报表",
  "report.importPublished": "导入已公开的决算",
  "report.importWorkbook": "导入离线填报表",
  "report.explainWarning": "填写提示说明",
  "report.saveNarrative": "保存情况说明",
  "report.saveOverview": "保存单位概况",
  "report.carryOverOverview": "带入上年单位概况",
  "report.savePerformance": "保存绩效",
  "review.comment": "填写审核意见",
  "workflow.submit": "上报",
  "workflow.withdraw": "撤回上报",
  "workflow.return": "审核退回",
  "workflow.approve": "审核通过",
  "workflow.reopen": "撤销审核并退回",
  "workflow.publish": "公开",
  "workflow.correct": "发起更正",
  "publication.secrecyReview": "确认保密审查已完成",
  "publication.signOff": "确认主要负责人已审签",
};

export function auditLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}
