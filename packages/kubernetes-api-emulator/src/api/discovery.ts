import { RESOURCE_TYPES } from './resources';
import { verbsOf } from './resourceType';

/**
 * Discovery documents for the served groups. KubernetesObjectApi reads
 * `/api/v1` and `/apis/{group}/{version}` (APIResourceList) to learn each
 * kind's plural and whether it is namespaced, so these must list exactly the
 * served types, main resource before its subresource as the real server does.
 * kubectl reads them too (legacy discovery), for short names (`ts`, `tsc`),
 * categories (`kubectl get all`) and verbs.
 */

/** Stated honestly: no deletecollection. */
const STATUS_VERBS = ['get', 'patch', 'update'];

/** Emulated server version; the build metadata says what it is. */
export function versionInfo() {
  return {
    major: '1',
    minor: '31',
    gitVersion: 'v1.31.0+kubernetes-api-emulator',
    gitCommit: '',
    gitTreeState: 'clean',
    buildDate: '1970-01-01T00:00:00Z',
    goVersion: 'n/a (emulator)',
    compiler: 'n/a',
    platform: 'linux/amd64',
  };
}

export function apiVersions() {
  return {
    kind: 'APIVersions',
    versions: ['v1'],
    serverAddressByClientCIDRs: [],
  };
}

function groupVersions(group: string) {
  const versions = [
    ...new Set(
      RESOURCE_TYPES.filter(t => t.group === group).map(t => t.version),
    ),
  ];
  return versions.map(version => ({
    groupVersion: `${group}/${version}`,
    version,
  }));
}

export function apiGroup(group: string) {
  const versions = groupVersions(group);
  return {
    kind: 'APIGroup',
    apiVersion: 'v1',
    name: group,
    versions,
    preferredVersion: versions[0],
  };
}

export function apiGroupList() {
  const groups = [
    ...new Set(RESOURCE_TYPES.filter(t => t.group).map(t => t.group)),
  ];
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: groups.map(group => {
      const { kind: _k, apiVersion: _a, ...rest } = apiGroup(group);
      return rest;
    }),
  };
}

export function apiResourceList(groupVersion: string) {
  const resources = RESOURCE_TYPES.filter(
    t => t.apiVersion === groupVersion,
  ).flatMap(t => {
    const main = {
      name: t.plural,
      singularName: t.singular,
      namespaced: t.namespaced,
      kind: t.kind,
      verbs: [...verbsOf(t)].sort(),
      ...(t.shortNames ? { shortNames: t.shortNames } : {}),
      ...(t.categories ? { categories: t.categories } : {}),
    };
    const status = {
      name: `${t.plural}/status`,
      singularName: '',
      namespaced: t.namespaced,
      kind: t.kind,
      verbs: STATUS_VERBS,
    };
    return t.statusSubresource ? [main, status] : [main];
  });
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion,
    resources,
  };
}
