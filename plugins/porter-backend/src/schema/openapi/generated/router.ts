// THIS FILE IS GENERATED from plugins/porter-backend/src/schema/openapi.yaml
// by the porter backend's `generate:openapi` script. Do not edit.
/* eslint-disable */

import { createValidatedOpenApiRouterFromGeneratedEndpointMap } from '@backstage/backend-openapi-utils';
import type { PorterApiOperations } from '@internal/plugin-porter-common';

/** The OpenAPI document, as served at `/api/porter/openapi.json`. */
export const spec = {
  openapi: '3.0.3',
  info: {
    title: 'Porter for Backstage',
    version: '0.1.0',
    description:
      "The control plane for TransportServerClaims (porter.devops.gov.bc.ca/v1alpha1):\nraw TCP exposure of Services through F5 TransportServers, with VIP/port\nallocation and Gold/GoldDR mirroring. Mounted at /api/porter.\n\nEvery route needs a Backstage user or service token. Where a user may\nwrite, and look inside a namespace (its Services, its NetworkPolicies), is\ndecided by the cluster: Porter asks it with a SubjectAccessReview whether\nthe user's cluster identity may create transportserverclaims (writes),\nlist services or list networkpolicies there (porter.authorization;\nnamespaceAccess: catalog leaves it to the catalog). Writes are also\nchecked by the permission framework (porter.claim.create|update|delete)\nand by the entity/namespace binding, which links a claim to the catalog\nentity it is for (annotation backstage.io/kubernetes-namespace or\nporter.devops.gov.bc.ca/namespaces) and grants nothing on its own.\nService principals get no writes and no namespace reads unless they call\non behalf of a user.\n\nErrors use Backstage's error body: `{ error: { name, message }, response: { statusCode } }`.\nThe message names the field or the rule at fault. Any route answers 503\n(ServiceUnavailableError) while Porter's database cannot serve it (down,\nrestarting, no connection free, locked); the message says why, and the\nrequest can be sent again.\n",
  },
  servers: [
    {
      url: '/api/porter',
    },
  ],
  security: [
    {
      backstageToken: [],
    },
  ],
  paths: {
    '/clusters': {
      get: {
        operationId: 'listClusters',
        summary:
          'The clusters Porter manages, with their role, port range and address pools.',
        responses: {
          '200': {
            description: 'The clusters.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['items', 'settings'],
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/ClusterSummary',
                      },
                    },
                    settings: {
                      $ref: '#/components/schemas/PorterSettings',
                    },
                  },
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
        },
      },
    },
    '/pools': {
      get: {
        operationId: 'listPools',
        summary:
          'Port usage per cluster: allocated, retained for recently deleted claims, free.',
        responses: {
          '200': {
            description: 'Usage per cluster.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['items'],
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/PoolUsage',
                      },
                    },
                  },
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
        },
      },
    },
    '/admin/overview': {
      get: {
        operationId: 'getAdminOverview',
        summary:
          'For platform administrators (permission porter.admin.read): port usage per cluster and address, claims per namespace against the quota, deletions the reconciler holds back, what it could not do, and every side that is Degraded or in Error, newest first.',
        responses: {
          '200': {
            description: 'The overview.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/AdminOverview',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
        },
      },
    },
    '/admin/deletion-guards/{cluster}/confirm': {
      post: {
        operationId: 'confirmDeletionGuard',
        summary:
          'For platform administrators (permission porter.admin.confirm): let the next reconciler pass delete what the deletion guard holds back in a cluster.',
        description:
          "The body states how many held deletions the administrator reviewed\n(the guard's wouldDelete); a confirmation never covers a larger\ndeletion than the one seen (409 when the number differs). Audited as\ndeletion-guard-confirm.\n",
        parameters: [
          {
            $ref: '#/components/parameters/cluster',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: false,
                required: ['objects'],
                properties: {
                  objects: {
                    type: 'integer',
                    minimum: 1,
                  },
                },
              },
            },
          },
        },
        responses: {
          '200': {
            description:
              'The guard with the confirmation; the next pass deletes and clears it.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/DeletionGuardStatus',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
        },
      },
    },
    '/clusters/{cluster}/namespaces/{namespace}/services': {
      get: {
        operationId: 'listServices',
        summary:
          "The Services in a namespace of a cluster, to pick a claim's target from.",
        parameters: [
          {
            $ref: '#/components/parameters/cluster',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
        ],
        description:
          'Only for callers the cluster lets list services in the namespace.',
        responses: {
          '200': {
            description: 'The Services, by name.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['items'],
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/ServiceSummary',
                      },
                    },
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '503': {
            $ref: '#/components/responses/Unavailable',
          },
        },
      },
    },
    '/clusters/{cluster}/namespaces/{namespace}/access': {
      get: {
        operationId: 'getNamespaceAccess',
        summary:
          'What the caller may do in a namespace of a cluster (create claims, list Services, read NetworkPolicies), each with the reason.',
        description:
          "So a UI can explain before anyone tries. With namespaceAccess: cluster\neach answer is the cluster's (a SubjectAccessReview for the caller's\ncluster identity, which is returned too); for a pair's primary,\ncreateClaims needs both clusters. A cluster that cannot be asked gives\nallowed: false with the reason.\n",
        parameters: [
          {
            $ref: '#/components/parameters/cluster',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
        ],
        responses: {
          '200': {
            description: 'The answers.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/NamespaceAccess',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/claims': {
      get: {
        operationId: 'listClaims',
        summary:
          'One page of claims, optionally filtered by cluster, namespace or catalog entity.',
        description:
          'Claims in (cluster, namespace, name) order, at most `limit` per page. While\n`nextCursor` is set, pass it as `cursor` to get the next page. A page is cut\nbefore the read check, so it may hold fewer than `limit` claims (even none)\nand still have a `nextCursor`.\n',
        parameters: [
          {
            name: 'cluster',
            in: 'query',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'namespace',
            in: 'query',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'entityRef',
            in: 'query',
            description:
              'e.g. component:default/yourservice (case-insensitive)',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'limit',
            in: 'query',
            description: 'Claims per page.',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 500,
              default: 100,
            },
          },
          {
            name: 'cursor',
            in: 'query',
            description: 'The `nextCursor` of the previous page, unchanged.',
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The claims the caller may read.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ClaimPage',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
        },
      },
    },
    '/clusters/{cluster}/claims': {
      post: {
        operationId: 'applyManifest',
        summary:
          'Apply a TransportServerClaim manifest, as `oc apply -f` would (create or update).',
        description:
          "Posts the platform document's YAML as is. The namespace comes from\nmetadata.namespace or the `namespace` parameter. The catalog entity comes\nfrom the `entityRef` parameter, the annotation porter.devops.gov.bc.ca/entity-ref,\nor, when neither is given, the one entity bound to the namespace that the caller may write for.\n\nThe answer comes once the claim and its ports are stored; the cluster writes follow\nasynchronously, and each side of the claim reports their progress (`Pending` until\nPorter has written the objects and the load balancer reports). Re-applying the same\nspec writes nothing.\n",
        parameters: [
          {
            $ref: '#/components/parameters/cluster',
          },
          {
            name: 'namespace',
            in: 'query',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'entityRef',
            in: 'query',
            schema: {
              type: 'string',
            },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/yaml': {
              schema: {
                type: 'string',
              },
              example:
                'apiVersion: porter.devops.gov.bc.ca/v1alpha1\nkind: TransportServerClaim\nmetadata:\n  name: yourservice-tsc\n  namespace: yourlicenceplate-dev\nspec:\n  monitor: { interval: 10, timeout: 10, type: tcp }\n  service: yourservice\n  servicePort: 8000\n',
            },
            'application/json': {
              schema: {
                $ref: '#/components/schemas/TransportServerClaimManifest',
              },
            },
          },
        },
        responses: {
          '200': {
            $ref: '#/components/responses/ClaimUpdated',
          },
          '201': {
            $ref: '#/components/responses/ClaimCreated',
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
        },
      },
    },
    '/clusters/{cluster}/namespaces/{namespace}/claims/{name}': {
      parameters: [
        {
          $ref: '#/components/parameters/cluster',
        },
        {
          $ref: '#/components/parameters/namespace',
        },
        {
          $ref: '#/components/parameters/name',
        },
      ],
      get: {
        operationId: 'getClaim',
        summary: 'One claim, with its allocations.',
        responses: {
          '200': {
            description: 'The claim.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Claim',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
      put: {
        operationId: 'applyClaim',
        summary: 'Create or update a claim (idempotent).',
        description:
          "Claims are made in standalone clusters and pair primaries; a claim aimed at a\npair's secondary is refused with a message naming the primary. A pair claim\ngets one allocation per side. Re-applying the same spec writes nothing.\nChanging service or servicePort retains the old port for its target and allocates anew.\n\nThe answer comes once the claim and its ports are stored: the cluster writes follow\nasynchronously, and each side of the claim reports their progress. A created or\nchanged claim's sides are `Pending` in the answer, until Porter has written the\nobjects and the load balancer reports; a failed write is retried by the reconciler.\n\nWith `dryRun=true` nothing is written: every check runs, the ports are\nallocated inside a transaction that is rolled back, and the answer (200) is a\n`ClaimPreview`: the claim as it would be, whether it would be created, and the\nobjects it would write per cluster. The ports shown are those it would get now.\n",
        parameters: [
          {
            name: 'dryRun',
            in: 'query',
            schema: {
              type: 'string',
              enum: ['true', 'false'],
            },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: false,
                required: ['spec'],
                properties: {
                  spec: {
                    $ref: '#/components/schemas/ClaimSpec',
                  },
                  entityRef: {
                    type: 'string',
                    example: 'component:default/yourservice',
                  },
                },
              },
            },
          },
        },
        responses: {
          '200': {
            description:
              'Updated or unchanged (a Claim); with dryRun=true, a ClaimPreview.',
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    {
                      $ref: '#/components/schemas/Claim',
                    },
                    {
                      $ref: '#/components/schemas/ClaimPreview',
                    },
                  ],
                },
              },
            },
          },
          '201': {
            $ref: '#/components/responses/ClaimCreated',
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
        },
      },
      delete: {
        operationId: 'deleteClaim',
        summary:
          'Delete a claim. Its ports are retained for the same namespace/Service/port for porter.retention.days.',
        description:
          'The answer comes once the claim is deleted from the database; its objects are removed\nfrom the clusters asynchronously (what cannot be removed then, the reconciler removes).\n',
        responses: {
          '204': {
            description: 'Deleted.',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/clusters/{cluster}/namespaces/{namespace}/claims/{name}/manifests': {
      parameters: [
        {
          $ref: '#/components/parameters/cluster',
        },
        {
          $ref: '#/components/parameters/namespace',
        },
        {
          $ref: '#/components/parameters/name',
        },
      ],
      get: {
        operationId: 'getClaimManifests',
        summary: "The Kubernetes objects the claim's plan writes, per cluster.",
        parameters: [
          {
            name: 'format',
            in: 'query',
            schema: {
              type: 'string',
              enum: ['json', 'yaml'],
              default: 'json',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The planned objects.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ClaimManifests',
                },
              },
              'application/yaml': {
                schema: {
                  type: 'string',
                  description:
                    'Multi-document YAML; each document headed by a `# cluster:` comment.',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/clusters/{cluster}/namespaces/{namespace}/claims/{name}/history': {
      parameters: [
        {
          $ref: '#/components/parameters/cluster',
        },
        {
          $ref: '#/components/parameters/namespace',
        },
        {
          $ref: '#/components/parameters/name',
        },
      ],
      get: {
        operationId: 'getClaimHistory',
        summary:
          "The claim's events, oldest first; kept after the claim is deleted.",
        responses: {
          '200': {
            description: 'The events.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['items'],
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/ClaimEvent',
                      },
                    },
                  },
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/clusters/{cluster}/namespaces/{namespace}/claims/{name}/policy': {
      parameters: [
        {
          $ref: '#/components/parameters/cluster',
        },
        {
          $ref: '#/components/parameters/namespace',
        },
        {
          $ref: '#/components/parameters/name',
        },
      ],
      get: {
        operationId: 'getClaimPolicy',
        summary:
          'Per cluster, whether NetworkPolicies let the load balancer reach every pod behind the Service, and the fix.',
        description:
          "Verdicts: allowed (naming the policies), open (no policy isolates the pods: reachable\nfrom everywhere), blocked or partial (with the allow-from-f5-ingress manifest that fixes\nit, for the Service's own selector), no-pods, error. Only for callers the\ncluster lets list networkpolicies in the namespace, in every cluster of the claim.\n",
        responses: {
          '200': {
            description: 'One entry per realising cluster.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['items'],
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/PolicySide',
                      },
                    },
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '503': {
            $ref: '#/components/responses/Unavailable',
          },
        },
      },
      post: {
        operationId: 'applyClaimPolicy',
        summary:
          'Apply the proposed allow-from-f5-ingress NetworkPolicy where traffic is blocked (permission porter.claim.policy.apply).',
        description:
          "The policy Porter writes carries Porter's labels and the claim's,\nadmits only the claimed target port over TCP, and is removed with the\nclaim. An existing policy of that name that is not the claim's own is\nnever replaced (another name is used). When the fix would isolate pods\nthat accept all traffic now, the request is refused with 409 naming\nthem, before anything is written, unless confirmIsolation is true.\n",
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: false,
                properties: {
                  clusters: {
                    type: 'array',
                    minItems: 1,
                    items: {
                      type: 'string',
                    },
                    description:
                      'Apply only in these clusters (each must realise the claim); all of them when left out.',
                  },
                  confirmIsolation: {
                    type: 'boolean',
                    description:
                      "Apply even where the fix isolates pods that accept all traffic now (the verdict's wouldIsolate).",
                  },
                },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'What was applied per cluster.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['items'],
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/PolicyApplyResult',
                      },
                    },
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '503': {
            $ref: '#/components/responses/Unavailable',
          },
        },
      },
    },
    '/clusters/{cluster}/namespaces/{namespace}/claims/{name}/test': {
      parameters: [
        {
          $ref: '#/components/parameters/cluster',
        },
        {
          $ref: '#/components/parameters/namespace',
        },
        {
          $ref: '#/components/parameters/name',
        },
      ],
      post: {
        operationId: 'testClaim',
        summary:
          "TCP connect from the backend to each side's VIP:port, and the commands to test it yourself.",
        description:
          "Needs porter.claim.read on the claim. Waits at most\nporter.probe.timeoutSeconds (default 5), whatever the monitor's timeout;\neach caller may run porter.probe.perUserPerMinute tests a minute (429 beyond).\n",
        responses: {
          '200': {
            description: 'One probe per realising cluster.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['items'],
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/ProbeResult',
                      },
                    },
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '429': {
            $ref: '#/components/responses/TooManyRequests',
          },
        },
      },
    },
  },
  components: {
    securitySchemes: {
      backstageToken: {
        type: 'http',
        scheme: 'bearer',
      },
    },
    parameters: {
      cluster: {
        name: 'cluster',
        in: 'path',
        required: true,
        schema: {
          $ref: '#/components/schemas/DnsLabel',
        },
      },
      namespace: {
        name: 'namespace',
        in: 'path',
        required: true,
        schema: {
          $ref: '#/components/schemas/DnsLabel',
        },
      },
      name: {
        name: 'name',
        in: 'path',
        required: true,
        schema: {
          $ref: '#/components/schemas/DnsLabel',
        },
      },
    },
    responses: {
      ClaimCreated: {
        description: 'Created.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Claim',
            },
          },
        },
      },
      ClaimUpdated: {
        description: 'Updated, or unchanged.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Claim',
            },
          },
        },
      },
      BadRequest: {
        description: 'Invalid input; the message names the field and the rule.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      Unauthorized: {
        description: 'No valid Backstage token.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      Forbidden: {
        description:
          "The cluster's RBAC does not let the caller do this in the namespace (the message names the missing permission), or the permission policy does not allow it, or the namespace is not bound to the entity, or the namespace quota or port budget is used up.",
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      NotFound: {
        description: 'Unknown cluster or claim.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      Conflict: {
        description:
          "The Service port is already claimed, or another claim could have the same object names (the message names it), or the cluster's port range is exhausted, or a NetworkPolicy fix would isolate open pods without confirmIsolation.",
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      TooManyRequests: {
        description:
          'Over a rate limit; the message says which and when to try again.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      Unavailable: {
        description:
          'The cluster could not be reached, or could not be asked whether the caller may act there.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
    },
    schemas: {
      DnsLabel: {
        type: 'string',
        pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
        maxLength: 63,
      },
      ServiceType: {
        type: 'string',
        enum: ['ClusterIP', 'NodePort'],
        description:
          'Type of the target Service; it decides which address pool a VIP comes from.',
      },
      ClusterRole: {
        type: 'string',
        enum: ['standalone', 'primary', 'secondary'],
        description:
          'Where a cluster stands: on its own (Silver), or one side of a pair (Gold = primary,\nGoldDR = secondary). Claims are made in standalone clusters and pair primaries; the\nsecondary is realised from the primary.\n',
      },
      SidePhase: {
        type: 'string',
        enum: ['Ready', 'Pending', 'Degraded', 'Error'],
        description:
          "How a claim stands in one cluster. Ready: the load balancer reports the TransportServer\nOk and the target checks pass. Pending: objects written, the load balancer has not\nreported yet. Degraded: the cluster could not be reached or refused Porter's writes.\nError: something the team must fix (Service missing, port not on the Service, not\nNodePort where required, no ready pods, a name taken, or a load balancer error).\n",
      },
      PortRange: {
        type: 'object',
        required: ['from', 'to'],
        properties: {
          from: {
            type: 'integer',
          },
          to: {
            type: 'integer',
          },
        },
      },
      AddressPools: {
        type: 'object',
        description: 'VIP pools by target Service type.',
        properties: {
          ClusterIP: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          NodePort: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
        },
      },
      Monitor: {
        type: 'object',
        additionalProperties: false,
        required: ['type', 'interval', 'timeout'],
        description:
          'F5 health monitor; timeout must be at least interval (F5 recommends 3 × interval + 1).',
        properties: {
          type: {
            type: 'string',
            enum: ['tcp'],
          },
          interval: {
            type: 'integer',
            minimum: 1,
            maximum: 3600,
          },
          timeout: {
            type: 'integer',
            minimum: 1,
            maximum: 86400,
          },
        },
      },
      ClaimSpec: {
        type: 'object',
        additionalProperties: false,
        required: ['service', 'servicePort'],
        properties: {
          service: {
            type: 'string',
            pattern: '^[a-z]([-a-z0-9]*[a-z0-9])?$',
            maxLength: 63,
          },
          servicePort: {
            type: 'integer',
            minimum: 1,
            maximum: 65535,
          },
          monitor: {
            allOf: [
              {
                $ref: '#/components/schemas/Monitor',
              },
            ],
            description: 'Defaults to { type tcp, interval 5, timeout 16 }.',
          },
          overrideServicePort: {
            type: 'boolean',
            default: false,
            description:
              "Pairs only; the cross-connect Service's port is the claim's servicePort instead of the remote VIP port.",
          },
        },
      },
      TransportServerClaimManifest: {
        type: 'object',
        required: ['apiVersion', 'kind', 'metadata', 'spec'],
        properties: {
          apiVersion: {
            type: 'string',
            enum: ['porter.devops.gov.bc.ca/v1alpha1'],
          },
          kind: {
            type: 'string',
            enum: ['TransportServerClaim'],
          },
          metadata: {
            type: 'object',
            required: ['name'],
            properties: {
              name: {
                $ref: '#/components/schemas/DnsLabel',
              },
              namespace: {
                $ref: '#/components/schemas/DnsLabel',
              },
              annotations: {
                type: 'object',
                additionalProperties: {
                  type: 'string',
                },
              },
            },
          },
          spec: {
            $ref: '#/components/schemas/ClaimSpec',
          },
        },
      },
      ClaimId: {
        type: 'object',
        description: "A claim's identity.",
        required: ['cluster', 'namespace', 'name'],
        properties: {
          cluster: {
            type: 'string',
          },
          namespace: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
        },
      },
      Allocation: {
        type: 'object',
        description: 'One VIP:port in one cluster, held by a claim.',
        required: ['cluster', 'address', 'port', 'serviceType'],
        properties: {
          cluster: {
            type: 'string',
          },
          address: {
            type: 'string',
          },
          port: {
            type: 'integer',
            minimum: 1,
            maximum: 65535,
          },
          serviceType: {
            $ref: '#/components/schemas/ServiceType',
          },
        },
      },
      ClaimStatus: {
        type: 'object',
        required: ['allocations', 'sides'],
        properties: {
          allocations: {
            type: 'array',
            description:
              "One per realising cluster (standalone 1, pair 2), the claim's own cluster first.",
            items: {
              $ref: '#/components/schemas/Allocation',
            },
          },
          sides: {
            type: 'array',
            description:
              'Per realising cluster, as last observed (after an apply, or by the reconciler); own cluster first.',
            items: {
              $ref: '#/components/schemas/ClaimSide',
            },
          },
        },
      },
      Claim: {
        type: 'object',
        required: [
          'cluster',
          'namespace',
          'name',
          'spec',
          'status',
          'createdAt',
          'updatedAt',
        ],
        properties: {
          cluster: {
            type: 'string',
          },
          namespace: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          entityRef: {
            type: 'string',
            description:
              'The catalog entity this claim was made for, when known.',
          },
          spec: {
            allOf: [
              {
                $ref: '#/components/schemas/ClaimSpec',
              },
            ],
            required: [
              'service',
              'servicePort',
              'monitor',
              'overrideServicePort',
            ],
          },
          status: {
            $ref: '#/components/schemas/ClaimStatus',
          },
          createdAt: {
            type: 'string',
            format: 'date-time',
          },
          updatedAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      ClaimPage: {
        type: 'object',
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Claim',
            },
          },
          nextCursor: {
            type: 'string',
            description: 'Set while more claims may follow.',
          },
        },
      },
      TransportServerStatus: {
        type: 'object',
        description:
          "The TransportServer's status as the load-balancer controller (F5 CIS) reports it.",
        properties: {
          status: {
            type: 'string',
          },
          error: {
            type: 'string',
          },
          lastUpdated: {
            type: 'string',
          },
        },
      },
      CrossConnect: {
        type: 'object',
        description:
          "A cross-connect Service in a pair side, pointing at the other side's VIP.",
        required: ['name', 'port', 'endpoint'],
        properties: {
          name: {
            type: 'string',
          },
          port: {
            type: 'integer',
            description: 'The port clients in this cluster connect to.',
          },
          endpoint: {
            type: 'string',
            description: 'The remote VIP:port the Endpoints point at.',
          },
        },
      },
      ClaimSide: {
        type: 'object',
        required: ['cluster', 'phase', 'reasons', 'observedAt'],
        properties: {
          cluster: {
            type: 'string',
          },
          phase: {
            $ref: '#/components/schemas/SidePhase',
          },
          reasons: {
            type: 'array',
            items: {
              type: 'string',
            },
            description:
              'What is wrong, each a sentence a person can act on; empty when Ready.',
          },
          address: {
            type: 'string',
          },
          port: {
            type: 'integer',
          },
          transportServer: {
            $ref: '#/components/schemas/TransportServerStatus',
          },
          crossConnects: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/CrossConnect',
            },
          },
          notes: {
            type: 'array',
            items: {
              type: 'string',
            },
            description:
              'Information that needs no action, e.g. who owns a legacy cross-connect name.',
          },
          observedAt: {
            type: 'string',
            format: 'date-time',
            description: 'When Porter last looked at this side.',
          },
        },
      },
      PoolUsage: {
        type: 'object',
        description: 'Port usage of one cluster.',
        required: [
          'cluster',
          'ports',
          'total',
          'allocated',
          'retained',
          'free',
          'addresses',
        ],
        properties: {
          cluster: {
            type: 'string',
          },
          ports: {
            $ref: '#/components/schemas/PortRange',
          },
          total: {
            type: 'integer',
          },
          allocated: {
            type: 'integer',
          },
          retained: {
            type: 'integer',
          },
          free: {
            type: 'integer',
          },
          addresses: {
            $ref: '#/components/schemas/AddressPools',
          },
        },
      },
      ServicePort: {
        type: 'object',
        required: ['port', 'protocol'],
        properties: {
          name: {
            type: 'string',
          },
          port: {
            type: 'integer',
          },
          protocol: {
            type: 'string',
          },
        },
      },
      ServiceSummary: {
        type: 'object',
        description: 'A Service a claim could target.',
        required: ['name', 'type', 'ports'],
        properties: {
          name: {
            type: 'string',
          },
          type: {
            type: 'string',
          },
          ports: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ServicePort',
            },
          },
          selector: {
            type: 'object',
            additionalProperties: {
              type: 'string',
            },
          },
        },
      },
      PolicyVerdictKind: {
        type: 'string',
        enum: ['allowed', 'open', 'blocked', 'partial', 'no-pods', 'error'],
      },
      PodVerdict: {
        type: 'object',
        description: 'How F5 traffic fares at one pod the Service selects.',
        required: [
          'name',
          'ready',
          'serving',
          'isolated',
          'isolatedBy',
          'allowed',
          'allowedBy',
          'reason',
        ],
        properties: {
          name: {
            type: 'string',
          },
          ready: {
            type: 'boolean',
            description: 'Running and Ready, and not being deleted.',
          },
          serving: {
            type: 'boolean',
            description:
              "Ready and has the target port: Kubernetes sends it the Service's traffic.",
          },
          targetPort: {
            type: 'integer',
            description:
              "The container port the Service's traffic reaches on this pod, if it has one.",
          },
          isolated: {
            type: 'boolean',
            description: 'Selected by a NetworkPolicy of type Ingress.',
          },
          isolatedBy: {
            type: 'array',
            items: {
              type: 'string',
            },
            description:
              'The NetworkPolicies of type Ingress that select the pod.',
          },
          allowed: {
            type: 'boolean',
            description:
              "F5 traffic reaches the pod's target port (always true when not isolated).",
          },
          allowedBy: {
            type: 'array',
            items: {
              type: 'string',
            },
            description:
              'The NetworkPolicies with a rule that admits F5 traffic.',
          },
          reason: {
            type: 'string',
          },
        },
      },
      PolicyVerdict: {
        type: 'object',
        required: ['kind', 'summary', 'allowedBy', 'pods', 'notReady', 'notes'],
        properties: {
          kind: {
            $ref: '#/components/schemas/PolicyVerdictKind',
          },
          summary: {
            type: 'string',
            description: 'One sentence a person can act on.',
          },
          allowedBy: {
            type: 'array',
            items: {
              type: 'string',
            },
            description:
              'Policies that admit F5 traffic to a serving pod (union over pods).',
          },
          pods: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/PodVerdict',
            },
          },
          notReady: {
            type: 'array',
            items: {
              type: 'string',
            },
            description:
              'Pods the Service selects that are not ready, so receive no traffic.',
          },
          notes: {
            type: 'array',
            items: {
              type: 'string',
            },
            description: 'Further observations, each a sentence.',
          },
          fix: {
            allOf: [
              {
                $ref: '#/components/schemas/KubernetesObject',
              },
            ],
            description:
              'For blocked and partial, the allow-from-f5-ingress NetworkPolicy that admits F5 traffic (the claimed port, TCP only).',
          },
          wouldIsolate: {
            type: 'array',
            items: {
              type: 'string',
            },
            description:
              'Pods the fix would isolate that accept all traffic now; applying it then needs confirmIsolation.',
          },
        },
      },
      PolicySide: {
        type: 'object',
        description:
          "Whether the load balancer reaches the claim's pods in one cluster.",
        required: ['cluster'],
        properties: {
          cluster: {
            type: 'string',
          },
          verdict: {
            $ref: '#/components/schemas/PolicyVerdict',
          },
          error: {
            type: 'string',
            description: 'Set when the cluster could not be asked.',
          },
        },
      },
      PolicyApplyResult: {
        type: 'object',
        description:
          'What applying the proposed NetworkPolicy did in one cluster.',
        required: ['cluster'],
        properties: {
          cluster: {
            type: 'string',
          },
          applied: {
            type: 'string',
            description: 'Name of the NetworkPolicy written.',
          },
          error: {
            type: 'string',
            description: 'Why nothing was written there.',
          },
        },
      },
      ProbeResult: {
        type: 'object',
        description: "A TCP connect from the backend to one side's VIP:port.",
        required: ['cluster', 'address', 'port', 'ok', 'latencyMs', 'commands'],
        properties: {
          cluster: {
            type: 'string',
          },
          address: {
            type: 'string',
          },
          port: {
            type: 'integer',
          },
          ok: {
            type: 'boolean',
          },
          latencyMs: {
            type: 'number',
          },
          error: {
            type: 'string',
          },
          commands: {
            type: 'array',
            items: {
              type: 'string',
            },
            description: 'The same test, for a person to run.',
          },
        },
      },
      NamespaceAccessMode: {
        type: 'string',
        enum: ['cluster', 'catalog'],
        description:
          'Who decides where a user may write and look inside a namespace (porter.authorization.namespaceAccess).',
      },
      PorterSettings: {
        type: 'object',
        description: 'Settings that apply to every cluster.',
        required: [
          'retentionDays',
          'quotaPerNamespace',
          'portsPerNamespace',
          'namespaceAccess',
        ],
        properties: {
          retentionDays: {
            type: 'integer',
            description:
              "Days a deleted claim's ports stay reserved for its namespace/Service/port.",
          },
          quotaPerNamespace: {
            type: 'integer',
            description: 'Most claims per namespace per cluster.',
          },
          portsPerNamespace: {
            type: 'integer',
            description:
              'Most ports a namespace may hold (allocated + retained) per cluster.',
          },
          namespaceAccess: {
            $ref: '#/components/schemas/NamespaceAccessMode',
          },
        },
      },
      AccessAnswer: {
        type: 'object',
        required: ['allowed', 'reason'],
        properties: {
          allowed: {
            type: 'boolean',
          },
          reason: {
            type: 'string',
            description:
              'A sentence, what allowed it, or what is missing and whom to ask.',
          },
        },
      },
      NamespaceAccess: {
        type: 'object',
        description: 'What the caller may do in one namespace of one cluster.',
        required: [
          'cluster',
          'namespace',
          'decidedBy',
          'createClaims',
          'listServices',
          'listNetworkPolicies',
        ],
        properties: {
          cluster: {
            type: 'string',
          },
          namespace: {
            type: 'string',
          },
          decidedBy: {
            $ref: '#/components/schemas/NamespaceAccessMode',
          },
          clusterIdentity: {
            type: 'object',
            required: ['user', 'groups'],
            description:
              'The cluster user and groups Porter asked the cluster about (decidedBy cluster).',
            properties: {
              user: {
                type: 'string',
              },
              groups: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
            },
          },
          createClaims: {
            allOf: [
              {
                $ref: '#/components/schemas/AccessAnswer',
              },
            ],
            description:
              "Create, change and delete claims here (for a pair's primary, in both clusters).",
          },
          listServices: {
            allOf: [
              {
                $ref: '#/components/schemas/AccessAnswer',
              },
            ],
            description: "List the namespace's Services.",
          },
          listNetworkPolicies: {
            allOf: [
              {
                $ref: '#/components/schemas/AccessAnswer',
              },
            ],
            description: "Read the namespace's NetworkPolicies.",
          },
        },
      },
      ClaimPreview: {
        type: 'object',
        required: ['claim', 'created', 'manifests'],
        description:
          'A dry run of an apply, what the claim, its ports and its objects would be; nothing was written.',
        properties: {
          claim: {
            $ref: '#/components/schemas/Claim',
          },
          created: {
            type: 'boolean',
            description: 'Whether applying would create the claim.',
          },
          manifests: {
            $ref: '#/components/schemas/ClaimManifests',
          },
        },
      },
      DeletionGuardStatus: {
        type: 'object',
        description:
          "Deletions the reconciler held back in a cluster: a pass would have deleted more of\nPorter's objects, of claims this database has no record of, than\nporter.reconcile.deletionGuard allows (e.g. an empty or wrong database pointed at live\nclusters). Nothing is deleted there until an administrator confirms or the condition clears.\n",
        required: [
          'cluster',
          'holding',
          'wouldDelete',
          'total',
          'reason',
          'objects',
          'since',
          'observedAt',
        ],
        properties: {
          cluster: {
            type: 'string',
          },
          holding: {
            type: 'boolean',
            enum: [true],
          },
          wouldDelete: {
            type: 'integer',
            description: 'Objects the last pass would have deleted.',
          },
          total: {
            type: 'integer',
            description: "This portal's objects in the cluster then.",
          },
          reason: {
            type: 'string',
          },
          objects: {
            type: 'array',
            items: {
              type: 'string',
            },
            description: 'The objects (Kind/namespace/name), the first 50.',
          },
          since: {
            type: 'string',
            format: 'date-time',
            description: 'When the guard first held.',
          },
          observedAt: {
            type: 'string',
            format: 'date-time',
            description: 'The last pass that held.',
          },
          confirmed: {
            type: 'object',
            required: ['at', 'objects'],
            description:
              "An administrator's confirmation; the next pass may delete up to this many of them.",
            properties: {
              by: {
                type: 'string',
              },
              at: {
                type: 'string',
                format: 'date-time',
              },
              objects: {
                type: 'integer',
              },
            },
          },
        },
      },
      ReconcileFinding: {
        type: 'object',
        description:
          'Something the reconciler could not do and a person should know.',
        required: [
          'kind',
          'cluster',
          'namespace',
          'name',
          'message',
          'observedAt',
        ],
        properties: {
          kind: {
            type: 'string',
            enum: ['adoption', 'port-range', 'address', 'pair'],
          },
          cluster: {
            type: 'string',
          },
          namespace: {
            type: 'string',
          },
          name: {
            type: 'string',
            description: 'The claim or TransportServerClaim it is about.',
          },
          message: {
            type: 'string',
          },
          observedAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      AddressUsage: {
        type: 'object',
        description:
          "One address of a cluster's pools and the ports held on it.",
        required: ['serviceType', 'address', 'allocated', 'retained'],
        properties: {
          serviceType: {
            $ref: '#/components/schemas/ServiceType',
          },
          address: {
            type: 'string',
          },
          allocated: {
            type: 'integer',
          },
          retained: {
            type: 'integer',
          },
        },
      },
      ClusterUsage: {
        allOf: [
          {
            $ref: '#/components/schemas/PoolUsage',
          },
          {
            type: 'object',
            required: ['role', 'pools'],
            properties: {
              role: {
                $ref: '#/components/schemas/ClusterRole',
              },
              pools: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/AddressUsage',
                },
              },
            },
          },
        ],
      },
      NamespaceUsage: {
        type: 'object',
        description:
          'Claims in one namespace of one cluster, against the quota.',
        required: ['cluster', 'namespace', 'claims', 'quota'],
        properties: {
          cluster: {
            type: 'string',
          },
          namespace: {
            type: 'string',
          },
          claims: {
            type: 'integer',
          },
          quota: {
            type: 'integer',
          },
        },
      },
      BrokenSide: {
        type: 'object',
        description: "A claim's side that is Degraded or in Error.",
        required: [
          'cluster',
          'namespace',
          'name',
          'side',
          'phase',
          'reasons',
          'observedAt',
        ],
        properties: {
          cluster: {
            type: 'string',
          },
          namespace: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          entityRef: {
            type: 'string',
          },
          side: {
            type: 'string',
            description: 'The cluster whose side is broken.',
          },
          phase: {
            type: 'string',
            enum: ['Degraded', 'Error'],
          },
          reasons: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          observedAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      AdminOverview: {
        type: 'object',
        description: 'What a platform administrator sees.',
        required: [
          'clusters',
          'namespaces',
          'deletionGuards',
          'findings',
          'problems',
        ],
        properties: {
          clusters: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ClusterUsage',
            },
          },
          namespaces: {
            type: 'array',
            description:
              'Claims per namespace and cluster, fullest first, against the quota.',
            items: {
              $ref: '#/components/schemas/NamespaceUsage',
            },
          },
          deletionGuards: {
            type: 'array',
            description:
              'Clusters where the reconciler holds deletions back until an administrator confirms.',
            items: {
              $ref: '#/components/schemas/DeletionGuardStatus',
            },
          },
          findings: {
            type: 'array',
            description:
              'What the reconciler could not do (adoptions refused, ports outside a shrunk range, addresses outside the pools, pair sides).',
            items: {
              $ref: '#/components/schemas/ReconcileFinding',
            },
          },
          problems: {
            type: 'array',
            description:
              'Sides that are Degraded or in Error, most recently observed first.',
            items: {
              $ref: '#/components/schemas/BrokenSide',
            },
          },
        },
      },
      ClusterSummary: {
        type: 'object',
        required: [
          'name',
          'role',
          'ports',
          'addresses',
          'defaultServiceType',
          'requireNodePort',
        ],
        properties: {
          name: {
            type: 'string',
          },
          role: {
            $ref: '#/components/schemas/ClusterRole',
          },
          peer: {
            type: 'string',
            description:
              'For a primary its secondary; for a secondary its primary.',
          },
          ports: {
            $ref: '#/components/schemas/PortRange',
          },
          addresses: {
            $ref: '#/components/schemas/AddressPools',
          },
          defaultServiceType: {
            allOf: [
              {
                $ref: '#/components/schemas/ServiceType',
              },
            ],
            description:
              'Service type assumed for targets until the cluster reports the real one.',
          },
          requireNodePort: {
            type: 'boolean',
            description: 'Whether target Services must be NodePort here.',
          },
          deletionGuard: {
            allOf: [
              {
                $ref: '#/components/schemas/DeletionGuardStatus',
              },
            ],
            description:
              'Set while the reconciler holds deletions back in this cluster.',
          },
        },
      },
      KubernetesObject: {
        type: 'object',
        description: 'A Kubernetes object as Porter plans to write it.',
        required: ['apiVersion', 'kind', 'metadata'],
        properties: {
          apiVersion: {
            type: 'string',
          },
          kind: {
            type: 'string',
          },
          metadata: {
            type: 'object',
            required: ['name'],
            properties: {
              name: {
                type: 'string',
              },
              namespace: {
                type: 'string',
              },
              labels: {
                type: 'object',
                additionalProperties: {
                  type: 'string',
                },
              },
              annotations: {
                type: 'object',
                additionalProperties: {
                  type: 'string',
                },
              },
            },
            additionalProperties: true,
          },
        },
        additionalProperties: true,
      },
      ClaimManifests: {
        type: 'object',
        description: "The objects a claim's plan writes, per cluster.",
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              type: 'object',
              required: ['cluster', 'objects'],
              properties: {
                cluster: {
                  type: 'string',
                },
                objects: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/KubernetesObject',
                  },
                },
              },
            },
          },
        },
      },
      ClaimEventType: {
        type: 'string',
        enum: [
          'created',
          'updated',
          'deleted',
          'allocated',
          'reused',
          'retained',
          'released',
          'adopted',
          'readdressed',
          'policy-applied',
        ],
      },
      ClaimEvent: {
        type: 'object',
        required: ['type', 'at', 'message'],
        properties: {
          type: {
            $ref: '#/components/schemas/ClaimEventType',
          },
          at: {
            type: 'string',
            format: 'date-time',
          },
          actor: {
            type: 'string',
            description: 'Entity ref of the user or service that caused it.',
          },
          message: {
            type: 'string',
          },
          data: {
            type: 'object',
            additionalProperties: true,
          },
        },
      },
      Error: {
        type: 'object',
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            required: ['name', 'message'],
            properties: {
              name: {
                type: 'string',
              },
              message: {
                type: 'string',
              },
            },
          },
          response: {
            type: 'object',
            properties: {
              statusCode: {
                type: 'integer',
              },
            },
          },
        },
      },
    },
  },
} as const;

