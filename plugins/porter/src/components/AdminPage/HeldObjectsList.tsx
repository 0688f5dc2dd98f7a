import { CopyTextButton } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { DeletionGuardStatus } from '@internal/plugin-porter-common';

/** How many of the objects are listed: the guard keeps the first 50, the count is complete. */
export function listedSentence(guard: DeletionGuardStatus): string {
  const listed = guard.objects.length;
  if (listed >= guard.wouldDelete) return '';
  return `The first ${listed} of the ${guard.wouldDelete} are listed; the rest are of the same kind (claims this database has no record of).`;
}

/** The objects a held pass would delete (`Kind/namespace/name`), with a button to copy them. */
export const HeldObjectsList = (props: { guard: DeletionGuardStatus }) => {
  const { guard } = props;
  const more = listedSentence(guard);
  return (
    <Box width="100%">
      <Box display="flex" alignItems="center" style={{ gap: 8 }}>
        <Typography variant="body2" color="textSecondary">
          Kind/namespace/name, as <code>oc get</code> shows them.
        </Typography>
        <CopyTextButton
          text={guard.objects.join('\n')}
          aria-label={`Copy the objects held in ${guard.cluster}`}
          tooltipText="Objects copied"
        />
      </Box>
      <Box
        component="ul"
        my={0}
        pl={3}
        aria-label={`Objects held in ${guard.cluster}`}
      >
        {guard.objects.map(object => (
          <Typography key={object} component="li" variant="body2">
            <code>{object}</code>
          </Typography>
        ))}
      </Box>
      {more && (
        <Typography variant="body2" color="textSecondary">
          {more}
        </Typography>
      )}
    </Box>
  );
};
