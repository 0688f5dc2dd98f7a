/**
 * A corpus of malformed requests for the input test (router/inputCorpus.test.ts):
 * names, ports, monitors, YAML tricks, huge and empty bodies, wrong kinds,
 * unicode, path tricks and query parameters on every route. Each expects a
 * 4xx and a message naming the problem. The server holds one claim,
 * silver/yourlicenceplate-dev/yourservice-tsc.
 */
export interface CorpusCase {
  label: string;
  method: 'get' | 'put' | 'post' | 'delete';
  path: string;
  body?: unknown;
  contentType?: string;
  /** Sent as a platform administrator (the admin routes check that first). */
  as?: 'admin';
  status: number;
  message: RegExp;
}

const NS = 'yourlicenceplate-dev';
const CLAIM = `/clusters/silver/namespaces/${NS}/claims/yourservice-tsc`;
const claimPath = (cluster: string, namespace: string, name: string) =>
  `/clusters/${encodeURIComponent(cluster)}/namespaces/${encodeURIComponent(
    namespace,
  )}/claims/${encodeURIComponent(name)}`;
const SPEC = { service: 'yourservice', servicePort: 8000 };
const manifest = (overrides: Record<string, unknown> = {}) => ({
  apiVersion: 'porter.devops.gov.bc.ca/v1alpha1',
  kind: 'TransportServerClaim',
  metadata: { name: 'fresh', namespace: NS },
  spec: { ...SPEC, servicePort: 8100 },
  ...overrides,
});

/** Names no DNS label allows: case, characters, length, unicode look-alikes, path tricks, injection. */
const BAD_NAMES: Array<[string, string]> = [
  ['upper-case', 'MyClaim'],
  ['an underscore', 'my_claim'],
  ['a dot', 'my.claim'],
  ['a leading dash', '-claim'],
  ['a trailing dash', 'claim-'],
  ['64 characters', 'a'.repeat(64)],
  ['2000 characters', 'b'.repeat(2000)],
  ['a space', 'my claim'],
  ['a tab', 'my\tclaim'],
  ['a newline', 'my\nclaim'],
  ['a NUL byte', 'my\u0000claim'],
  ['an umlaut', 'dö'],
  ['full-width letters', 'ｃｌａｉｍ'],
  ['a Cyrillic look-alike', 'сlaim'],
  ['a zero-width space', 'cl\u200baim'],
  ['a right-to-left override', 'claim\u202egnp'],
  ['an emoji', 'claim-😀'],
  ['dot-dot', '..'],
  ['a slash', 'a/b'],
  ['a dot-dot path', '../../etc'],
  ['a backslash', 'a\\b'],
  ['a shell substitution', '$(id)'],
  ['markup', '<script>'],
  ['a quote', "o'neil"],
  ['a glob', '*'],
  ['a percent sign', '100%'],
];

const names: CorpusCase[] = BAD_NAMES.flatMap(([what, name]) => [
  {
    label: `path name with ${what}`,
    method: 'put' as const,
    path: claimPath('silver', NS, name),
    body: { spec: SPEC },
    status: 400,
    message: /^Invalid path: name: name must /,
  },
  {
    label: `path namespace with ${what}`,
    method: 'put' as const,
    path: claimPath('silver', name, 'x'),
    body: { spec: SPEC },
    status: 400,
    message: /^Invalid path: namespace: namespace must /,
  },
  {
    label: `path cluster with ${what}`,
    method: 'get' as const,
    path: claimPath(name, NS, 'x'),
    status: 400,
    message: /^Invalid path: cluster: cluster must /,
  },
  {
    label: `manifest metadata.name with ${what}`,
    method: 'post' as const,
    path: '/clusters/silver/claims',
    body: manifest({ metadata: { name, namespace: NS } }),
    status: 400,
    message:
      /^Invalid TransportServerClaim: metadata.name: metadata.name must /,
  },
  {
    label: `manifest metadata.namespace with ${what}`,
    method: 'post' as const,
    path: '/clusters/silver/claims',
    body: manifest({ metadata: { name: 'fresh', namespace: name } }),
    status: 400,
    message:
      /^Invalid TransportServerClaim: metadata.namespace: metadata.namespace must /,
  },
  {
    label: `query namespace with ${what} on a posted manifest`,
    method: 'post' as const,
    path: `/clusters/silver/claims?namespace=${encodeURIComponent(name)}`,
    body: manifest({ metadata: { name: 'fresh' } }),
    status: 400,
    message: /^Invalid query: namespace: namespace must /,
  },
  {
    label: `query namespace with ${what} on the claim list`,
    method: 'get' as const,
    path: `/claims?namespace=${encodeURIComponent(name)}`,
    status: 400,
    message: /^Invalid query: namespace: namespace must /,
  },
  {
    label: `spec.service with ${what}`,
    method: 'put' as const,
    path: claimPath('silver', NS, 'fresh'),
    body: { spec: { ...SPEC, service: name } },
    status: 400,
    message: /^Invalid body: spec.service: service must /,
  },
]);

