import { Entity } from '@backstage/catalog-model';
import {
  CodeSnippet,
  CopyTextButton,
  EmptyState,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import {
  KUBERNETES_NAMESPACE_ANNOTATION,
  PORTER_NAMESPACES_ANNOTATION,
} from '@internal/plugin-porter-common';
import { CLUSTER_PLACEHOLDER, exampleClaim } from './exampleClaim';

/** Shown when the entity has no claims: what a claim is, and one to start from. */
export const NoClaimsEmptyState = (props: { entity: Entity }) => {
  const example = exampleClaim(props.entity);
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
  const { binding, yaml, postPath } = example;
  return (
    <EmptyState
      missing="content"
      title="No TCP exposures yet"
      description={
        <>
          This component does not expose any Kubernetes Service over raw TCP
          yet. A TransportServerClaim asks for one: Porter gives it an address
          and port on the F5 load balancer (one in each cluster of a pair) and
          forwards connections to the Service. Below is a claim for the
          namespace <code>{binding.namespace}</code>
          {binding.cluster ? (
            <>
              {' '}
              in <code>{binding.cluster}</code>
            </>
          ) : null}
          ; set the Service and port, then post it.
        </>
      }
      action={
        <Box maxWidth={720}>
          <CodeSnippet text={yaml} language="yaml" showCopyCodeButton />
          <Box display="flex" alignItems="center" mt={1}>
            <Typography variant="body2">
              POST it to <code data-testid="porter-post-path">{postPath}</code>{' '}
              with <code>Content-Type: application/yaml</code>
            </Typography>
            <CopyTextButton
              text={postPath}
              aria-label="Copy the claims URL path"
            />
          </Box>
          {binding.cluster ? null : (
            <Typography variant="caption" color="textSecondary">
              Replace {CLUSTER_PLACEHOLDER} with the cluster to expose the
              Service in (for a Gold/GoldDR pair, the primary).
            </Typography>
          )}
        </Box>
      }
    />
  );
};
