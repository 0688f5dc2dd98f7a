import { ResponseError } from '@backstage/errors';
import { PORTER_PLUGIN_ID } from '../constants';
import type { ClaimSpecInput } from '../schema/claimSpec';
import type {
  AdminOverview,
  Claim,
  ClaimId,
  ClaimManifests,
  ClaimPreview,
  DeletionGuardStatus,
  NamespaceAccess,
} from '../types';
import type {
  ApplyClaimResult,
  ClaimPage,
  ClaimPageRequest,
  OperationResult,
  PorterApi,
} from './PorterApi';

/**
 * The parts of Backstage's discovery and fetch APIs the client needs (same shape in browser and backend).
 *
 * @public
 */
export interface PorterClientOptions {
  discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
  fetchApi?: { fetch: typeof fetch };
}

/**
 * HTTP client for the Porter backend; used by the frontend and the scaffolder actions.
 *
 * @public
 */
export class PorterClient implements PorterApi {
  private readonly discoveryApi: PorterClientOptions['discoveryApi'];
  private readonly fetchApi: { fetch: typeof fetch };

  constructor(options: PorterClientOptions) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi ?? { fetch: (...args) => fetch(...args) };
  }

  listClusters(): Promise<OperationResult<'listClusters'>> {
    return this.json('GET', '/clusters');
  }

  listClaims(request: ClaimPageRequest = {}): Promise<ClaimPage> {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(request)) {
      if (value !== undefined && value !== '') query.set(key, String(value));
    }
    const qs = query.toString();
    return this.json('GET', `/claims${qs ? `?${qs}` : ''}`);
  }

  getClaim(id: ClaimId): Promise<Claim> {
    return this.json('GET', claimPath(id));
  }

  async applyClaim(
    id: ClaimId,
    body: { spec: ClaimSpecInput; entityRef?: string },
  ): Promise<ApplyClaimResult> {
    return this.apply(
      'PUT',
      claimPath(id),
      JSON.stringify(body),
      'application/json',
    );
  }

  async previewClaim(
    id: ClaimId,
    body: { spec: ClaimSpecInput; entityRef?: string },
  ): Promise<ClaimPreview> {
    const response = await this.request(
      'PUT',
      `${claimPath(id)}?dryRun=true`,
      JSON.stringify(body),
      'application/json',
    );
    return (await response.json()) as ClaimPreview;
  }

  async applyManifest(
    cluster: string,
    manifest: string | object,
    options: { entityRef?: string } = {},
  ): Promise<ApplyClaimResult> {
    const qs = options.entityRef
      ? `?${new URLSearchParams({ entityRef: options.entityRef })}`
      : '';
    const isText = typeof manifest === 'string';
    return this.apply(
      'POST',
      `/clusters/${enc(cluster)}/claims${qs}`,
      isText ? manifest : JSON.stringify(manifest),
      isText ? 'application/yaml' : 'application/json',
    );
  }

  async deleteClaim(id: ClaimId): Promise<void> {
    await this.request('DELETE', claimPath(id));
  }

  getManifests(id: ClaimId): Promise<ClaimManifests> {
    return this.json('GET', `${claimPath(id)}/manifests`);
  }

  async getManifestsYaml(id: ClaimId): Promise<string> {
    const response = await this.request(
      'GET',
      `${claimPath(id)}/manifests?format=yaml`,
    );
    return response.text();
  }

  getHistory(id: ClaimId): Promise<OperationResult<'getClaimHistory'>> {
    return this.json('GET', `${claimPath(id)}/history`);
  }

  getPolicy(id: ClaimId): Promise<OperationResult<'getClaimPolicy'>> {
    return this.json('GET', `${claimPath(id)}/policy`);
  }

  async applyPolicyFix(
    id: ClaimId,
    options: { clusters?: string[]; confirmIsolation?: boolean } = {},
  ): Promise<OperationResult<'applyClaimPolicy'>> {
    const response = await this.request(
      'POST',
      `${claimPath(id)}/policy`,
      JSON.stringify({
        ...(options.clusters ? { clusters: options.clusters } : {}),
        ...(options.confirmIsolation ? { confirmIsolation: true } : {}),
      }),
      'application/json',
    );
    return (await response.json()) as OperationResult<'applyClaimPolicy'>;
  }

  testClaim(id: ClaimId): Promise<OperationResult<'testClaim'>> {
    return this.json('POST', `${claimPath(id)}/test`);
  }

  listServices(
    cluster: string,
    namespace: string,
  ): Promise<OperationResult<'listServices'>> {
    return this.json(
      'GET',
      `/clusters/${enc(cluster)}/namespaces/${enc(namespace)}/services`,
    );
  }

  getNamespaceAccess(
    cluster: string,
    namespace: string,
  ): Promise<NamespaceAccess> {
    return this.json(
      'GET',
      `/clusters/${enc(cluster)}/namespaces/${enc(namespace)}/access`,
    );
  }

  listPools(): Promise<OperationResult<'listPools'>> {
    return this.json('GET', '/pools');
  }

  getAdminOverview(): Promise<AdminOverview> {
    return this.json('GET', '/admin/overview');
  }

  async confirmDeletionGuard(
    cluster: string,
    objects: number,
  ): Promise<DeletionGuardStatus> {
    const response = await this.request(
      'POST',
      `/admin/deletion-guards/${enc(cluster)}/confirm`,
      JSON.stringify({ objects }),
      'application/json',
    );
    return (await response.json()) as DeletionGuardStatus;
  }

  private async apply(
    method: string,
    path: string,
    body: string,
    contentType: string,
  ): Promise<ApplyClaimResult> {
    const response = await this.request(method, path, body, contentType);
    const claim = (await response.json()) as Claim;
    return { claim, created: response.status === 201 };
  }

  private async json<T>(method: string, path: string): Promise<T> {
    const response = await this.request(method, path);
    return (await response.json()) as T;
  }

  private async request(
    method: string,
    path: string,
    body?: string,
    contentType?: string,
  ): Promise<Response> {
    const baseUrl = await this.discoveryApi.getBaseUrl(PORTER_PLUGIN_ID);
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, {
      method,
      body,
      headers: contentType ? { 'Content-Type': contentType } : undefined,
    });
    if (!response.ok) {
      const error = await ResponseError.fromResponse(response);
      // Lead with the server's own words: they say what to fix.
      const detail = error.body?.error?.message;
      if (detail) error.message = `${detail} (HTTP ${response.status})`;
      throw error;
    }
    return response;
  }
}

function enc(part: string): string {
  return encodeURIComponent(part);
}

function claimPath(id: ClaimId): string {
  return `/clusters/${enc(id.cluster)}/namespaces/${enc(
    id.namespace,
  )}/claims/${enc(id.name)}`;
}