const PORTS: Array<[string, unknown, RegExp]> = [
  ['zero', 0, /servicePort must be between 1 and 65535/],
  ['negative', -1, /servicePort must be between 1 and 65535/],
  ['65536', 65536, /servicePort must be between 1 and 65535/],
  [
    'the seed document’s 65555',
    65555,
    /servicePort must be between 1 and 65535/,
  ],
  ['a fraction', 8000.5, /servicePort must be a whole number/],
  ['a string', '8000', /servicePort must be a number/],
  ['hex text', '0x1F40', /servicePort must be a number/],
  ['null', null, /servicePort must be a number/],
  ['true', true, /servicePort must be a number/],
  ['a list', [8000], /servicePort must be a number/],
  ['an object', { port: 8000 }, /servicePort must be a number/],
  ['1e309 (infinite)', '__INFINITY__', /servicePort must be/],
];

const ports: CorpusCase[] = PORTS.flatMap(([what, port, message]) => [
  {
    label: `servicePort ${what} (PUT)`,
    method: 'put' as const,
    path: claimPath('silver', NS, 'fresh'),
    ...(port === '__INFINITY__'
      ? {
          body: '{"spec":{"service":"yourservice","servicePort":1e309}}',
          contentType: 'application/json',
        }
      : { body: { spec: { ...SPEC, servicePort: port } } }),
    status: 400,
    message,
  },
  {
    label: `servicePort ${what} (manifest)`,
    method: 'post' as const,
    path: '/clusters/silver/claims',
    ...(port === '__INFINITY__'
      ? {
          body: `apiVersion: porter.devops.gov.bc.ca/v1alpha1\nkind: TransportServerClaim\nmetadata: {name: fresh, namespace: ${NS}}\nspec: {service: yourservice, servicePort: .inf}\n`,
          contentType: 'application/yaml',
        }
      : {
          body: manifest({
            spec: { service: 'yourservice', servicePort: port },
          }),
        }),
    status: 400,
    message,
  },
]);

const MONITORS: Array<[string, unknown, RegExp]> = [
  [
    'an http monitor',
    { type: 'http', interval: 5, timeout: 16 },
    /monitor.type must be 'tcp'/,
  ],
  [
    'an upper-case type',
    { type: 'TCP', interval: 5, timeout: 16 },
    /monitor.type must be 'tcp'/,
  ],
  [
    'a zero interval',
    { type: 'tcp', interval: 0, timeout: 16 },
    /monitor.interval \(seconds\) must be at least 1/,
  ],
  [
    'a negative interval',
    { type: 'tcp', interval: -5, timeout: 16 },
    /must be at least 1/,
  ],
  [
    'an interval over an hour',
    { type: 'tcp', interval: 3601, timeout: 4000 },
    /must be at most 3600/,
  ],
  [
    'a timeout over a day',
    { type: 'tcp', interval: 5, timeout: 86401 },
    /must be at most 86400/,
  ],
  [
    'a timeout below the interval',
    { type: 'tcp', interval: 10, timeout: 5 },
    /monitor.timeout must be at least monitor.interval/,
  ],
  [
    'a string interval',
    { type: 'tcp', interval: '5', timeout: 16 },
    /monitor.interval \(seconds\) must be a number/,
  ],
  [
    'a fractional timeout',
    { type: 'tcp', interval: 5, timeout: 16.5 },
    /must be a whole number/,
  ],
  [
    'a missing timeout',
    { type: 'tcp', interval: 5 },
    /monitor.timeout \(seconds\) is required/,
  ],
  [
    'an unknown monitor field',
    { type: 'tcp', interval: 5, timeout: 16, send: 'x' },
    /unknown field\(s\) 'send'/,
  ],
  [
    'a string monitor',
    'tcp',
    /spec.monitor: monitor must be an object \(type, interval, timeout\)/,
  ],
  ['a null monitor', null, /spec.monitor: monitor must be an object/],
];

