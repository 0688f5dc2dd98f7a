import type { KubernetesObject } from '@internal/plugin-porter-common';

interface IngressRule {
  ports?: Array<{ port?: number | string; protocol?: string }>;
}

/**
 * The ports a proposed NetworkPolicy admits traffic on, as a phrase: "port
 * 5432", "ports 5432 and 8008"; undefined when it names none (it then admits
 * every port).
 */
export function admittedPorts(policy: KubernetesObject): string | undefined {
  const rules =
    (policy.spec as { ingress?: IngressRule[] } | undefined)?.ingress ?? [];
  const ports = [
    ...new Set(
      rules.flatMap(rule =>
        (rule.ports ?? [])
          .map(p => p.port)
          .filter((p): p is number | string => p !== undefined)
          .map(String),
      ),
    ),
  ];
  if (ports.length === 0) return undefined;
  if (ports.length === 1) return `port ${ports[0]}`;
  return `ports ${ports.slice(0, -1).join(', ')} and ${
    ports[ports.length - 1]
  }`;
}
