import { prepareCreate, prepareUpdate } from './objectLifecycle';
import { resourceTypeNamed } from './resources';
import { createAllocator } from './serverDefaults';

const tsc = resourceTypeNamed('transportserverclaims');
const allocator = createAllocator();
const base = {
  apiVersion: 'porter.devops.gov.bc.ca/v1alpha1',
  kind: 'TransportServerClaim',
  metadata: {
    name: 'c1',
    uid: 'client-uid',
    generation: 7,
    labels: { a: '1' },
  },
  spec: { service: 'web', port: 8000 },
  status: { phase: 'Ready' },
};

describe('object lifecycle', () => {
  it('sets server metadata on create and ignores the client values', () => {
    const created = prepareCreate(tsc, base, 'a1-dev', { allocator });
    expect(created.metadata).toMatchObject({
      name: 'c1',
      namespace: 'a1-dev',
      generation: 1,
      labels: { a: '1' },
    });
    expect(created.metadata.uid).not.toBe('client-uid');
    expect(created.metadata.creationTimestamp).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/,
    );
    expect(created.status).toBeUndefined();
    expect(
      prepareCreate(tsc, base, 'a1-dev', { allocator, keepStatus: true })
        .status,
    ).toEqual({ phase: 'Ready' });
  });

  it('bumps generation for spec changes only, and keeps status on main writes', () => {
    const current = {
      ...prepareCreate(tsc, base, 'a1-dev', { allocator, keepStatus: true }),
    };
    current.metadata.resourceVersion = '4';
    const labelOnly = prepareUpdate(
      tsc,
      current,
      { ...current, metadata: { ...current.metadata, labels: {} } },
      {
        allocator,
        scope: 'main',
      },
    );
    expect(labelOnly.changed).toBe(true);
    expect(labelOnly.object.metadata.generation).toBe(1);

    const spec = prepareUpdate(
      tsc,
      current,
      { ...current, spec: { port: 1 }, status: { phase: 'X' } },
      {
        allocator,
        scope: 'main',
      },
    );
    expect(spec.object.metadata.generation).toBe(2);
    expect(spec.object.status).toEqual({ phase: 'Ready' });
    expect(spec.object.metadata.uid).toBe(current.metadata.uid);

    const status = prepareUpdate(
      tsc,
      current,
      { spec: { port: 1 }, status: { phase: 'X' } },
      { allocator, scope: 'status' },
    );
    expect(status.object.spec).toEqual(base.spec);
    expect(status.object.status).toEqual({ phase: 'X' });
    expect(status.object.metadata.generation).toBe(1);

    expect(
      prepareUpdate(tsc, current, current, { allocator, scope: 'main' })
        .changed,
    ).toBe(false);
  });
});
