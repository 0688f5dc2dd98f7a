import { connectOutcome, roundTrip } from '../__testUtils__/tcp';
import { startEchoServer } from './echoServer';

describe('startEchoServer', () => {
  it('echoes bytes back, and stops on close', async () => {
    const echo = await startEchoServer();
    try {
      expect(echo.host).toBe('127.0.0.1');
      expect(await roundTrip(echo.host, echo.port, 'ping')).toBe('ping');
    } finally {
      await echo.close();
    }
    expect(await connectOutcome('127.0.0.1', echo.port)).toBe('ECONNREFUSED');
  });
});
