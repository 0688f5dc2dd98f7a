/**
 * API group of the TransportServerClaim custom resource.
 *
 * @public
 */
export const PORTER_API_GROUP = 'porter.devops.gov.bc.ca';
/**
 * API version (`apiVersion`) of the TransportServerClaim custom resource.
 *
 * @public
 */
export const PORTER_API_VERSION = `${PORTER_API_GROUP}/v1alpha1`;
/**
 * Kind of the TransportServerClaim custom resource.
 *
 * @public
 */
export const TRANSPORT_SERVER_CLAIM_KIND = 'TransportServerClaim';

/**
 * API version of the F5 Container Ingress Services TransportServer custom resource.
 *
 * @public
 */
export const TRANSPORT_SERVER_API_VERSION = 'cis.f5.com/v1';
/**
 * Kind of the F5 Container Ingress Services TransportServer custom resource.
 *
 * @public
 */
export const TRANSPORT_SERVER_KIND = 'TransportServer';

/**
 * Catalog annotations that bind an entity to Kubernetes namespaces.
 *
 * The Kubernetes plugin's own annotation names one namespace on every cluster.
 * Porter's annotation is a comma-separated list whose entries are either
 * `namespace` (any cluster) or `cluster/namespace`.
 *
 * @public
 */
export const KUBERNETES_NAMESPACE_ANNOTATION =
  'backstage.io/kubernetes-namespace';
/**
 * Porter's catalog annotation: a comma-separated list of `namespace` or `cluster/namespace` entries.
 *
 * @public
 */
export const PORTER_NAMESPACES_ANNOTATION = `${PORTER_API_GROUP}/namespaces`;

/**
 * Manifest annotation naming the catalog entity a posted TransportServerClaim is for.
 *
 * @public
 */
export const PORTER_ENTITY_REF_ANNOTATION = `${PORTER_API_GROUP}/entity-ref`;

/**
 * Label on every Kubernetes object Porter writes (value `MANAGED_BY_VALUE`),
 * so it can find exactly its own.
 *
 * @public
 */
export const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
/**
 * Value of the managed-by label on every Kubernetes object Porter writes.
 *
 * @public
 */
export const MANAGED_BY_VALUE = 'porter-backstage';
/**
 * Label naming the claim an object was written for.
 *
 * @public
 */
export const CLAIM_NAME_LABEL = `${PORTER_API_GROUP}/claim`;
/**
 * Label naming the cluster of the claim an object was written for.
 *
 * @public
 */
export const CLAIM_CLUSTER_LABEL = `${PORTER_API_GROUP}/claim-cluster`;
/**
 * The claim's id in its portal's database: objects are removed by it, never by name.
 *
 * @public
 */
export const CLAIM_ID_LABEL = `${PORTER_API_GROUP}/claim-id`;
/**
 * The portal (`porter.instance`) that wrote the object. A portal repairs and
 * deletes only objects with its own identity, so two portals on the same
 * clusters never touch each other's objects.
 *
 * @public
 */
export const INSTANCE_LABEL = `${PORTER_API_GROUP}/instance`;

/**
 * The Kubernetes plugin finds an entity's objects by this label (the value of
 * the entity's `backstage.io/kubernetes-id` annotation). Porter sets it to the
 * entity's name on every object it writes, so its TransportServers and
 * cross-connects show in the entity's Kubernetes tab.
 *
 * @public
 */
export const KUBERNETES_ID_LABEL = 'backstage.io/kubernetes-id';

/**
 * Backstage plugin id, also the API mount point (`/api/porter`).
 *
 * @public
 */
export const PORTER_PLUGIN_ID = 'porter';
