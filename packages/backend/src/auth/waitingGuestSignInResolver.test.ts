import { ConfigReader } from '@backstage/config';
import { NotFoundError } from '@backstage/errors';
import type { AuthResolverContext } from '@backstage/plugin-auth-node';
import { waitingGuestSignInResolver } from './waitingGuestSignInResolver';

const config = new ConfigReader({
  userEntityRef: 'user:default/guest',
  dangerouslyAllowOutsideDevelopment: true,
});
const info = { result: {}, profile: {} };

/** A resolver context whose catalog lookups answer from `answers`, in order. */
function context(answers: Array<() => Promise<any>>) {
  const asked: unknown[] = [];
  const ctx = {
    signInWithCatalogUser: async (query: unknown) => {
      asked.push(query);
      return answers[Math.min(asked.length, answers.length) - 1]();
    },
  } as unknown as AuthResolverContext;
  return { ctx, asked };
}

const notFound = async () => {
  throw new NotFoundError('User not found');
};

describe('waitingGuestSignInResolver', () => {
  it('signs in as soon as the catalog has the user', async () => {
    const token = { token: 'with-groups' };
    const { ctx, asked } = context([notFound, notFound, async () => token]);
    const waits: number[] = [];
    const resolver = waitingGuestSignInResolver(config, {
      timeoutMs: 60_000,
      intervalMs: 1_000,
      sleep: async ms => {
        waits.push(ms);
      },
    });
    await expect(resolver(info, ctx)).resolves.toBe(token);
    expect(asked).toEqual([
      { entityRef: 'user:default/guest' },
      { entityRef: 'user:default/guest' },
      { entityRef: 'user:default/guest' },
    ]);
    expect(waits).toEqual([1_000, 1_000]);
  });

  it('refuses with a message saying why when the user never turns up', async () => {
    const { ctx } = context([notFound]);
    const resolver = waitingGuestSignInResolver(config, {
      timeoutMs: 0,
      sleep: async () => {},
    });
    await expect(resolver(info, ctx)).rejects.toMatchObject({
      name: 'ServiceUnavailableError',
      message: expect.stringContaining(
        'Guest sign-in refused: user:default/guest is not in the catalog yet',
      ),
    });
  });

  it('does not wait out other errors', async () => {
    const { ctx, asked } = context([
      async () => {
        throw new Error('catalog is down');
      },
    ]);
    const resolver = waitingGuestSignInResolver(config, {
      sleep: async () => {
        throw new Error('should not wait');
      },
    });
    await expect(resolver(info, ctx)).rejects.toThrow('catalog is down');
    expect(asked).toHaveLength(1);
  });

  it('is for development only unless allowed outright', async () => {
    const { ctx, asked } = context([notFound]);
    const resolver = waitingGuestSignInResolver(
      new ConfigReader({ userEntityRef: 'user:default/guest' }),
    );
    await expect(resolver(info, ctx)).rejects.toMatchObject({
      name: 'NotImplementedError',
    });
    expect(asked).toHaveLength(0);
  });
});
