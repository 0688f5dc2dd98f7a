import type { KubernetesObject } from '@internal/plugin-porter-common';
import { resolveCollisions } from './resolveCollisions';

const object = (claim: string, id: number): KubernetesObject => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: {
    name: 'db-5432-golddr',
    namespace: 'ns',
    labels: {
      'porter.devops.gov.bc.ca/claim-cluster': 'gold',
      'porter.devops.gov.bc.ca/claim': claim,
      'porter.devops.gov.bc.ca/claim-id': String(id),
    },
  },
});

describe('resolveCollisions', () => {
  it('keeps a name planned by one claim', () => {
    const only = object('a', 1);
    expect(resolveCollisions([only], [])).toEqual({
      desired: [only],
      collisions: [],
    });
  });

  it('gives a contested name to the oldest claim when nobody has it yet', () => {
    const { desired, collisions } = resolveCollisions(
      [object('new', 9), object('old', 3)],
      [],
    );
    expect(desired).toEqual([object('old', 3)]);
    expect(collisions).toEqual([
      {
        object: object('new', 9),
        reason: expect.stringMatching(
          /^Service 'db-5432-golddr' in namespace 'ns' is also planned for claim 'gold\/ns\/old', which has it/,
        ),
      },
    ]);
  });

  it('never flips: the claim labelled on the object in the cluster keeps it, even if younger', () => {
    const { desired, collisions } = resolveCollisions(
      [object('old', 3), object('new', 9)],
      [object('new', 9)],
    );
    expect(desired).toEqual([object('new', 9)]);
    expect(collisions.map(c => c.object)).toEqual([object('old', 3)]);
    // The same answer on every pass.
    expect(
      resolveCollisions(
        [object('new', 9), object('old', 3)],
        [object('new', 9)],
      ).desired,
    ).toEqual([object('new', 9)]);
  });
});
