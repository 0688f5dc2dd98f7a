import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';

/** The objects of one cluster's fixtures file, `<fixturesDir>/<cluster>.yaml`. */
export function readFixtures(fixturesDir: string, cluster: string): any[] {
  return parseAllDocuments(
    readFileSync(join(fixturesDir, `${cluster}.yaml`), 'utf8'),
  )
    .map(d => d.toJS())
    .filter(Boolean);
}
