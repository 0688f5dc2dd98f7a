import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { EmptyState, LinkButton } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import {
  KUBERNETES_NAMESPACE_ANNOTATION,
  PORTER_NAMESPACES_ANNOTATION,
} from '@internal/plugin-porter-common';
import type { PermissionState } from '../../hooks/usePorterPermission';
import { templateLink } from '../../lib/templateLink';
import { exampleClaim } from './exampleClaim';
import { OcUsersSection } from './OcUsersSection';

/**
 * Shown when the entity has no claims: what an exposure is, the dialog and
 * the template to make one, and (second) a claim for `oc` users.
 */
export const NoClaimsEmptyState = (props: {
  entity: Entity;
  mayCreate: PermissionState;
  onCreate: () => void;
}) => {
  const { entity, mayCreate, onCreate } = props;
  const example = exampleClaim(entity);
  if (!example) {
    return (
      <EmptyState
        missing="info"
        title="This component is not bound to a Kubernetes namespace"
        description={
          <>
            Porter needs to know where the component runs. Add the annotation{' '}
            <code>{KUBERNETES_NAMESPACE_ANNOTATION}: your-namespace</code> or{' '}
            <code>{PORTER_NAMESPACES_ANNOTATION}: cluster/your-namespace</code>{' '}
            to its catalog-info.yaml.
          </>
        }
      />
    );
  }
  return (
    <EmptyState
      missing="content"
      title="No TCP exposures yet"
      description={
        <>
          This component does not expose any Kubernetes Service over raw TCP
          yet. An exposure gives a Service an address and port on the F5 load
          balancer (one in each cluster of a Gold/GoldDR pair) and forwards
          connections to its pods: for databases, replication, virus scanners
          and other non-HTTP traffic.
        </>
      }
      action={
        <Box maxWidth={720}>
          {mayCreate.allowed && (
            <Box display="flex" alignItems="center" mb={3} style={{ gap: 16 }}>
              <Button variant="contained" color="primary" onClick={onCreate}>
                Expose a Service
              </Button>
              <LinkButton
                to={templateLink(stringifyEntityRef(entity))}
                variant="outlined"
                color="primary"
              >
                Use the template
              </LinkButton>
            </Box>
          )}
          {mayCreate.reason && (
            <Typography variant="body2" paragraph role="note">
              {mayCreate.reason}
            </Typography>
          )}
          <OcUsersSection example={example} />
        </Box>
      }
    />
  );
};