const monitors: CorpusCase[] = MONITORS.map(([what, monitor, message]) => ({
  label: `monitor with ${what}`,
  method: 'put' as const,
  path: claimPath('silver', NS, 'fresh'),
  body: { spec: { ...SPEC, monitor } },
  status: 400,
  message,
}));

const yamlHead = `apiVersion: porter.devops.gov.bc.ca/v1alpha1\nkind: TransportServerClaim\n`;
const billionLaughs = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...Array.from(
    { length: 8 },
    (_, i) =>
      `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(
        9,
      )
        .fill(`*${String.fromCharCode(97 + i)}`)
        .join(',')}]`,
  ),
  'j: [*i,*i,*i,*i,*i,*i,*i,*i,*i]',
].join('\n');

const YAML: Array<[string, string, number, RegExp]> = [
  [
    'an alias bomb (billion laughs)',
    billionLaughs,
    400,
    /^The YAML cannot be read: Excessive alias count/,
  ],
  [
    'an alias bomb inside a claim',
    `${yamlHead}metadata: {name: fresh, namespace: ${NS}}\nx: &x [1,1,1,1,1,1,1,1,1,1]\ny: &y [*x,*x,*x,*x,*x,*x,*x,*x,*x,*x]\nz: &z [*y,*y,*y,*y,*y,*y,*y,*y,*y,*y]\nspec: {service: yourservice, servicePort: 8100, extra: [*z,*z,*z,*z,*z,*z,*z,*z,*z,*z]}\n`,
    400,
    /^The YAML cannot be read: Excessive alias count/,
  ],
  [
    'an unresolved alias',
    `${yamlHead}metadata: {name: *nope}\n`,
    400,
    /^The YAML (does not parse|cannot be read): .*nope/,
  ],
  [
    'two documents',
    `${SEED_YAML_STUB()}---\n${SEED_YAML_STUB()}`,
    400,
    /exactly one YAML document, found 2/,
  ],
  [
    'no document',
    '',
    400,
    /^Expected one TransportServerClaim manifest as YAML/,
  ],
  [
    'only a comment',
    '# nothing here\n',
    400,
    /exactly one YAML document, found 0/,
  ],
  [
    'only a separator',
    '---\n',
    400,
    /^(Expected exactly one YAML document, found 0|Expected one TransportServerClaim manifest)/,
  ],
  [
    'tab indentation',
    `${yamlHead}metadata:\n\tname: fresh\n`,
    400,
    /^The YAML does not parse/,
  ],
  [
    'a duplicate key',
    `${yamlHead}metadata: {name: fresh, name: other, namespace: ${NS}}\nspec: {service: yourservice, servicePort: 8100}\n`,
    400,
    /^The YAML does not parse: Map keys must be unique/,
  ],
  [
    'a merge key adding an unknown field',
    `${yamlHead}base: &b {service: yourservice, servicePort: 8100, extra: 1}\nmetadata: {name: fresh, namespace: ${NS}}\nspec: {<<: *b}\n`,
    400,
    /unknown field\(s\) '<<'/,
  ],
  [
    'a js/function tag',
    `${yamlHead}metadata: {name: fresh, namespace: ${NS}}\nspec: !!js/function "function(){}"\n`,
    400,
    /spec/,
  ],
  [
    'a binary tag',
    `${yamlHead}metadata: {name: !!binary aGVsbG8=, namespace: ${NS}}\nspec: {service: yourservice, servicePort: 8100}\n`,
    400,
    /metadata.name/,
  ],
  [
    'a scalar document',
    'just text',
    400,
    /^Expected one TransportServerClaim manifest/,
  ],
  ['a sequence document', '- a\n- b\n', 400, /got a list of 2/],
  [
    'a null document',
    'null\n',
    400,
    /^(Expected one TransportServerClaim manifest|Expected exactly one YAML document)/,
  ],
  [
    'deep nesting',
    `${'['.repeat(20000)}${']'.repeat(20000)}`,
    400,
    /^(The YAML|Expected one|Expected exactly)/,
  ],
  [
    'a key that is a list',
    `${yamlHead}? [a, b]\n: c\nmetadata: {name: fresh, namespace: ${NS}}\nspec: {service: yourservice, servicePort: 8100}\n`,
    400,
    /^The YAML cannot be read: it has a key that is a list or a map/,
  ],
  [
    'an integer namespace',
    `${yamlHead}metadata: {name: fresh, namespace: 123}\nspec: {service: yourservice, servicePort: 8100}\n`,
    400,
    /metadata.namespace must be a string/,
  ],
  [
    'a boolean name',
    `${yamlHead}metadata: {name: true, namespace: ${NS}}\nspec: {service: yourservice, servicePort: 8100}\n`,
    400,
    /^Invalid TransportServerClaim: metadata.name: metadata.name must be a string/,
  ],
];

