import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fixtureFiles, readFixtures } from './fixtures';

const ns = (name: string) =>
  `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n`;

describe('sandbox fixtures', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sandbox-fixtures-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("reads <cluster>.yaml, then each <cluster>.*.yaml in name order, and no other cluster's", () => {
    writeFileSync(join(dir, 'silver.yaml'), `${ns('a')}---\n${ns('b')}---\n`);
    writeFileSync(join(dir, 'silver.rbac.yaml'), ns('from-rbac'));
    writeFileSync(join(dir, 'silver.apps.yaml'), ns('from-apps'));
    writeFileSync(join(dir, 'gold.yaml'), ns('gold-only'));
    writeFileSync(join(dir, 'silverish.yaml'), ns('not-silver'));
    writeFileSync(join(dir, 'README.md'), '# not yaml');

    expect(fixtureFiles(dir, 'silver').map(f => basename(f))).toEqual([
      'silver.yaml',
      'silver.apps.yaml',
      'silver.rbac.yaml',
    ]);
    expect(
      readFixtures(dir, 'silver').map((o: any) => o.metadata.name),
    ).toEqual(['a', 'b', 'from-apps', 'from-rbac']);
  });

  it('names the file with invalid YAML', () => {
    writeFileSync(join(dir, 'gold.yaml'), ns('ok'));
    writeFileSync(join(dir, 'gold.broken.yaml'), 'kind: [unclosed\n');
    expect(() => readFixtures(dir, 'gold')).toThrow(/gold\.broken\.yaml/);
  });

  it('fails when the cluster has no main file', () => {
    expect(() => readFixtures(dir, 'golddr')).toThrow(/golddr\.yaml/);
  });
});
