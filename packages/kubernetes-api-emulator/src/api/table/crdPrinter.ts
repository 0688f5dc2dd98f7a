import type { PrinterColumn } from '../resourceType';
import { age } from './humanDuration';
import { evaluateJsonPath } from './jsonPath';
import { column, NAME_COLUMN, Printer } from './printer';

/**
 * A custom resource's Table, as apiextensions-apiserver's table convertor
 * builds it from the CRD's additionalPrinterColumns: NAME, then each column
 * (a CRD without columns gets AGE). Cells hold typed values (`integer`,
 * `boolean`, …), a human age for `date`, and null where the path finds
 * nothing or the value has the wrong type (kubectl prints `<none>`).
 */
const DEFAULT_COLUMNS: PrinterColumn[] = [
  { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' },
];

function cell(type: PrinterColumn['type'], value: unknown, now: number) {
  if (value === undefined || value === null) return null;
  switch (type) {
    case 'string':
      // A string column prints any value, as JSONPath output would.
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
    case 'integer':
      return typeof value === 'number' ? Math.trunc(value) : null;
    case 'number':
      return typeof value === 'number' ? value : null;
    case 'boolean':
      return typeof value === 'boolean' ? value : null;
    case 'date':
      return typeof value === 'string' ? age(value, now) : null;
    default:
      return null;
  }
}

export function crdPrinter(columns: PrinterColumn[] | undefined): Printer {
  const cols = columns?.length ? columns : DEFAULT_COLUMNS;
  return {
    columns: [
      NAME_COLUMN,
      ...cols.map(c =>
        column(
          c.name,
          c.description ??
            `Custom resource definition column (in JSONPath format): ${c.jsonPath}`,
          { type: c.type, format: c.format ?? '', priority: c.priority ?? 0 },
        ),
      ),
    ],
    cells: (obj, now) => [
      obj.metadata?.name,
      ...cols.map(c => cell(c.type, evaluateJsonPath(obj, c.jsonPath), now)),
    ],
  };
}
