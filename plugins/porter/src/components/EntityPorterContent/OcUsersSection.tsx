import { CodeSnippet, CopyTextButton } from '@backstage/core-components';
import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import { CLUSTER_PLACEHOLDER, ExampleClaim } from './exampleClaim';

/** The secondary path: a TransportServerClaim to `oc apply`, or to post from a script. */
export const OcUsersSection = (props: { example: ExampleClaim }) => {
  const { binding, yaml, postPath } = props.example;
  return (
    <Accordion>
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>
        <Typography variant="body2">
          For <code>oc</code> users: the TransportServerClaim YAML
        </Typography>
      </AccordionSummary>
      <AccordionDetails style={{ display: 'block' }}>
        <Typography variant="body2" paragraph>
          A claim for the namespace <code>{binding.namespace}</code>
          {binding.cluster ? (
            <>
              {' '}
              in <code>{binding.cluster}</code>
            </>
          ) : null}
          ; set the Service and port. Apply it with <code>oc apply -f</code> in
          the cluster (for a Gold/GoldDR pair, the primary): Porter adopts it on
          its next pass and it shows here.
        </Typography>
        <CodeSnippet text={yaml} language="yaml" showCopyCodeButton />
        <Box display="flex" alignItems="center" mt={1}>
          <Typography variant="body2">
            From a script, POST it to{' '}
            <code data-testid="porter-post-path">{postPath}</code> with{' '}
            <code>Content-Type: application/yaml</code> and a Backstage token
          </Typography>
          <CopyTextButton
            text={postPath}
            aria-label="Copy the claims URL path"
          />
        </Box>
        {binding.cluster ? null : (
          <Typography variant="caption" color="textSecondary">
            Replace {CLUSTER_PLACEHOLDER} with the cluster to expose the Service
            in (for a Gold/GoldDR pair, the primary).
          </Typography>
        )}
      </AccordionDetails>
    </Accordion>
  );
};
