import { evaluateJsonPath, parseJsonPath } from './jsonPath';

const ts = {
  metadata: { labels: { 'app.kubernetes.io/name': 'web' } },
  spec: { pool: { service: 'yourservice', servicePort: 8000 } },
  status: { conditions: [{ type: 'Ready' }, { type: 'Synced' }] },
};

describe('printer-column JSONPath', () => {
  it('follows fields, quoted keys and indexes', () => {
    expect(evaluateJsonPath(ts, '.spec.pool.service')).toBe('yourservice');
    expect(evaluateJsonPath(ts, '.spec.pool.servicePort')).toBe(8000);
    expect(
      evaluateJsonPath(ts, ".metadata.labels['app.kubernetes.io/name']"),
    ).toBe('web');
    expect(evaluateJsonPath(ts, '.status.conditions[1].type')).toBe('Synced');
    expect(evaluateJsonPath(ts, '.status.conditions[-1].type')).toBe('Synced');
    expect(evaluateJsonPath(ts, '{.spec.pool}')).toEqual(ts.spec.pool);
  });

  it('gives undefined for a missing step', () => {
    expect(evaluateJsonPath(ts, '.spec.ipamLabel')).toBeUndefined();
    expect(evaluateJsonPath(ts, '.status.vsAddress.x')).toBeUndefined();
    expect(evaluateJsonPath(ts, '.spec[0]')).toBeUndefined();
  });

  it('rejects what printer columns cannot hold', () => {
    expect(() => parseJsonPath('.spec[?(@.x)]')).toThrow(/unsupported/);
    expect(() => parseJsonPath('.spec..x')).toThrow(/empty field/);
    expect(parseJsonPath('.metadata.annotations.a\\.b')).toEqual([
      'metadata',
      'annotations',
      'a.b',
    ]);
  });
});
