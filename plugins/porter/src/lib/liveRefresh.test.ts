import { claim, pairAllocations, side } from '../__testUtils__/fixtures';
import { LIVE_REFRESH, nextDelay, settlingClusters } from './liveRefresh';

describe('live refresh', () => {
  it('backs off by doubling, up to the longest wait', () => {
    const delays = [LIVE_REFRESH.firstDelayMs];
    for (let i = 0; i < 6; i++)
      delays.push(nextDelay(delays[delays.length - 1]));
    expect(delays).toEqual([2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });

  it('follows sides that are Pending, Degraded or not observed yet, and nothing else', () => {
    const make = (sides: ReturnType<typeof side>[]) =>
      claim({
        cluster: 'gold',
        name: 'x',
        allocations: pairAllocations,
        sides,
      });
    expect(
      settlingClusters([
        make([side('gold', 'Ready'), side('golddr', 'Error')]),
      ]),
    ).toEqual([]);
    expect(
      settlingClusters([
        make([side('gold', 'Pending'), side('golddr', 'Ready')]),
      ]),
    ).toEqual(['gold']);
    expect(
      settlingClusters([
        make([side('gold', 'Ready'), side('golddr', 'Degraded')]),
      ]),
    ).toEqual(['golddr']);
    expect(settlingClusters([make([side('gold', 'Ready')])])).toEqual([
      'golddr',
    ]);
  });
});