type PathOf<O> = O extends { parameters: { path: infer P } }
  ? P
  : Record<string, string>;
type QueryOf<O> = O extends { parameters: { query?: infer Q } }
  ? NonNullable<Q>
  : Record<string, string>;
type BodyOf<O> = O extends { requestBody?: infer R }
  ? [NonNullable<R>] extends [never]
    ? object
    : NonNullable<R> extends { content: { 'application/json': infer B } }
    ? B
    : object
  : object;
type ResponseOf<O> = O extends { responses: infer R }
  ? {
      [S in keyof R]: R[S] extends { content: infer C } ? C[keyof C] : never;
    }[keyof R]
  : unknown;

/** Every operation of the document: its path parameters, query, JSON body and responses. */
export type EndpointMap = {
  '#get|/clusters': {
    path: PathOf<PorterApiOperations['listClusters']>;
    query: QueryOf<PorterApiOperations['listClusters']>;
    body: BodyOf<PorterApiOperations['listClusters']>;
    response: ResponseOf<PorterApiOperations['listClusters']>;
  };
  '#get|/pools': {
    path: PathOf<PorterApiOperations['listPools']>;
    query: QueryOf<PorterApiOperations['listPools']>;
    body: BodyOf<PorterApiOperations['listPools']>;
    response: ResponseOf<PorterApiOperations['listPools']>;
  };
  '#get|/admin/overview': {
    path: PathOf<PorterApiOperations['getAdminOverview']>;
    query: QueryOf<PorterApiOperations['getAdminOverview']>;
    body: BodyOf<PorterApiOperations['getAdminOverview']>;
    response: ResponseOf<PorterApiOperations['getAdminOverview']>;
  };
  '#post|/admin/deletion-guards/{cluster}/confirm': {
    path: PathOf<PorterApiOperations['confirmDeletionGuard']>;
    query: QueryOf<PorterApiOperations['confirmDeletionGuard']>;
    body: BodyOf<PorterApiOperations['confirmDeletionGuard']>;
    response: ResponseOf<PorterApiOperations['confirmDeletionGuard']>;
  };
  '#get|/clusters/{cluster}/namespaces/{namespace}/services': {
    path: PathOf<PorterApiOperations['listServices']>;
    query: QueryOf<PorterApiOperations['listServices']>;
    body: BodyOf<PorterApiOperations['listServices']>;
    response: ResponseOf<PorterApiOperations['listServices']>;
  };
  '#get|/clusters/{cluster}/namespaces/{namespace}/access': {
    path: PathOf<PorterApiOperations['getNamespaceAccess']>;
    query: QueryOf<PorterApiOperations['getNamespaceAccess']>;
    body: BodyOf<PorterApiOperations['getNamespaceAccess']>;
    response: ResponseOf<PorterApiOperations['getNamespaceAccess']>;
  };
  '#get|/claims': {
    path: PathOf<PorterApiOperations['listClaims']>;
    query: QueryOf<PorterApiOperations['listClaims']>;
    body: BodyOf<PorterApiOperations['listClaims']>;
    response: ResponseOf<PorterApiOperations['listClaims']>;
  };
  '#post|/clusters/{cluster}/claims': {
    path: PathOf<PorterApiOperations['applyManifest']>;
    query: QueryOf<PorterApiOperations['applyManifest']>;
    body: BodyOf<PorterApiOperations['applyManifest']>;
    response: ResponseOf<PorterApiOperations['applyManifest']>;
  };
  '#get|/clusters/{cluster}/namespaces/{namespace}/claims/{name}': {
    path: PathOf<PorterApiOperations['getClaim']>;
    query: QueryOf<PorterApiOperations['getClaim']>;
    body: BodyOf<PorterApiOperations['getClaim']>;
    response: ResponseOf<PorterApiOperations['getClaim']>;
  };
  '#put|/clusters/{cluster}/namespaces/{namespace}/claims/{name}': {
    path: PathOf<PorterApiOperations['applyClaim']>;
    query: QueryOf<PorterApiOperations['applyClaim']>;
    body: BodyOf<PorterApiOperations['applyClaim']>;
    response: ResponseOf<PorterApiOperations['applyClaim']>;
  };
  '#_delete|/clusters/{cluster}/namespaces/{namespace}/claims/{name}': {
    path: PathOf<PorterApiOperations['deleteClaim']>;
    query: QueryOf<PorterApiOperations['deleteClaim']>;
    body: BodyOf<PorterApiOperations['deleteClaim']>;
    response: ResponseOf<PorterApiOperations['deleteClaim']>;
  };
  '#get|/clusters/{cluster}/namespaces/{namespace}/claims/{name}/manifests': {
    path: PathOf<PorterApiOperations['getClaimManifests']>;
    query: QueryOf<PorterApiOperations['getClaimManifests']>;
    body: BodyOf<PorterApiOperations['getClaimManifests']>;
    response: ResponseOf<PorterApiOperations['getClaimManifests']>;
  };
  '#get|/clusters/{cluster}/namespaces/{namespace}/claims/{name}/history': {
    path: PathOf<PorterApiOperations['getClaimHistory']>;
    query: QueryOf<PorterApiOperations['getClaimHistory']>;
    body: BodyOf<PorterApiOperations['getClaimHistory']>;
    response: ResponseOf<PorterApiOperations['getClaimHistory']>;
  };
  '#get|/clusters/{cluster}/namespaces/{namespace}/claims/{name}/policy': {
    path: PathOf<PorterApiOperations['getClaimPolicy']>;
    query: QueryOf<PorterApiOperations['getClaimPolicy']>;
    body: BodyOf<PorterApiOperations['getClaimPolicy']>;
    response: ResponseOf<PorterApiOperations['getClaimPolicy']>;
  };
  '#post|/clusters/{cluster}/namespaces/{namespace}/claims/{name}/policy': {
    path: PathOf<PorterApiOperations['applyClaimPolicy']>;
    query: QueryOf<PorterApiOperations['applyClaimPolicy']>;
    body: BodyOf<PorterApiOperations['applyClaimPolicy']>;
    response: ResponseOf<PorterApiOperations['applyClaimPolicy']>;
  };
  '#post|/clusters/{cluster}/namespaces/{namespace}/claims/{name}/test': {
    path: PathOf<PorterApiOperations['testClaim']>;
    query: QueryOf<PorterApiOperations['testClaim']>;
    body: BodyOf<PorterApiOperations['testClaim']>;
    response: ResponseOf<PorterApiOperations['testClaim']>;
  };
};

/** The typed router the routes register on (requests are checked by the routes' own schemas). */
export const createOpenApiRouter = async (
  options?: Parameters<
    typeof createValidatedOpenApiRouterFromGeneratedEndpointMap
  >['1'],
) =>
  createValidatedOpenApiRouterFromGeneratedEndpointMap<EndpointMap>(
    spec as any,
    options,
  );
