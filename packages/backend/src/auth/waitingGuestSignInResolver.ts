import { Config } from '@backstage/config';
import {
  NotImplementedError,
  ServiceUnavailableError,
} from '@backstage/errors';
import type { SignInResolver } from '@backstage/plugin-auth-node';

export interface WaitingGuestSignInOptions {
  /** How long to wait for the user to appear in the catalog. */
  timeoutMs?: number;
  /** How often to look again meanwhile. */
  intervalMs?: number;
  /** Waits; replaceable in tests. */
  sleep?: (ms: number) => Promise<void>;
}

export const GUEST_CATALOG_WAIT_MS = 60_000;
const INTERVAL_MS = 1_000;

/** `auth.providers.guest.userEntityRef`, as the guest provider reads it. */
export function guestUserRef(config: Config): string {
  return config.getOptionalString('userEntityRef') ?? 'user:development/guest';
}

/**
 * Signs the guest in as its catalog user, with the user's group memberships.
 *
 * The stock guest resolver falls back to a token with no memberships when
 * the user is not in the catalog yet, which is what happens right after the
 * portal starts, before the catalog has read examples/org.yaml; such a token
 * keeps the guest out of everything its groups own for its whole lifetime.
 * This resolver waits for the catalog instead (up to `timeoutMs`, looking
 * again every `intervalMs`) and refuses with a message saying why when the
 * user does not turn up.
 */
export function waitingGuestSignInResolver(
  config: Config,
  options: WaitingGuestSignInOptions = {},
): SignInResolver<unknown> {
  const timeoutMs = options.timeoutMs ?? GUEST_CATALOG_WAIT_MS;
  const intervalMs = options.intervalMs ?? INTERVAL_MS;
  const sleep =
    options.sleep ??
    ((ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms)));
  const userRef = guestUserRef(config);

  return async (_info, ctx) => {
    if (
      process.env.NODE_ENV !== 'development' &&
      config.getOptionalBoolean('dangerouslyAllowOutsideDevelopment') !== true
    ) {
      throw new NotImplementedError(
        'The guest provider is NOT recommended for use outside of a development environment. If you want to enable this, set `auth.providers.guest.dangerouslyAllowOutsideDevelopment: true` in your app config.',
      );
    }
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        return await ctx.signInWithCatalogUser({ entityRef: userRef });
      } catch (error) {
        if ((error as Error)?.name !== 'NotFoundError') throw error;
        if (Date.now() >= deadline) {
          throw new ServiceUnavailableError(
            `Guest sign-in refused: ${userRef} is not in the catalog yet, so a token would carry none of its group memberships. ` +
              `The catalog may still be reading its locations (e.g. examples/org.yaml) right after start; try again in a minute, ` +
              `or check the catalog's locations if it persists.`,
          );
        }
        await sleep(Math.min(intervalMs, Math.max(0, deadline - Date.now())));
      }
    }
  };
}
