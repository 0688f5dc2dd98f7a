import type { ResourceType } from '../resourceType';
import { CORE_PRINTERS } from './corePrinters';
import { crdPrinter } from './crdPrinter';
import { DEFAULT_PRINTER, Printer } from './printer';
import { WORKLOAD_PRINTERS } from './workloadPrinters';

/**
 * Server-side printing: the `meta.k8s.io` Table that `kubectl get` asks for
 * (`Accept: application/json;as=Table;v=v1;g=meta.k8s.io`) and prints as
 * it comes, so columns, `-o wide` (priority above 0) and ages are decided
 * here, as on a real API server.
 */
export type IncludeObject = 'None' | 'Metadata' | 'Object';

export interface TableOptions {
  /** meta.k8s.io version the client asked for. */
  version: 'v1' | 'v1beta1';
  includeObject: IncludeObject;
  /** The list's metadata (resourceVersion, continue), or the object's resourceVersion. */
  metadata?: Record<string, unknown>;
  /** Leave out columnDefinitions (watch events after the first). */
  noHeaders?: boolean;
  now?: number;
}

export function printerFor(type: ResourceType): Printer {
  if (type.crd) return crdPrinter(type.printerColumns);
  const builtIn =
    type.group === ''
      ? CORE_PRINTERS[type.kind]
      : WORKLOAD_PRINTERS[`${type.apiVersion}/${type.kind}`];
  return builtIn ?? DEFAULT_PRINTER;
}

function rowObject(obj: any, includeObject: IncludeObject, version: string) {
  if (includeObject === 'None') return undefined;
  if (includeObject === 'Object') return obj;
  return {
    kind: 'PartialObjectMetadata',
    apiVersion: `meta.k8s.io/${version}`,
    metadata: obj.metadata,
  };
}

export function toTable(
  type: ResourceType,
  objects: any[],
  options: TableOptions,
) {
  const printer = printerFor(type);
  const now = options.now ?? Date.now();
  return {
    kind: 'Table',
    apiVersion: `meta.k8s.io/${options.version}`,
    metadata: options.metadata ?? {},
    ...(options.noHeaders ? {} : { columnDefinitions: printer.columns }),
    rows: objects.map(obj => {
      const object = rowObject(obj, options.includeObject, options.version);
      return { cells: printer.cells(obj, now), ...(object ? { object } : {}) };
    }),
  };
}
