import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One figure of `./dev bench`. Every figure is a ratio or a count, with the
 * reference it was measured against in the same run, so it holds on a noisy
 * machine. scripts/bench-report.cjs reads these from PORTER_BENCH_DIR,
 * prints the table and writes bench-results.json.
 */
export interface BenchLine {
  /** e.g. `P1.create@10`. */
  id: string;
  /** What is measured, for the table. */
  title: string;
  database?: 'sqlite' | 'postgres';
  value: number;
  /** `×` for a ratio, or what is counted (`calls`, `objects`, `ms`, `s`). */
  unit: string;
  /** What the value is compared with, measured in the same run. */
  reference: { what: string; value: number; unit: string };
  /** The goal; `value: 'reference'` means "equal to the reference". Absent: reported only. */
  goal?: { op: '<=' | '>=' | '=='; value: number | 'reference' };
  /** The raw figures behind a ratio, for a person reading the table. */
  detail?: string;
}

export function median(samples: number[]): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const round = (value: number, digits = 2) =>
  Number(value.toFixed(digits));

/** Prints the lines and, under `./dev bench`, hands them to the report. */
export function emitBenchLines(name: string, lines: BenchLine[]): void {
  process.stdout.write(
    `\n${lines
      .map(
        l =>
          `${l.id}${l.database ? ` [${l.database}]` : ''}: ${l.value} ${
            l.unit
          } (${l.reference.what}: ${l.reference.value} ${l.reference.unit})${
            l.detail ? ` ${l.detail}` : ''
          }`,
      )
      .join('\n')}\n`,
  );
  const dir = process.env.PORTER_BENCH_DIR;
  if (dir) {
    writeFileSync(join(dir, `${name}.json`), JSON.stringify(lines, null, 2));
  }
}
