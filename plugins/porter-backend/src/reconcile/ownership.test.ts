import type { KubernetesObject } from '@internal/plugin-porter-common';
import { inheritable, ownerOf } from './ownership';

const withLabels = (
  labels: Record<string, string> | undefined,
  rest: Partial<KubernetesObject> = {},
): KubernetesObject =>
  ({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'x', namespace: 'ns', labels },
    ...rest,
  } as KubernetesObject);
const PORTER = {
  'app.kubernetes.io/managed-by': 'porter-backstage',
  'porter.devops.gov.bc.ca/claim-cluster': 'gold',
  'porter.devops.gov.bc.ca/claim': 'db',
};

describe('ownerOf', () => {
  it.each<[string, Record<string, string> | undefined, string]>([
    ['no labels', undefined, "is not Porter's"],
    [
      "someone else's manager",
      { 'app.kubernetes.io/managed-by': 'helm' },
      "is not Porter's",
    ],
    [
      'another portal',
      { ...PORTER, 'porter.devops.gov.bc.ca/instance': 'other' },
      "belongs to another portal (Porter instance 'other')",
    ],
    ['Porter without an instance', PORTER, 'carries no Porter instance label'],
  ])('an object with %s is foreign', (_, labels, reason) => {
    expect(ownerOf(withLabels(labels), 'mine')).toEqual({
      kind: 'foreign',
      reason: expect.stringContaining(reason),
    });
  });

  it("is this portal's, with the claim's key and id", () => {
    expect(
      ownerOf(
        withLabels({
          ...PORTER,
          'porter.devops.gov.bc.ca/instance': 'mine',
          'porter.devops.gov.bc.ca/claim-id': '12',
        }),
        'mine',
      ),
    ).toEqual({ kind: 'ours', claimId: 12, claimKey: 'gold/ns/db' });
  });
});

describe('inheritable (what an adopted claim may take over)', () => {
  const ts = (pool: object, labels?: Record<string, string>) =>
    withLabels(labels, { kind: 'TransportServer', spec: { pool } } as any);
  it.each<[string, KubernetesObject, KubernetesObject, boolean]>([
    [
      'the old operator’s TransportServer for the same Service and port',
      ts({ service: 'db', servicePort: 5432 }),
      ts({ service: 'db', servicePort: 5432 }),
      true,
    ],
    [
      'a TransportServer for another port',
      ts({ service: 'db', servicePort: 8008 }),
      ts({ service: 'db', servicePort: 5432 }),
      false,
    ],
    [
      'another portal’s TransportServer',
      ts(
        { service: 'db', servicePort: 5432 },
        {
          'porter.devops.gov.bc.ca/instance': 'other',
        },
      ),
      ts({ service: 'db', servicePort: 5432 }),
      false,
    ],
    [
      'a selector-less Service (a cross-connect)',
      withLabels(undefined, { spec: { ports: [] } } as any),
      withLabels(undefined),
      true,
    ],
    [
      'a Service with a selector (the team’s own)',
      withLabels(undefined, { spec: { selector: { app: 'db' } } } as any),
      withLabels(undefined),
      false,
    ],
  ])('%s: %p', (_, existing, desired, expected) => {
    expect(inheritable(existing, desired)).toBe(expected);
  });
});
