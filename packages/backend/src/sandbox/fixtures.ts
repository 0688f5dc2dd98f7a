import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';

/**
 * The fixture files of one sandbox cluster: `<cluster>.yaml`, then every
 * `<cluster>.<topic>.yaml` in name order (e.g. `silver.rbac.yaml`), so that a
 * new topic adds its own file instead of editing a shared one.
 */
export function fixtureFiles(dir: string, cluster: string): string[] {
  const main = `${cluster}.yaml`;
  const extra = readdirSync(dir)
    .filter(
      f => f.startsWith(`${cluster}.`) && f.endsWith('.yaml') && f !== main,
    )
    .sort();
  return [main, ...extra].map(f => join(dir, f));
}

/** Every object in a cluster's fixture files, in file order; empty documents skipped. */
export function readFixtures(dir: string, cluster: string): object[] {
  return fixtureFiles(dir, cluster).flatMap(file => {
    const docs = parseAllDocuments(readFileSync(file, 'utf8'));
    for (const doc of docs) {
      if (doc.errors.length > 0) {
        throw new Error(`Invalid YAML in ${file}: ${doc.errors[0].message}`);
      }
    }
    return docs.map(d => d.toJS()).filter(Boolean);
  });
}
