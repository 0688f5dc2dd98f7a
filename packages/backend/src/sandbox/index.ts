import {
  coreServices,
  createBackendModule,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { startSandbox } from './startSandbox';

/**
 * The SANDBOX: emulated clusters for `./dev start` (config `porterSandbox`).
 * Serves the Kubernetes API emulator over HTTPS on loopback for each cluster
 * (certificate from porterSandbox.tls, made by `yarn sandbox:prepare`), seeded
 * from examples/sandbox, with a load-balancer controller stand-in and TCP
 * echo backends. Off unless `porterSandbox.enabled` is true; never in production.
 */
export default createBackendModule({
  pluginId: 'porter',
  moduleId: 'sandbox',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        lifecycle: coreServices.rootLifecycle,
      },
      async init({ config, logger, lifecycle }) {
        const sandbox = config.getOptionalConfig('porterSandbox');
        if (!sandbox?.getOptionalBoolean('enabled')) return;
        // Unset (no PORTER_SANDBOX_TLS_* in the environment): plain HTTP, with a warning.
        const cert = sandbox.getOptionalString('tls.certificate');
        const key = sandbox.getOptionalString('tls.key');
        const running = await startSandbox({
          fixturesDir: resolvePackagePath('backend', '../../examples/sandbox'),
          clusters: sandbox.getConfigArray('clusters').map(c => ({
            name: c.getString('name'),
            port: c.getNumber('port'),
            token: c.getOptionalString('token'),
          })),
          tls: cert && key ? { cert, key } : undefined,
          logger,
        });
        lifecycle.addShutdownHook(() => running.stop());
      },
    });
  },
});
