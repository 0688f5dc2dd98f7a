/*
 * The forwarder benchmark's backend, in its own process (as an application
 * behind a load balancer is): a TCP echo server on 127.0.0.1, port printed
 * on stdout. Runs until its parent ends it.
 *
 *   node --require @backstage/cli/config/nodeTransform.cjs echoProcess.ts
 */
import { startEchoServer } from '@internal/kubernetes-api-emulator';

startEchoServer({ host: '127.0.0.1', port: 0 }).then(echo => {
  process.stdout.write(`${echo.port}\n`);
});
