import { CodeSnippet, InfoCard } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { Claim, tcpProbeCommands } from '@internal/plugin-porter-common';
import { FirewallRequestButton } from './FirewallRequestButton';

/** The seed's connectivity test, for one VIP:port. */
export function tcpTestCommand(address: string, port: number, timeout: number) {
  return tcpProbeCommands(address, port, timeout)[0];
}

/**
 * How to reach the claim: its VIP from anywhere in the data centre, and for
 * a Gold/GoldDR pair the cross-connect Service that pods in each cluster use
 * to reach the other side (e.g. a database standby streaming from its primary).
 */
export const ConnectPanel = (props: { claim: Claim }) => {
  const { claim } = props;
  const timeout = claim.spec.monitor.timeout;
  return (
    <InfoCard title="How to connect" variant="gridItem">
      <FirewallRequestButton claim={claim} />
      {claim.status.allocations.map(a => (
        <div key={a.cluster}>
          <Typography variant="subtitle2">
            In the data centre, to {a.cluster}: {a.address}:{a.port}
          </Typography>
          <Typography variant="body2" color="textSecondary">
            Test it from a machine or pod (exit code 0 means it connects; a
            firewall request may be needed for {a.address}:{a.port}):
          </Typography>
          <CodeSnippet
            text={tcpTestCommand(a.address, a.port, timeout)}
            language="bash"
            showCopyCodeButton
          />
        </div>
      ))}
      {claim.status.sides.flatMap(side =>
        (side.crossConnects ?? []).map(cc => {
          const host = `${cc.name}.${claim.namespace}.svc`;
          return (
            <div key={`${side.cluster}/${cc.name}`}>
              <Typography variant="subtitle2">
                From pods in {side.cluster}: {host}:{cc.port} (reaches{' '}
                {cc.endpoint})
              </Typography>
              <Typography variant="body2" color="textSecondary">
                For a replica or standby, point it at the other side like this:
              </Typography>
              <CodeSnippet
                text={`host=${host} port=${cc.port}`}
                language="text"
                showCopyCodeButton
              />
            </div>
          );
        }),
      )}
    </InfoCard>
  );
};
