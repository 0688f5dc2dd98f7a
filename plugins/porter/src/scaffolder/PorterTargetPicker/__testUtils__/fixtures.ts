import type { Entity } from '@backstage/catalog-model';
import type {
  ClusterSummary,
  NamespaceAccess,
  ServiceSummary,
} from '@internal/plugin-porter-common';
import { http, HttpResponse } from 'msw';
import type { SetupServer } from 'msw/node';
import { allowedAccess } from '../../../__testUtils__/fixtures';

export const baseUrl = 'http://localhost:7007/api/porter';

function component(name: string, annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', annotations },
    spec: { type: 'service', lifecycle: 'production', owner: 'guests' },
  };
}

/** The sandbox's example components (examples/porter-entities.yaml), and one without a binding. */
export const entities = [
  component('clamav', {
    'porter.devops.gov.bc.ca/namespaces': 'silver/abc123-tools',
  }),
  component('patroni-replica', {
    'porter.devops.gov.bc.ca/namespaces':
      'gold/abc123-prod, golddr/abc123-prod',
  }),
  component('unbound', {}),
];

/** The sandbox's clusters as `GET /clusters` describes them. */
export const clusters: ClusterSummary[] = [
  {
    name: 'silver',
    role: 'standalone',
    ports: { from: 30000, to: 39999 },
    addresses: { ClusterIP: ['127.0.10.1'], NodePort: ['127.0.10.2'] },
    defaultServiceType: 'NodePort',
    requireNodePort: false,
  },
  {
    name: 'gold',
    role: 'primary',
    peer: 'golddr',
    ports: { from: 40000, to: 49999 },
    addresses: { NodePort: ['127.0.20.2'] },
    defaultServiceType: 'NodePort',
    requireNodePort: true,
  },
  {
    name: 'golddr',
    role: 'secondary',
    peer: 'gold',
    ports: { from: 50000, to: 59999 },
    addresses: { NodePort: ['127.0.30.2'] },
    defaultServiceType: 'NodePort',
    requireNodePort: true,
  },
];

/** Services per `cluster/namespace`. */
export const services: Record<string, ServiceSummary[]> = {
  'silver/abc123-tools': [
    {
      name: 'clamav',
      type: 'ClusterIP',
      ports: [{ name: 'clamd', port: 3310, protocol: 'TCP' }],
    },
    {
      name: 'dns',
      type: 'ClusterIP',
      ports: [{ name: 'dns', port: 53, protocol: 'UDP' }],
    },
  ],
  'gold/abc123-prod': [
    {
      name: 'patroni',
      type: 'NodePort',
      ports: [
        { name: 'postgres', port: 5432, protocol: 'TCP' },
        { name: 'patroni-api', port: 8008, protocol: 'TCP' },
      ],
    },
    {
      name: 'pgbouncer',
      type: 'ClusterIP',
      ports: [{ name: 'pgbouncer', port: 6432, protocol: 'TCP' }],
    },
  ],
};

/**
 * Serves `GET /clusters` and `GET …/services` from the fixtures, and
 * `GET …/access` with `access` (by default: everything allowed); returns
 * the Service lists asked for.
 */
export function servePorter(
  server: SetupServer,
  access: (
    cluster: string,
    namespace: string,
  ) => NamespaceAccess = allowedAccess,
): string[] {
  const asked: string[] = [];
  server.use(
    http.get(`${baseUrl}/clusters`, () =>
      HttpResponse.json({
        items: clusters,
        settings: { retentionDays: 30, quotaPerNamespace: 20 },
      }),
    ),
    http.get(
      `${baseUrl}/clusters/:cluster/namespaces/:namespace/services`,
      ({ params }) => {
        const key = `${params.cluster}/${params.namespace}`;
        asked.push(key);
        return HttpResponse.json({ items: services[key] ?? [] });
      },
    ),
    http.get(
      `${baseUrl}/clusters/:cluster/namespaces/:namespace/access`,
      ({ params }) =>
        HttpResponse.json(
          access(String(params.cluster), String(params.namespace)),
        ),
    ),
  );
  return asked;
}
