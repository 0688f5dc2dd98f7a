import { CodeSnippet } from '@backstage/core-components';
import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import type { NamespaceAccess } from '@internal/plugin-porter-common';
import { accessRequestYaml, CLAIMS_RESOURCE } from '../../lib/accessRequest';

/**
 * The user may not create claims in the namespace: the cluster's (or the
 * catalog's) reason, what to do about it, and for the cluster a Role and
 * RoleBinding to send the namespace's admins. Presentational.
 */
export const AccessRefusal = (props: {
  access: NamespaceAccess;
  /** Where the claim would be realised, e.g. "gold + golddr". */
  label: string;
}) => {
  const { access, label } = props;
  const { namespace, clusterIdentity } = access;
  const yaml = accessRequestYaml(access);
  const pair = label.includes('+');
  return (
    <Alert severity="error" data-testid="porter-access-refused">
      <AlertTitle>
        You cannot create or change TCP exposures in {namespace} on {label}
      </AlertTitle>
      <Typography variant="body2" paragraph>
        {access.createClaims.reason}
      </Typography>
      {access.decidedBy === 'cluster' ? (
        <Typography variant="body2" paragraph>
          <strong>What to do:</strong> Porter asks the cluster, so you may do
          here exactly what you could do with <code>oc</code>. Ask the admins of
          namespace <strong>{namespace}</strong>
          {pair ? ' (in both clusters of the pair)' : ''} for a RoleBinding that
          lets {clusterIdentity ? `'${clusterIdentity.user}'` : 'you'} create{' '}
          <code>{CLAIMS_RESOURCE}</code> there. Once they have, open this again;
          the cluster's answer may take half a minute to change.
        </Typography>
      ) : (
        <Typography variant="body2" paragraph>
          <strong>What to do:</strong> Porter's catalog decides here: use a
          component bound to this namespace that you own, or ask its owners.
        </Typography>
      )}
      {yaml && (
        <Accordion variant="outlined">
          <AccordionSummary expandIcon={<ExpandMoreIcon />}>
            <Typography variant="body2">
              A Role and RoleBinding to send them
            </Typography>
          </AccordionSummary>
          <AccordionDetails>
            <Box width="100%">
              <Typography variant="body2" color="textSecondary" paragraph>
                What using Porter (or <code>oc</code>) for TransportServerClaims
                in {namespace} takes; they apply it with{' '}
                <code>oc apply -f</code>.
              </Typography>
              <CodeSnippet text={yaml} language="yaml" showCopyCodeButton />
            </Box>
          </AccordionDetails>
        </Accordion>
      )}
    </Alert>
  );
};
