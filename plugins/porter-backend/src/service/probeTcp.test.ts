import { createServer, Server } from 'node:net';
import { tcpProbeCommands } from '@internal/plugin-porter-common';
import { probeTcp } from './probeTcp';

describe('probeTcp', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = createServer(socket => socket.end());
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as any).port;
  });
  afterAll(() => new Promise(resolve => server.close(resolve)));

  it('reports a successful connection with its latency', async () => {
    const result = await probeTcp('127.0.0.1', port, 2000);
    expect(result.ok).toBe(true);
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('reports a refused connection with the reason', async () => {
    const closed = createServer();
    await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve));
    const freePort = (closed.address() as any).port;
    await new Promise(resolve => closed.close(resolve));
    const result = await probeTcp('127.0.0.1', freePort, 2000);
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringMatching(/ECONNREFUSED/),
    });
  });

  it('gives the shell commands of the platform document', () => {
    expect(tcpProbeCommands('142.34.194.68', 30123, 10)[0]).toBe(
      'timeout 10 bash -c ">/dev/tcp/142.34.194.68/30123"; echo $?',
    );
  });
});
