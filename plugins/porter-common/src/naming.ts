import { fnv1a32 } from './hash';
import { MAX_LABEL_LENGTH } from './schema/names';

/**
 * Names of the cross-connect Services (and their Endpoints) that Porter
 * writes in each cluster of a Gold/GoldDR pair, pointing at the other side.
 *
 * - Single-port target Service: `SERVICE-CLUSTER`, e.g. `yourservice-golddr`
 *   in Gold and `yourservice-gold` in GoldDR (the platform's historic name).
 * - Multi-port target Service: `SERVICE-PORT-CLUSTER` for each claimed port,
 *   plus the legacy `SERVICE-CLUSTER`, which belongs to the oldest claim on
 *   that Service.
 *
 * Names are Service names, so DNS-1035 labels of at most 63 characters. A
 * name that would be longer keeps its `-PORT-CLUSTER` suffix, shortens the
 * Service part and inserts a hash of the full name, so two long names never
 * collide and the same input always gives the same name.
 *
 * @public
 */
export interface CrossConnectNames {
  /** The name this claim's cross-connect Service gets. */
  primary: string;
  /** The legacy `SERVICE-CLUSTER` name, when it differs from `primary`. */
  legacy?: string;
}

/**
 * The names of a claim's cross-connect Service towards `remoteCluster` (see `CrossConnectNames`).
 *
 * @public
 */
export function crossConnectNames(options: {
  service: string;
  servicePort: number;
  /** The cluster the cross-connect points at (the other side of the pair). */
  remoteCluster: string;
  /** Whether the target Service exposes more than one port. */
  multiPort: boolean;
}): CrossConnectNames {
  const { service, servicePort, remoteCluster, multiPort } = options;
  const legacy = fitName(service, `-${remoteCluster}`);
  if (!multiPort) {
    return { primary: legacy };
  }
  return {
    primary: fitName(service, `-${servicePort}-${remoteCluster}`),
    legacy,
  };
}

/**
 * Every name a claim's cross-connects towards `remoteCluster` could get,
 * whether its Service has one port or several (that can change at any time),
 * legacy name included.
 */
export function crossConnectCandidates(options: {
  service: string;
  servicePort: number;
  remoteCluster: string;
}): string[] {
  const names = crossConnectNames({ ...options, multiPort: true });
  return [names.primary, names.legacy!];
}

/**
 * The cross-connect name two claims in one namespace of a pair could both
 * get, if any: e.g. `db-5432-golddr` for Service `db` port 5432 (multi-port)
 * and for Service `db-5432` (single-port). Claims on the same Service share
 * the legacy name by design (the oldest has it), so they never clash.
 *
 * @public
 */
export function crossConnectClash(
  a: { service: string; servicePort: number },
  b: { service: string; servicePort: number },
  remoteClusters: string[],
): string | undefined {
  if (a.service === b.service) return undefined;
  for (const remoteCluster of remoteClusters) {
    const theirs = new Set(crossConnectCandidates({ ...b, remoteCluster }));
    const clash = crossConnectCandidates({ ...a, remoteCluster }).find(n =>
      theirs.has(n),
    );
    if (clash) return clash;
  }
  return undefined;
}

/** `head + suffix`, shortened deterministically to fit a DNS label. */
export function fitName(head: string, suffix: string): string {
  const full = `${head}${suffix}`;
  if (full.length <= MAX_LABEL_LENGTH) {
    return full;
  }
  const hash = `-${fingerprint(full)}`;
  const room = MAX_LABEL_LENGTH - suffix.length - hash.length;
  if (room < 1) {
    throw new Error(
      `Cannot fit a name ending in '${suffix}' into ${MAX_LABEL_LENGTH} characters`,
    );
  }
  // A DNS label must not end in '-', so trim the cut head back to a letter or digit.
  const cut = head.slice(0, room).replace(/-+$/, '');
  return `${cut}${hash}${suffix}`;
}

/** The fingerprint in a shortened name: FNV-1a as 7 base-36 characters. */
function fingerprint(text: string): string {
  return fnv1a32(text).toString(36).padStart(7, '0');
}
