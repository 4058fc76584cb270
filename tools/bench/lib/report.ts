/** Figures as Markdown tables, printed as they come and kept for the JSON summary. */
export interface Table {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: (string | number)[][];
  readonly notes?: readonly string[];
}

export const tables: Table[] = [];

export function printTable(table: Table): void {
  tables.push(table);
  const line = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
  console.log(`\n### ${table.title}\n`);
  console.log(line(table.columns));
  console.log(line(table.columns.map(() => '---')));
  for (const row of table.rows) {
    console.log(line(row));
  }
  for (const note of table.notes ?? []) {
    console.log(`\n${note}`);
  }
}

export function round(value: number, digits = 0): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function ratio(value: number, baseline: number): string {
  return baseline > 0 ? `${(value / baseline).toFixed(2)}x` : 'n/a';
}

/** Percentile of unsorted samples (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) {
    return Number.NaN;
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export function log(message: string): void {
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}
