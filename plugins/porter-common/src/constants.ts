/** API group and version of the TransportServerClaim custom resource. */
export const PORTER_API_GROUP = 'porter.devops.gov.bc.ca';
export const PORTER_API_VERSION = `${PORTER_API_GROUP}/v1alpha1`;
export const TRANSPORT_SERVER_CLAIM_KIND = 'TransportServerClaim';

/** F5 Container Ingress Services TransportServer custom resource. */
export const TRANSPORT_SERVER_API_VERSION = 'cis.f5.com/v1';
export const TRANSPORT_SERVER_KIND = 'TransportServer';

/**
 * Catalog annotations that bind an entity to Kubernetes namespaces.
 *
 * The Kubernetes plugin's own annotation names one namespace on every cluster.
 * Porter's annotation is a comma-separated list whose entries are either
 * `namespace` (any cluster) or `cluster/namespace`.
 */
export const KUBERNETES_NAMESPACE_ANNOTATION =
  'backstage.io/kubernetes-namespace';
export const PORTER_NAMESPACES_ANNOTATION = `${PORTER_API_GROUP}/namespaces`;

/** Manifest annotation naming the catalog entity a posted TransportServerClaim is for. */
export const PORTER_ENTITY_REF_ANNOTATION = `${PORTER_API_GROUP}/entity-ref`;

/** Labels on every Kubernetes object Porter writes, so it can find exactly its own. */
export const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
export const MANAGED_BY_VALUE = 'porter-backstage';
export const CLAIM_NAME_LABEL = `${PORTER_API_GROUP}/claim`;
export const CLAIM_CLUSTER_LABEL = `${PORTER_API_GROUP}/claim-cluster`;
/** The claim's id in its portal's database: objects are removed by it, never by name. */
export const CLAIM_ID_LABEL = `${PORTER_API_GROUP}/claim-id`;
/**
 * The portal (`porter.instance`) that wrote the object. A portal repairs and
 * deletes only objects with its own identity, so two portals on the same
 * clusters never touch each other's objects.
 */
export const INSTANCE_LABEL = `${PORTER_API_GROUP}/instance`;

/**
 * The Kubernetes plugin finds an entity's objects by this label (the value of
 * the entity's `backstage.io/kubernetes-id` annotation). Porter sets it to the
 * entity's name on every object it writes, so its TransportServers and
 * cross-connects show in the entity's Kubernetes tab.
 */
export const KUBERNETES_ID_LABEL = 'backstage.io/kubernetes-id';

/** Backstage plugin id, also the API mount point (`/api/porter`). */
export const PORTER_PLUGIN_ID = 'porter';
