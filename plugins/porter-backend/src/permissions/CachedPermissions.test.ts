import { mockCredentials } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import { CachedPermissions } from './CachedPermissions';

const read = createPermission({
  name: 'porter.claim.read',
  attributes: { action: 'read' },
  resourceType: 'porter-claim',
});
const admin = createPermission({
  name: 'porter.admin.read',
  attributes: { action: 'read' },
});

function inner() {
  const calls: string[] = [];
  return {
    calls,
    service: {
      authorize: async (requests: any[], options: any) => {
        calls.push(
          `authorize ${options.credentials.principal.userEntityRef} ${requests
            .map(
              r =>
                `${r.permission.name}${
                  r.resourceRef ? `@${r.resourceRef}` : ''
                }`,
            )
            .join(',')}`,
        );
        return requests.map(() => ({ result: AuthorizeResult.ALLOW }));
      },
      authorizeConditional: async (requests: any[], options: any) => {
        calls.push(
          `conditional ${options.credentials.principal.userEntityRef} ${requests
            .map(r => r.permission.name)
            .join(',')}`,
        );
        if (
          options.credentials.principal.userEntityRef === 'user:default/broken'
        )
          throw new Error('permission backend down');
        return requests.map(() => ({ result: AuthorizeResult.DENY }));
      },
    },
  };
}

describe('CachedPermissions', () => {
  const alice = mockCredentials.user('user:default/alice');
  const bob = mockCredentials.user('user:default/bob');

  it('asks once per caller and permission while the answer is kept', async () => {
    const fake = inner();
    const cached = new CachedPermissions(fake.service as any, 60_000);
    for (let i = 0; i < 3; i++) {
      expect(
        await cached.authorizeConditional([{ permission: read }], {
          credentials: alice,
        }),
      ).toEqual([{ result: AuthorizeResult.DENY }]);
      await cached.authorize([{ permission: admin }], { credentials: alice });
    }
    await cached.authorizeConditional([{ permission: read }], {
      credentials: bob,
    });
    expect(fake.calls).toEqual([
      'conditional user:default/alice porter.claim.read',
      'authorize user:default/alice porter.admin.read',
      'conditional user:default/bob porter.claim.read',
    ]);
  });

  it('always asks about a particular resource, and never keeps a failure', async () => {
    const fake = inner();
    const cached = new CachedPermissions(fake.service as any, 60_000);
    for (let i = 0; i < 2; i++) {
      await cached.authorize([{ permission: read, resourceRef: 'a/b/c' }], {
        credentials: alice,
      });
      await expect(
        cached.authorizeConditional([{ permission: read }], {
          credentials: mockCredentials.user('user:default/broken'),
        }),
      ).rejects.toThrow('permission backend down');
    }
    expect(fake.calls).toHaveLength(4);
  });

  it('keeps nothing with a zero lifetime', async () => {
    const fake = inner();
    const cached = new CachedPermissions(fake.service as any, 0);
    await cached.authorize([{ permission: admin }], { credentials: alice });
    await cached.authorize([{ permission: admin }], { credentials: alice });
    expect(fake.calls).toHaveLength(2);
  });
});
