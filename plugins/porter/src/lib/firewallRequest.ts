import type { Claim } from '@internal/plugin-porter-common';

/** The blank a person fills with the source of the traffic. */
export const SOURCE_BLANK = '________________';

/**
 * The text of a firewall request for a claim: one rule per side, each with
 * the destination address and port, protocol TCP and a blank for the
 * source, in the order the platform's firewall request form asks for them.
 */
export function firewallRequestText(claim: Claim): string {
  const { allocations } = claim.status;
  const lines = [
    'Firewall request: allow TCP connections to an OpenShift TCP exposure',
    '',
    `Purpose: reach Service ${claim.spec.service} (port ${claim.spec.servicePort}) in namespace ${claim.namespace}` +
      `${
        claim.entityRef ? ` for ${claim.entityRef}` : ''
      }, exposed through the F5 load balancer` +
      ` (TransportServerClaim ${claim.name} in ${claim.cluster}).`,
  ];
  allocations.forEach((allocation, index) => {
    lines.push(
      '',
      `Rule ${index + 1} of ${allocations.length}: ${allocation.cluster}`,
      `  Source (host, IP address or subnet): ${SOURCE_BLANK}`,
      `  Destination: ${allocation.address}:${allocation.port}`,
      `  Destination IP address: ${allocation.address}`,
      `  Destination port: ${allocation.port}`,
      '  Protocol: TCP',
    );
  });
  return `${lines.join('\n')}\n`;
}
