import { newestFirst } from './newestFirst';

describe('newestFirst', () => {
  const items = [
    { id: 'a', at: '2026-01-01T10:00:00Z' },
    { id: 'b', at: '2026-01-03T10:00:00Z' },
    { id: 'c', at: '2026-01-02T10:00:00Z' },
    { id: 'd', at: '2026-01-03T10:00:00Z' },
  ];

  it('puts the newest first and keeps the order of the same instant', () => {
    expect(newestFirst(items, i => i.at).map(i => i.id)).toEqual([
      'b',
      'd',
      'c',
      'a',
    ]);
  });

  it('leaves the list it was given as it was', () => {
    newestFirst(items, i => i.at);
    expect(items.map(i => i.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
