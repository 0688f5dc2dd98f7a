import { age } from './humanDuration';

/** A meta.k8s.io/v1 TableColumnDefinition. */
export interface ColumnDefinition {
  name: string;
  type: string;
  format: string;
  description: string;
  /** 0: always shown by kubectl; above 0: only with `-o wide`. */
  priority: number;
}

/** How one type's objects become Table rows: the columns and each row's cells. */
export interface Printer {
  columns: ColumnDefinition[];
  cells(obj: any, now: number): unknown[];
}

export function column(
  name: string,
  description: string,
  options: { type?: string; format?: string; priority?: number } = {},
): ColumnDefinition {
  return {
    name,
    type: options.type ?? 'string',
    format: options.format ?? '',
    description,
    priority: options.priority ?? 0,
  };
}

export const NAME_COLUMN = column(
  'Name',
  'Name must be unique within a namespace.',
  { format: 'name' },
);

export const AGE_COLUMN = column(
  'Age',
  'CreationTimestamp is a timestamp representing the server time when this object was created.',
);

export const ageOf = (obj: any, now: number) =>
  age(obj.metadata?.creationTimestamp, now);

/**
 * What the API server prints for a type without a printer of its own
 * (the default table convertor): its name and its creation time as stored.
 */
export const DEFAULT_PRINTER: Printer = {
  columns: [
    NAME_COLUMN,
    column(
      'Created At',
      'CreationTimestamp is a timestamp representing the server time when this object was created.',
      { type: 'date' },
    ),
  ],
  cells: obj => [obj.metadata?.name, obj.metadata?.creationTimestamp],
};

/** `k=v,k2=v2` in key order, or `<none>` (labels.FormatLabels). */
export function formatLabels(labels: Record<string, string> | undefined) {
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) return '<none>';
  return keys.map(k => `${k}=${labels![k]}`).join(',');
}

/** A LabelSelector as kubectl shows it (metav1.FormatLabelSelector). */
export function formatLabelSelector(selector: any): string {
  if (!selector) return '<none>';
  const parts: string[] = Object.keys(selector.matchLabels ?? {})
    .sort()
    .map(k => `${k}=${selector.matchLabels[k]}`);
  for (const e of selector.matchExpressions ?? []) {
    const op = String(e.operator ?? '');
    const values = [...(e.values ?? [])].sort().join(',');
    if (op === 'In') parts.push(`${e.key} in (${values})`);
    else if (op === 'NotIn') parts.push(`${e.key} notin (${values})`);
    else if (op === 'Exists') parts.push(e.key);
    else if (op === 'DoesNotExist') parts.push(`!${e.key}`);
  }
  return parts.length ? parts.join(',') : '<none>';
}
