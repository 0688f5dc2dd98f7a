import { connectOutcome, freePort, roundTrip } from '../__testUtils__/tcp';
import { startEchoServer } from './echoServer';
import { Backend, startTcpForwarder } from './tcpForwarder';

describe('startTcpForwarder', () => {
  it('forwards to the backend named at connect time', async () => {
    const one = await startEchoServer();
    const two = await startEchoServer();
    let backend: Backend | undefined = { host: one.host, port: one.port };
    const port = await freePort('127.0.10.60');
    const forwarder = await startTcpForwarder({
      address: '127.0.10.60',
      port,
      resolveBackend: () => backend,
    });
    try {
      expect(await roundTrip('127.0.10.60', port, 'to one')).toBe('to one');
      await one.close();
      backend = { host: two.host, port: two.port };
      expect(await roundTrip('127.0.10.60', port, 'to two')).toBe('to two');
      backend = undefined;
      await expect(roundTrip('127.0.10.60', port, 'nowhere')).rejects.toThrow();
    } finally {
      await forwarder.close();
      await two.close();
    }
    expect(await connectOutcome('127.0.10.60', port)).toBe('ECONNREFUSED');
  });

  it('rejects when the address:port is taken', async () => {
    const taken = await startEchoServer({ host: '127.0.10.61' });
    try {
      await expect(
        startTcpForwarder({
          address: '127.0.10.61',
          port: taken.port,
          resolveBackend: () => undefined,
        }),
      ).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await taken.close();
    }
  });
});