function SEED_YAML_STUB() {
  return `${yamlHead}metadata:\n  name: fresh\n  namespace: ${NS}\nspec:\n  service: yourservice\n  servicePort: 8100\n`;
}

const yaml: CorpusCase[] = YAML.map(([what, body, status, message]) => ({
  label: `YAML with ${what}`,
  method: 'post' as const,
  path: '/clusters/silver/claims',
  body,
  contentType: 'application/yaml',
  status,
  message,
}));

const KINDS: Array<[string, object, RegExp]> = [
  [
    'a TransportServer',
    manifest({ apiVersion: 'cis.f5.com/v1', kind: 'TransportServer' }),
    /apiVersion must be 'porter.devops.gov.bc.ca\/v1alpha1'/,
  ],
  [
    'a Service',
    manifest({ apiVersion: 'v1', kind: 'Service' }),
    /kind must be 'TransportServerClaim'/,
  ],
  [
    'no kind',
    manifest({ kind: undefined }),
    /kind: kind must be 'TransportServerClaim'/,
  ],
  [
    'no apiVersion',
    manifest({ apiVersion: undefined }),
    /apiVersion: apiVersion must be/,
  ],
  [
    'another version of the group',
    manifest({ apiVersion: 'porter.devops.gov.bc.ca/v1' }),
    /apiVersion must be 'porter.devops.gov.bc.ca\/v1alpha1'/,
  ],
  [
    'a lower-case kind',
    manifest({ kind: 'transportserverclaim' }),
    /kind must be 'TransportServerClaim'/,
  ],
  [
    'a List',
    { apiVersion: 'v1', kind: 'List', items: [manifest()] },
    /kind must be 'TransportServerClaim'/,
  ],
  ['no spec', manifest({ spec: undefined }), /spec: spec is required/],
  [
    'a string spec',
    manifest({ spec: 'yourservice:8000' }),
    /spec: spec must be an object/,
  ],
  [
    'no metadata',
    manifest({ metadata: undefined }),
    /metadata: metadata is required/,
  ],
  [
    'an unknown spec field',
    manifest({ spec: { ...SPEC, servicePorts: [1] } }),
    /unknown field\(s\) 'servicePorts'/,
  ],
  [
    'a namespace other than the query',
    manifest(),
    /does not match the namespace parameter 'abc123-tools'/,
  ],
  [
    'no namespace at all',
    manifest({ metadata: { name: 'fresh' } }),
    /metadata.namespace is required \(or pass \?namespace=\)/,
  ],
  [
    'an entity-ref annotation that is not a reference',
    manifest({
      metadata: {
        name: 'fresh',
        namespace: NS,
        annotations: { 'porter.devops.gov.bc.ca/entity-ref': 'not a ref' },
      },
    }),
    /entityRef 'not a ref' is not an entity reference/,
  ],
  [
    'an annotation that is not a string',
    manifest({
      metadata: {
        name: 'fresh',
        namespace: NS,
        annotations: { 'porter.devops.gov.bc.ca/entity-ref': 42 },
      },
    }),
    /metadata.annotations.porter.devops.gov.bc.ca\/entity-ref: /,
  ],
];

