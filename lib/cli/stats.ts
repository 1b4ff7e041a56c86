/** Medians and percentiles for the bench, the load test and the keystroke measure. */
export const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The p-th percentile of an ascending list (nearest rank). */
export function percentile(sorted: readonly number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** The 95th percentile of unsorted times. */
export const p95 = (times: readonly number[]) => percentile([...times].sort((a, b) => a - b), 95);

/**
 * The in-process floor: a fixed piece of work of the same kind as derivation (objects, strings,
 * arithmetic) that no change to the app can make faster or slower, ~0.5–1 ms on a 2-core machine.
 * Kept as source so that Node and the browser (the keystroke's floor) run exactly the same code.
 */
export const REFERENCE_LOOP = `
  const rows = [];
  for (let i = 0; i < 20000; i++) rows.push({ key: "r" + i, value: i * 1.5 });
  let sum = 0;
  for (const row of rows) sum += (row.value % 7) + row.key.length;
  return sum + JSON.stringify(rows.slice(0, 300)).length;`;

export const referenceLoop = new Function(REFERENCE_LOOP) as () => number;
