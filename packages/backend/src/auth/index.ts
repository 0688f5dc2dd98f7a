import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  authProvidersExtensionPoint,
  createProxyAuthProviderFactory,
  createProxyAuthenticator,
} from '@backstage/plugin-auth-node';
import { NotAllowedError } from '@backstage/errors';
import { waitingGuestSignInResolver } from './waitingGuestSignInResolver';

/** The guest provider's authenticator: no profile, development only unless allowed outright. */
const guestAuthenticator = createProxyAuthenticator({
  defaultProfileTransform: async () => ({ profile: {} }),
  initialize({ config }) {
    const allowOutsideDev = config.getOptionalBoolean(
      'dangerouslyAllowOutsideDevelopment',
    );
    return process.env.NODE_ENV !== 'development' && allowOutsideDev !== true;
  },
  async authenticate(_, disabled) {
    if (disabled) {
      throw new NotAllowedError(
        "The guest provider cannot be used outside of a development environment unless 'auth.providers.guest.dangerouslyAllowOutsideDevelopment' is enabled",
      );
    }
    return { result: {} };
  },
});

/**
 * The guest sign-in provider (`auth.providers.guest`), as
 * `@backstage/plugin-auth-backend-module-guest-provider` installs it, except
 * that sign-in waits for the guest user to be in the catalog instead of
 * issuing a token without its group memberships
 * (see waitingGuestSignInResolver).
 */
export default createBackendModule({
  pluginId: 'auth',
  moduleId: 'guest-provider',
  register(reg) {
    reg.registerInit({
      deps: {
        providers: authProvidersExtensionPoint,
        config: coreServices.rootConfig,
      },
      async init({ providers, config }) {
        providers.registerProvider({
          providerId: 'guest',
          factory: createProxyAuthProviderFactory({
            authenticator: guestAuthenticator,
            signInResolver: waitingGuestSignInResolver(
              config.getConfig('auth.providers.guest'),
            ),
          }),
        });
      },
    });
  },
});