const kinds: CorpusCase[] = KINDS.map(([what, body, message]) => ({
  label: `manifest with ${what}`,
  method: 'post' as const,
  path:
    what === 'a namespace other than the query'
      ? '/clusters/silver/claims?namespace=abc123-tools'
      : '/clusters/silver/claims',
  body,
  status: 400,
  message,
}));

const bodies: CorpusCase[] = [
  {
    label: 'PUT without a body',
    method: 'put',
    path: claimPath('silver', NS, 'fresh'),
    status: 400,
    message: /^Invalid body: spec: spec is required$/,
  },
  {
    label: 'PUT with a JSON list',
    method: 'put',
    path: claimPath('silver', NS, 'fresh'),
    body: [SPEC],
    status: 400,
    message: /^Invalid body: /,
  },
  {
    label: 'PUT with a JSON string',
    method: 'put',
    path: claimPath('silver', NS, 'fresh'),
    body: '"spec"',
    contentType: 'application/json',
    status: 400,
    message: /^The body is not valid JSON/,
  },
  {
    label: 'PUT with broken JSON',
    method: 'put',
    path: claimPath('silver', NS, 'fresh'),
    body: '{"spec": {',
    contentType: 'application/json',
    status: 400,
    message: /^The body is not valid JSON/,
  },
  {
    label: 'PUT with a __proto__ field',
    method: 'put',
    path: claimPath('silver', NS, 'fresh'),
    body: '{"spec":{"service":"yourservice","servicePort":8000},"__proto__":{"admin":true}}',
    contentType: 'application/json',
    status: 400,
    message: /unknown field\(s\) '__proto__'/,
  },
  {
    label: 'PUT with a constructor field',
    method: 'put',
    path: claimPath('silver', NS, 'fresh'),
    body: { spec: SPEC, constructor: { prototype: {} } },
    status: 400,
    message: /unknown field\(s\) 'constructor'/,
  },
  {
    label: 'PUT with an unknown top-level field',
    method: 'put',
    path: claimPath('silver', NS, 'fresh'),
    body: { spec: SPEC, cluster: 'gold' },
    status: 400,
    message: /unknown field\(s\) 'cluster'/,
  },
  {
    label: 'PUT with a body of 300 kB',
    method: 'put',
    path: claimPath('silver', NS, 'fresh'),
    body: { spec: SPEC, padding: 'x'.repeat(300 * 1024) },
    status: 413,
    message:
      /^The body is \d+ bytes, more than the 262144 bytes Porter accepts/,
  },
  {
    label: 'PUT as text/plain',
    method: 'put',
    path: claimPath('silver', NS, 'fresh'),
    body: JSON.stringify({ spec: SPEC }),
    contentType: 'text/plain',
    status: 415,
    message: /^The body is text\/plain; send application\/json/,
  },
  {
    label: 'PUT as XML',
    method: 'put',
    path: claimPath('silver', NS, 'fresh'),
    body: '<claim/>',
    contentType: 'application/xml',
    status: 415,
    message: /^The body is application\/xml; send application\/json/,
  },
  {
    label: 'PUT as a form',
    method: 'put',
    path: claimPath('silver', NS, 'fresh'),
    body: 'spec=1',
    contentType: 'application/x-www-form-urlencoded',
    status: 415,
    message: /send application\/json/,
  },
  {
    label: 'PUT JSON in another charset',
    method: 'put',
    path: claimPath('silver', NS, 'fresh'),
    body: JSON.stringify({ spec: SPEC }),
    contentType: 'application/json; charset=utf-16',
    status: 415,
    message: /charset is not supported \(utf-16\); send UTF-8/,
  },
  {
    label: 'PUT with a null spec',
    method: 'put',
    path: claimPath('silver', NS, 'fresh'),
    body: { spec: null },
    status: 400,
    message:
      /^Invalid body: spec: spec must be an object \(service, servicePort/,
  },
  {
    label: 'PUT with an empty entityRef',
    method: 'put',
    path: claimPath('silver', NS, 'fresh'),
    body: { spec: SPEC, entityRef: '' },
    status: 400,
    message: /entityRef/,
  },
  {
    label: 'PUT with an entityRef that is not one',
    method: 'put',
    path: claimPath('silver', NS, 'fresh'),
    body: { spec: SPEC, entityRef: 'not a ref' },
    status: 400,
    message: /entityRef 'not a ref' is not an entity reference/,
  },
  {
    label: 'PUT with an entityRef of an unknown entity',
    method: 'put',
    path: claimPath('silver', NS, 'fresh'),
    body: { spec: SPEC, entityRef: 'component:default/nope' },
    status: 400,
    message: /Entity 'component:default\/nope' was not found/,
  },
  {
    label: 'PUT with a numeric entityRef',
    method: 'put',
    path: claimPath('silver', NS, 'fresh'),
    body: { spec: SPEC, entityRef: 7 },
    status: 400,
    message: /entityRef/,
  },
  {
    label: 'POST a manifest without a body',
    method: 'post',
    path: '/clusters/silver/claims',
    status: 400,
    message: /^Expected one TransportServerClaim manifest as YAML/,
  },
  {
    label: 'POST a manifest as XML',
    method: 'post',
    path: '/clusters/silver/claims',
    body: '<TransportServerClaim/>',
    contentType: 'application/xml',
    status: 415,
    message: /send application\/json or application\/yaml/,
  },
  {
    label: 'POST a JSON list of manifests',
    method: 'post',
    path: '/clusters/silver/claims',
    body: [manifest()],
    status: 400,
    message: /got a list of 1/,
  },
  {
    label: 'POST a manifest of 300 kB',
    method: 'post',
    path: '/clusters/silver/claims',
    body: `${SEED_YAML_STUB()}# ${'x'.repeat(300 * 1024)}\n`,
    contentType: 'application/yaml',
    status: 413,
    message: /more than the 262144 bytes/,
  },
  {
    label: 'POST a manifest to a secondary',
    method: 'post',
    path: '/clusters/golddr/claims',
    body: manifest(),
    status: 400,
    message: /secondary of the pair 'gold'\/'golddr'/,
  },
  {
    label: 'POST a manifest to an unknown cluster',
    method: 'post',
    path: '/clusters/bronze/claims',
    body: manifest(),
    status: 404,
    message: /Unknown cluster 'bronze'/,
  },
  {
    label: 'POST policy with broken JSON',
    method: 'post',
    path: `${CLAIM}/policy`,
    body: '{"clusters": [',
    contentType: 'application/json',
    status: 400,
    message: /^The body is not valid JSON/,
  },
  {
    label: 'POST policy with clusters not a list',
    method: 'post',
    path: `${CLAIM}/policy`,
    body: { clusters: 'silver' },
    status: 400,
    message: /clusters must be a list of cluster names/,
  },
  {
    label: 'POST policy with no clusters',
    method: 'post',
    path: `${CLAIM}/policy`,
    body: { clusters: [] },
    status: 400,
    message: /clusters must name at least one cluster/,
  },
  {
    label: 'POST policy for a cluster not of the claim',
    method: 'post',
    path: `${CLAIM}/policy`,
    body: { clusters: ['gold'] },
    status: 400,
    message: /clusters gold do not realise claim 'yourservice-tsc'/,
  },
  {
    label: 'POST policy with confirmIsolation "yes"',
    method: 'post',
    path: `${CLAIM}/policy`,
    body: { confirmIsolation: 'yes' },
    status: 400,
    message: /confirmIsolation must be true or false/,
  },
  {
    label: 'POST policy with an unknown field',
    method: 'post',
    path: `${CLAIM}/policy`,
    body: { force: true },
    status: 400,
    message: /unknown field\(s\) 'force'/,
  },
  {
    label: 'POST policy as text',
    method: 'post',
    path: `${CLAIM}/policy`,
    body: 'apply',
    contentType: 'text/plain',
    status: 415,
    message: /send application\/json/,
  },
  {
    label: 'POST test with a text body',
    method: 'post',
    path: `${CLAIM}/test`,
    body: 'now',
    contentType: 'text/plain',
    status: 415,
    message: /send application\/json/,
  },
  {
    label: 'PUT a claim in an unknown cluster',
    method: 'put',
    path: claimPath('bronze', NS, 'fresh'),
    body: { spec: SPEC },
    status: 404,
    message: /Unknown cluster 'bronze'/,
  },
  {
    label: 'PUT a claim in a secondary',
    method: 'put',
    path: claimPath('golddr', NS, 'fresh'),
    body: { spec: SPEC },
    status: 400,
    message: /Make the claim in 'gold'/,
  },
  {
    label: 'PUT a second claim on the same Service port',
    method: 'put',
    path: claimPath('silver', NS, 'copy'),
    body: { spec: SPEC },
    status: 409,
    message: /already exposed by claim 'yourservice-tsc'/,
  },
  ...([0, -1, 1.5, '6', null] as unknown[]).map(
    (objects): CorpusCase => ({
      label: `confirm deletions with objects ${JSON.stringify(objects)}`,
      method: 'post',
      path: '/admin/deletion-guards/silver/confirm',
      as: 'admin',
      body: { objects },
      status: 400,
      message: /^Invalid body: objects: objects must/,
    }),
  ),
  {
    label: 'confirm deletions without a body',
    method: 'post',
    path: '/admin/deletion-guards/silver/confirm',
    as: 'admin',
    status: 400,
    message: /objects must be the number of held deletions you reviewed/,
  },
  {
    label: 'confirm deletions with an unknown field',
    method: 'post',
    path: '/admin/deletion-guards/silver/confirm',
    as: 'admin',
    body: { objects: 1, all: true },
    status: 400,
    message: /unknown field\(s\) 'all'/,
  },
  {
    label: 'confirm deletions where nothing is held',
    method: 'post',
    path: '/admin/deletion-guards/silver/confirm',
    as: 'admin',
    body: { objects: 1 },
    status: 409,
    message: /Nothing is held back in cluster 'silver'/,
  },
  {
    label: 'confirm deletions in an unknown cluster',
    method: 'post',
    path: '/admin/deletion-guards/bronze/confirm',
    as: 'admin',
    body: { objects: 1 },
    status: 404,
    message: /Unknown cluster 'bronze'/,
  },
  {
    label: 'confirm deletions in a cluster that is not a name',
    method: 'post',
    path: '/admin/deletion-guards/Silver!/confirm',
    as: 'admin',
    body: { objects: 1 },
    status: 400,
    message: /^Invalid path: cluster: cluster must/,
  },
];

/** Every route of the API with a valid path, for the query parameter cases. */
const ROUTES: Array<[CorpusCase['method'], string, 'admin'?]> = [
  ['get', '/clusters'],
  ['get', '/pools'],
  ['get', '/admin/overview', 'admin'],
  ['post', '/admin/deletion-guards/silver/confirm', 'admin'],
  ['get', `/clusters/silver/namespaces/${NS}/services`],
  ['get', `/clusters/silver/namespaces/${NS}/access`],
  ['get', '/claims'],
  ['post', '/clusters/silver/claims'],
  ['get', CLAIM],
  ['put', CLAIM],
  ['delete', CLAIM],
  ['get', `${CLAIM}/manifests`],
  ['get', `${CLAIM}/history`],
  ['get', `${CLAIM}/policy`],
  ['post', `${CLAIM}/policy`],
  ['post', `${CLAIM}/test`],
];

const queries: CorpusCase[] = [
  ...ROUTES.map(
    ([method, path, as]): CorpusCase => ({
      label: `an unknown query parameter on ${method.toUpperCase()} ${path}`,
      method,
      path: `${path}?bogus=1`,
      as,
      body: method === 'put' ? { spec: SPEC } : undefined,
      status: 400,
      message: /^Invalid query: unknown field\(s\) 'bogus'/,
    }),
  ),
  ...ROUTES.map(
    ([method, path, as]): CorpusCase => ({
      label: `a prototype-polluting query parameter on ${method.toUpperCase()} ${path}`,
      method,
      path: `${path}?__proto__[admin]=1`,
      as,
      body: method === 'put' ? { spec: SPEC } : undefined,
      status: 400,
      message: /^Invalid query: unknown field\(s\) '__proto__\[admin\]'/,
    }),
  ),
  ...(
    [
      ['limit 0', '/claims?limit=0', /limit must be between 1 and 500/],
      ['limit 501', '/claims?limit=501', /limit must be between 1 and 500/],
      ['limit abc', '/claims?limit=abc', /limit must be a whole number/],
      ['limit 1.5', '/claims?limit=1.5', /limit must be a whole number/],
      ['limit -1', '/claims?limit=-1', /limit must be a whole number/],
      [
        'limit given twice',
        '/claims?limit=1&limit=2',
        /limit must be given once/,
      ],
      ['an empty limit', '/claims?limit=', /limit must be a whole number/],
      [
        'a cursor that is not ours',
        '/claims?cursor=not-ours',
        /cursor is not one this API returned/,
      ],
      [
        'a base64 cursor of something else',
        `/claims?cursor=${Buffer.from('{"a":1}').toString('base64url')}`,
        /cursor is not one this API returned/,
      ],
      [
        'a cursor of 5000 characters',
        `/claims?cursor=${'a'.repeat(5000)}`,
        /cursor is not one this API returned/,
      ],
      [
        'a cluster filter in upper case',
        '/claims?cluster=SILVER',
        /cluster: cluster must be a DNS-1123 label/,
      ],
      [
        'a cluster filter given twice',
        '/claims?cluster=silver&cluster=gold',
        /cluster must be given once/,
      ],
      [
        'a namespace filter given twice',
        '/claims?namespace=a&namespace=b',
        /namespace must be given once/,
      ],
      [
        'an entityRef filter that is not one',
        '/claims?entityRef=yourservice',
        /entityRef must be an entity reference/,
      ],
      [
        'an entityRef filter with spaces',
        `/claims?entityRef=${encodeURIComponent(
          'component:default/your service',
        )}`,
        /entityRef must be an entity reference/,
      ],
      [
        'an entityRef filter of 300 characters',
        `/claims?entityRef=component:default/${'a'.repeat(300)}`,
        /entityRef must be at most 255 characters/,
      ],
      [
        'an empty entityRef filter',
        '/claims?entityRef=',
        /entityRef must not be empty/,
      ],
      [
        'an entityRef given twice on a manifest',
        '/clusters/silver/claims?entityRef=component:default/a&entityRef=component:default/b',
        /entityRef must be given once/,
      ],
      [
        'an entityRef on a manifest that is not one',
        '/clusters/silver/claims?entityRef=:',
        /entityRef must be an entity reference/,
      ],
      [
        'dryRun yes',
        `${CLAIM.replace('yourservice-tsc', 'fresh')}?dryRun=yes`,
        /dryRun must be 'true' or 'false'/,
      ],
      [
        'dryRun given twice',
        `${CLAIM.replace('yourservice-tsc', 'fresh')}?dryRun=true&dryRun=false`,
        /dryRun must be 'true' or 'false'/,
      ],
      [
        'format xml',
        `${CLAIM}/manifests?format=xml`,
        /format must be 'json' or 'yaml'/,
      ],
      [
        'format given twice',
        `${CLAIM}/manifests?format=json&format=yaml`,
        /format must be 'json' or 'yaml'/,
      ],
    ] as Array<[string, string, RegExp]>
  ).map(
    ([what, path, message]): CorpusCase => ({
      label: `query with ${what}`,
      ...validRequestFor(path),
      path,
      status: 400,
      message,
    }),
  ),
];

/** The method and a valid body for a path, so only its query is wrong. */
function validRequestFor(path: string): Pick<CorpusCase, 'method' | 'body'> {
  if (path.includes('dryRun')) {
    return { method: 'put', body: { spec: { ...SPEC, servicePort: 8100 } } };
  }
  if (path.startsWith('/clusters/silver/claims?')) {
    return { method: 'post', body: manifest() };
  }
  return { method: 'get' };
}

export const CORPUS: CorpusCase[] = [
  ...names,
  ...ports,
  ...monitors,
  ...yaml,
  ...kinds,
  ...bodies,
  ...queries,
];
