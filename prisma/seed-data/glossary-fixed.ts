/*
 * The fixed part of 第四部分 名词解释 (entries 一 to 十五), in printed order, as the 2024
 * disclosure of 枣庄市人民政府办公室本级 words them. PDF line-break spaces are removed and
 * the punctuation the PDF extraction turned half-width is full-width again.
 * The per-subject entries that follow them (十六 …) come from the catalog's explanations.
 */

export interface GlossaryDefinition {
  term: string;
  definition: string;
}

export const FIXED_GLOSSARY: readonly GlossaryDefinition[] = [
  {
    term: "财政拨款收入",
    definition:
      "指单位本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款。",
  },
  { term: "上级补助收入", definition: "指事业单位从主管部门和上级单位取得的非财政补助收入。" },
  {
    term: "事业收入",
    definition: "指事业单位开展专业业务活动及其辅助活动取得的收入；包括事业单位收到的财政专户实际核拨的教育收费等。",
  },
  {
    term: "经营收入",
    definition: "指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。",
  },
  { term: "附属单位上缴收入", definition: "指事业单位附属独立核算单位按照有关规定上缴的收入。" },
  {
    term: "其他收入",
    definition:
      "指单位取得的除上述“财政拨款收入”“上级补助收入”“事业收入”“经营收入”“附属单位上缴收入”等以外的各项收入。",
  },
  {
    term: "使用非财政拨款结余",
    definition: "指事业单位按照预算管理要求使用非财政拨款结余弥补收支差额的金额。",
  },
  {
    term: "年初结转和结余",
    definition: "指单位以前年度尚未完成、结转到本年仍按原规定用途继续使用的资金，或项目已完成等产生的结余资金。",
  },
  {
    term: "结余分配",
    definition: "指事业单位缴纳的所得税以及从非财政拨款结余或经营结余中提取的各类结余。",
  },
  {
    term: "年末结转和结余",
    definition:
      "指单位本年度或以前年度预算安排、因客观条件发生变化未全部执行或未执行，结转到以后年度继续使用的资金，或项目已完成等产生的结余资金。",
  },
  { term: "基本支出", definition: "指单位为保障机构正常运转、完成日常工作任务而发生的各项支出。" },
  {
    term: "项目支出",
    definition: "指单位为完成特定的行政工作任务或事业发展目标，在基本支出之外发生的各项支出。",
  },
  {
    term: "经营支出",
    definition: "指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动发生的支出。",
  },
  {
    term: "“三公”经费",
    definition:
      "指单位用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。其中，因公出国（境）费反映单位公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务用车购置及运行维护费反映单位公务用车购置支出（含车辆购置税）及按规定保留的公务用车燃料费、维修费、过桥过路费、保险费、安全奖励费用等支出；公务接待费反映单位按规定开支的各类公务接待（含外宾接待）支出。",
  },
  {
    term: "机关运行经费",
    definition:
      "指为保障行政单位（包括参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。",
  },
];
