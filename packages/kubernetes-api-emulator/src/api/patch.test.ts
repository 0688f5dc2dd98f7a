import { applyJsonPatch, applyMergePatch, PatchError } from './patch';

describe('merge patch (RFC 7386)', () => {
  // Examples from RFC 7386 appendix A.
  it.each([
    [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
    [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
    [{ a: 'b' }, { a: null }, {}],
    [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
    [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
    [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
    [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
    [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
    [{ e: null }, { a: 1 }, { e: null, a: 1 }],
    [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
  ])('%j + %j = %j', (target, patch, expected) => {
    expect(applyMergePatch(target, patch)).toEqual(expected);
  });

  it('does not modify its inputs', () => {
    const target = { a: { b: 1 } };
    applyMergePatch(target, { a: { b: 2 } });
    expect(target).toEqual({ a: { b: 1 } });
  });
});

describe('JSON patch (RFC 6902)', () => {
  const doc = {
    metadata: { labels: { a: '1' } },
    spec: { ports: [{ port: 1 }, { port: 2 }] },
  };

  it('adds, replaces and removes, with escaped pointers', () => {
    expect(
      applyJsonPatch(doc, [
        { op: 'add', path: '/metadata/labels/x~1y', value: '2' },
        { op: 'replace', path: '/metadata/labels/a', value: '3' },
        { op: 'remove', path: '/spec/ports/0' },
        { op: 'add', path: '/spec/ports/-', value: { port: 3 } },
      ]),
    ).toEqual({
      metadata: { labels: { a: '3', 'x/y': '2' } },
      spec: { ports: [{ port: 2 }, { port: 3 }] },
    });
    expect(doc.metadata.labels).toEqual({ a: '1' });
  });

  it('moves, copies and tests', () => {
    const out: any = applyJsonPatch(doc, [
      { op: 'test', path: '/metadata/labels', value: { a: '1' } },
      { op: 'copy', from: '/metadata/labels/a', path: '/metadata/labels/b' },
      { op: 'move', from: '/metadata/labels/a', path: '/metadata/labels/c' },
    ]);
    expect(out.metadata.labels).toEqual({ b: '1', c: '1' });
  });

  it.each([
    [{ op: 'remove', path: '/metadata/labels/missing' }],
    [{ op: 'replace', path: '/metadata/nope/x', value: 1 }],
    [{ op: 'add', path: '/spec/ports/9', value: 1 }],
    [{ op: 'test', path: '/metadata/labels/a', value: '2' }],
    [{ op: 'bogus', path: '/a' }],
  ])('fails on %j', op => {
    expect(() => applyJsonPatch(doc, [op as any])).toThrow(PatchError);
  });
});
