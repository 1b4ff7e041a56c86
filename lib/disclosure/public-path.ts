/** The lasting public address of a unit's disclosure for a year: the current version, or with `number` that version. */
export function publicPath(unitCode: string, year: number, number?: number): string {
  return `/disclosures/${encodeURIComponent(unitCode)}/${year}${number ? `/v${number}` : ""}`;
}
