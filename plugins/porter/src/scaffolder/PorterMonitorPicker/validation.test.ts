import { validatePorterMonitor } from './validation';

function errorsFor(value: unknown) {
  const errors: string[] = [];
  validatePorterMonitor(
    value as any,
    { addError: (message: string) => errors.push(message) } as any,
    {} as any,
  );
  return errors;
}

describe('validatePorterMonitor', () => {
  it("accepts Porter's default and the platform document's 10/10", () => {
    expect(errorsFor({ interval: 5, timeout: 16 })).toEqual([]);
    expect(errorsFor({ interval: 10, timeout: 10 })).toEqual([]);
  });

  it.each([
    [
      { interval: 30, timeout: 16 },
      'timeout: monitor.timeout must be at least monitor.interval (F5 recommends timeout = 3 × interval + 1)',
    ],
    [
      { interval: 0, timeout: 16 },
      'interval: monitor.interval (seconds) must be at least 1',
    ],
    [{ interval: 3601, timeout: 86400 }, 'must be at most 3600'],
    [{ interval: 2.5, timeout: 16 }, 'must be a whole number'],
    [{ timeout: 16 }, 'monitor.interval (seconds) is required'],
  ])('refuses %j with the backend’s message', (value, message) => {
    expect(errorsFor(value)).toEqual([expect.stringContaining(message)]);
  });
});
