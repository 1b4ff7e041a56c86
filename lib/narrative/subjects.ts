/**
 * How the narrative and the glossary name a function subject. Published disclosures write a 项 as
 * "一般公共服务支出(类)人大事务(款)事业运行(项)" and a 类 in 五(二) as
 * "一般公共服务(类)支出" — the marker goes before the name's closing "支出".
 * The markers keep the half-width brackets of the catalog names they sit between.
 */

export interface SubjectPath {
  readonly className: string;
  readonly sectionName: string;
  readonly itemName: string;
}

/** "X(类)Y(款)Z(项)" */
export function itemPathText(path: SubjectPath): string {
  return `${path.className}(类)${path.sectionName}(款)${path.itemName}(项)`;
}

/** "一般公共服务支出" → "一般公共服务(类)支出"; a name without "支出" gets the marker appended. */
export function classLabel(className: string): string {
  return className.endsWith("支出") ? `${className.slice(0, -2)}(类)支出` : `${className}(类)`;
}
