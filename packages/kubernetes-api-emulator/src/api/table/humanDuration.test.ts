import { age, humanDuration } from './humanDuration';

const s = 1000;
const m = 60 * s;
const h = 60 * m;
const d = 24 * h;

describe('humanDuration (as kubectl writes ages)', () => {
  it.each([
    [-5 * s, '<invalid>'],
    [-1 * s, '0s'],
    [0, '0s'],
    [119 * s, '119s'],
    [2 * m, '2m'],
    [3 * m + 20 * s, '3m20s'],
    [10 * m + 59 * s, '10m'],
    [179 * m, '179m'],
    [3 * h, '3h'],
    [7 * h + 59 * m, '7h59m'],
    [8 * h, '8h'],
    [47 * h, '47h'],
    [2 * d, '2d'],
    [2 * d + 5 * h, '2d5h'],
    [21 * d, '21d'],
    [730 * d, '2y'],
    [731 * d, '2y1d'],
    [9 * 365 * d, '9y'],
  ])('%d ms is %s', (ms, text) => {
    expect(humanDuration(ms)).toBe(text);
  });

  it('reads RFC 3339 timestamps, and says <unknown> without one', () => {
    const now = Date.parse('2026-01-22T10:00:00Z');
    expect(age('2026-01-01T10:00:00Z', now)).toBe('21d');
    expect(age(undefined, now)).toBe('<unknown>');
    expect(age('yesterday', now)).toBe('<invalid>');
  });
});
