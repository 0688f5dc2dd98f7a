import { claimResourceRef, parseClaimResourceRef } from './permissions';

describe('claim resource refs', () => {
  it('are cluster/namespace/name, and parse back', () => {
    const id = { cluster: 'gold', namespace: 'abc123-prod', name: 'pg-tsc' };
    expect(claimResourceRef(id)).toBe('gold/abc123-prod/pg-tsc');
    expect(parseClaimResourceRef(claimResourceRef(id))).toEqual(id);
  });

  it('do not parse entity refs or partial paths', () => {
    expect(parseClaimResourceRef('component:default/patroni')).toBeUndefined();
    expect(parseClaimResourceRef('gold/abc123-prod')).toBeUndefined();
    expect(parseClaimResourceRef('gold/abc123-prod/pg/extra')).toBeUndefined();
    expect(parseClaimResourceRef('gold//pg')).toBeUndefined();
  });
});
