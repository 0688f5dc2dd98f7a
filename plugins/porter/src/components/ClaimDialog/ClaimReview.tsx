import { CodeSnippet } from '@backstage/core-components';
import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import {
  Claim,
  ClaimPreview,
  TRANSPORT_SERVER_CLAIM_KIND,
} from '@internal/plugin-porter-common';
import { stringify } from 'yaml';
import { describeMonitor } from '../EntityPorterContent/ClaimsTable';

/** What a change alters, one line per field. */
function changes(before: Claim['spec'], after: Claim['spec']): string[] {
  const lines: string[] = [];
  if (before.servicePort !== after.servicePort) {
    lines.push(`Port: ${before.servicePort} → ${after.servicePort}`);
  }
  if (describeMonitor(before.monitor) !== describeMonitor(after.monitor)) {
    lines.push(
      `Health monitor: ${describeMonitor(before.monitor)} → ${describeMonitor(
        after.monitor,
      )}`,
    );
  }
  if (before.overrideServicePort !== after.overrideServicePort) {
    lines.push(
      `Override service port: ${before.overrideServicePort ? 'Yes' : 'No'} → ${
        after.overrideServicePort ? 'Yes' : 'No'
      }`,
    );
  }
  return lines;
}

/**
 * The dry run, before saving: the addresses the claim gets, the
 * TransportServerClaim it applies, and every object per cluster.
 */
export const ClaimReview = (props: {
  preview: ClaimPreview;
  before?: Claim;
}) => {
  const { preview, before } = props;
  const { claim, manifests } = preview;
  const tsc = manifests.items
    .find(item => item.cluster === claim.cluster)
    ?.objects.find(o => o.kind === TRANSPORT_SERVER_CLAIM_KIND);
  const changed = before ? changes(before.spec, claim.spec) : [];
  return (
    <Box>
      <Typography variant="body2" paragraph>
        Porter checked everything and nothing is written yet.{' '}
        {before ? 'After saving' : 'Once created'}, the Service is reachable
        inside the data centre at:
      </Typography>
      <Box component="ul" mt={0} data-testid="porter-review-allocations">
        {claim.status.allocations.map(a => (
          <Typography key={a.cluster} component="li" variant="body2">
            <code>
              {a.address}:{a.port}
            </code>{' '}
            in {a.cluster} ({a.serviceType} pool)
          </Typography>
        ))}
      </Box>
      {before && (
        <>
          <Typography variant="subtitle2">Changes</Typography>
          <Box component="ul" mt={0} data-testid="porter-review-changes">
            {changed.length === 0 ? (
              <Typography component="li" variant="body2">
                None: saving applies the claim as it is.
              </Typography>
            ) : (
              changed.map(line => (
                <Typography key={line} component="li" variant="body2">
                  {line}
                </Typography>
              ))
            )}
          </Box>
        </>
      )}
      {tsc && (
        <>
          <Typography variant="subtitle2">
            The {TRANSPORT_SERVER_CLAIM_KIND} (as{' '}
            <code>oc get tsc -o yaml</code> will show it)
          </Typography>
          <CodeSnippet
            text={stringify(tsc)}
            language="yaml"
            showCopyCodeButton
          />
        </>
      )}
      <Typography variant="subtitle2" style={{ marginTop: 16 }}>
        Objects Porter writes, per cluster
      </Typography>
      {manifests.items.map(item => (
        <Accordion
          key={item.cluster}
          data-testid={`porter-review-${item.cluster}`}
        >
          <AccordionSummary expandIcon={<ExpandMoreIcon />}>
            <Typography variant="body2">
              <strong>{item.cluster}</strong>:{' '}
              {item.objects.map(o => `${o.kind} ${o.metadata.name}`).join(', ')}
            </Typography>
          </AccordionSummary>
          <AccordionDetails style={{ display: 'block' }}>
            <CodeSnippet
              text={item.objects.map(o => stringify(o)).join('---\n')}
              language="yaml"
              showCopyCodeButton
            />
          </AccordionDetails>
        </Accordion>
      ))}
    </Box>
  );
};
