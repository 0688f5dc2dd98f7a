/**
 * The platform document's connectivity test for a VIP:port, for a person to
 * run from a shell or a pod: exit code 0 means it connects. The first is the
 * document's own (`timeout N bash -c ">/dev/tcp/ADDR/PORT"`), the second the
 * same with netcat.
 *
 * @public
 */
export function tcpProbeCommands(
  address: string,
  port: number,
  timeoutSeconds: number,
): string[] {
  return [
    `timeout ${timeoutSeconds} bash -c ">/dev/tcp/${address}/${port}"; echo $?`,
    `nc -vz -w ${timeoutSeconds} ${address} ${port}`,
  ];
}
