import type { ServiceSummary } from '@internal/plugin-porter-common';

/** A Service's TCP ports: the only ones F5 forwards (a port without a protocol is TCP). */
export const tcpPorts = (service?: ServiceSummary) =>
  (service?.ports ?? []).filter(p => (p.protocol ?? 'TCP') === 'TCP');
