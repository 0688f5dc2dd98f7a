#!/usr/bin/env node
/*
 * The last step of `./dev bench`: reads the figures each benchmark wrote to
 * PORTER_BENCH_DIR (JSON arrays of lines: { id, title, database?, value,
 * unit, reference: { what, value, unit }, goal?: { op, value }, detail? }),
 * writes bench-results.json (git-ignored) and prints the table as Markdown.
 *
 *   node scripts/bench-report.cjs <bench dir> <output file>
 */
const { readdirSync, readFileSync, writeFileSync } = require('node:fs');
const { cpus, totalmem } = require('node:os');
const { join } = require('node:path');

const [dir, output] = process.argv.slice(2);

const lines = readdirSync(dir)
  .filter(f => f.endsWith('.json'))
  .flatMap(f => JSON.parse(readFileSync(join(dir, f), 'utf8')));

const order = id => Number(id.match(/^P(\d+)/)?.[1] ?? 99);
lines.sort(
  (a, b) =>
    order(a.id) - order(b.id) ||
    (a.database ?? '').localeCompare(b.database ?? '') ||
    0,
);

/** Whether the line meets its goal; undefined when it has none. */
function meets(line) {
  if (!line.goal) return undefined;
  const target =
    line.goal.value === 'reference' ? line.reference.value : line.goal.value;
  switch (line.goal.op) {
    case '<=':
      return line.value <= target;
    case '>=':
      return line.value >= target;
    case '==':
      return line.value === target;
    default:
      throw new Error(`Unknown goal operator in ${line.id}: ${line.goal.op}`);
  }
}

const goalText = line =>
  !line.goal
    ? '—'
    : `${{ '<=': '≤', '>=': '≥', '==': '=' }[line.goal.op]} ${
        line.goal.value === 'reference' ? 'reference' : line.goal.value
      }`;

const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
  memoryGiB: Math.round(totalmem() / 1024 ** 3),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
};
const results = lines.map(line => ({ ...line, meetsGoal: meets(line) }));
writeFileSync(
  output,
  JSON.stringify(
    { date: new Date().toISOString(), machine, lines: results },
    null,
    2,
  ),
);

const cell = text => String(text).replace(/\|/g, '\\|');
const rows = results.map(line =>
  [
    line.id,
    line.title,
    line.database ?? '',
    `**${line.value}** ${line.unit}${line.detail ? ` (${line.detail})` : ''}`,
    `${line.reference.value} ${line.reference.unit} (${line.reference.what})`,
    goalText(line),
    { true: 'yes', false: '**no**', undefined: '' }[String(line.meetsGoal)],
  ]
    .map(cell)
    .join(' | '),
);
process.stdout.write(
  [
    '',
    `Benchmark ${new Date().toISOString().slice(0, 10)}: ${
      machine.cpus
    } cores (${machine.cpuModel}), ${machine.memoryGiB} GiB RAM, Node ${
      machine.node
    }`,
    '',
    '| id | figure | database | value | reference (same run) | goal | meets |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(r => `| ${r} |`),
    '',
    `Written to ${output}`,
    '',
  ].join('\n'),
);
