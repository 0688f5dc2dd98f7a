import {
  qualifiedResource,
  resourceTypeAt,
  resourceTypeNamed,
  resourceTypeOf,
} from './resources';

describe('resource types', () => {
  it('finds a type by kind, plural, singular or short name', () => {
    for (const name of [
      'TransportServer',
      'transportservers',
      'transportserver',
      'ts',
    ]) {
      expect(resourceTypeNamed(name).apiVersion).toBe('cis.f5.com/v1');
    }
    expect(resourceTypeNamed('svc').kind).toBe('Service');
    expect(resourceTypeNamed('deploy').apiVersion).toBe('apps/v1');
    // core pods, not metrics.k8s.io's
    expect(resourceTypeNamed('pods').kind).toBe('Pod');
    expect(() => resourceTypeNamed('Widget')).toThrow(
      /does not serve 'Widget'/,
    );
  });

  it('finds a type by apiVersion and kind or plural, and only there', () => {
    expect(
      resourceTypeOf({
        apiVersion: 'porter.devops.gov.bc.ca/v1alpha1',
        kind: 'TransportServerClaim',
      })?.plural,
    ).toBe('transportserverclaims');
    expect(
      resourceTypeOf({ apiVersion: 'v1', kind: 'TransportServer' }),
    ).toBeUndefined();
    expect(
      resourceTypeAt('networking.k8s.io/v1', 'networkpolicies')?.kind,
    ).toBe('NetworkPolicy');
  });

  it('names resources as the API server does in messages', () => {
    expect(qualifiedResource(resourceTypeNamed('services'))).toBe('services');
    expect(qualifiedResource(resourceTypeNamed('ts'))).toBe(
      'transportservers.cis.f5.com',
    );
  });
});
