import { route } from './routes';

const summary = (path: string) => {
  const r = route(path);
  if (r.type === 'collection')
    return `collection ${r.resource.plural} ns=${r.namespace}`;
  if (r.type === 'object') {
    return `object ${r.resource.plural} ns=${r.namespace} ${r.name}${
      r.subresource ? ` /${r.subresource}` : ''
    }`;
  }
  return r.type;
};

describe('route', () => {
  it.each([
    ['/version', 'version'],
    ['/api', 'apiVersions'],
    ['/apis', 'apiGroupList'],
    ['/apis/cis.f5.com', 'apiGroup'],
    ['/api/v1', 'resourceList'],
    ['/apis/cis.f5.com/v1', 'resourceList'],
    ['/api/v1/namespaces', 'collection namespaces ns=undefined'],
    ['/api/v1/namespaces/a1', 'object namespaces ns=undefined a1'],
    [
      '/api/v1/namespaces/a1/status',
      'object namespaces ns=undefined a1 /status',
    ],
    ['/api/v1/namespaces/a1/services', 'collection services ns=a1'],
    ['/api/v1/namespaces/a1/services/web', 'object services ns=a1 web'],
    [
      '/api/v1/namespaces/a1/services/web/status',
      'object services ns=a1 web /status',
    ],
    ['/api/v1/services', 'collection services ns=undefined'],
    ['/api/v1/endpoints', 'collection endpoints ns=undefined'],
    [
      '/apis/networking.k8s.io/v1/namespaces/a1/networkpolicies/p',
      'object networkpolicies ns=a1 p',
    ],
    [
      '/apis/cis.f5.com/v1/transportservers',
      'collection transportservers ns=undefined',
    ],
    [
      '/apis/porter.devops.gov.bc.ca/v1alpha1/namespaces/a1/transportserverclaims/c/status',
      'object transportserverclaims ns=a1 c /status',
    ],
    ['/api/v1/namespaces/a1/endpoints/e/status', 'unknown'], // no status subresource
    ['/api/v1/namespaces/a1/namespaces', 'unknown'], // cluster-scoped type in a namespace
    ['/api/v1/services/web', 'unknown'], // namespaced object outside its namespace
    ['/apis/cis.f5.com/v2/transportservers', 'unknown'],
    ['/apis/apps/v2', 'unknown'],
    ['/apis/example.com/v1', 'unknown'],
    ['/api/v1/namespaces/a1/services/web/proxy', 'unknown'],
    ['/api/v1/namespaces/a%2Db/services', 'collection services ns=a-b'],
  ])('%s → %s', (path, expected) => {
    expect(summary(path)).toBe(expected);
  });
});
