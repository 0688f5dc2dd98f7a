import { isBoundTo, namespaceBindings } from './annotations';

describe('namespaceBindings', () => {
  it('reads the Kubernetes plugin annotation as every cluster', () => {
    const bindings = namespaceBindings({
      'backstage.io/kubernetes-namespace': 'abc123-dev',
    });
    expect(bindings).toEqual([{ namespace: 'abc123-dev' }]);
    expect(isBoundTo(bindings, 'silver', 'abc123-dev')).toBe(true);
    expect(isBoundTo(bindings, 'gold', 'abc123-dev')).toBe(true);
    expect(isBoundTo(bindings, 'gold', 'abc123-prod')).toBe(false);
  });

  it('reads the porter annotation with and without clusters', () => {
    const bindings = namespaceBindings({
      'porter.devops.gov.bc.ca/namespaces':
        ' abc123-test, silver/abc123-dev ,gold/abc123-prod,',
    });
    expect(bindings).toEqual([
      { namespace: 'abc123-test' },
      { cluster: 'silver', namespace: 'abc123-dev' },
      { cluster: 'gold', namespace: 'abc123-prod' },
    ]);
    expect(isBoundTo(bindings, 'silver', 'abc123-dev')).toBe(true);
    expect(isBoundTo(bindings, 'gold', 'abc123-dev')).toBe(false);
    expect(isBoundTo(bindings, 'gold', 'abc123-test')).toBe(true);
  });

  it('has no bindings without annotations', () => {
    expect(namespaceBindings(undefined)).toEqual([]);
    expect(
      namespaceBindings({ 'backstage.io/kubernetes-namespace': '  ' }),
    ).toEqual([]);
  });
});
