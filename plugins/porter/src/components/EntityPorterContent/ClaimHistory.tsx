import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Chip from '@material-ui/core/Chip';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import type { Claim } from '@internal/plugin-porter-common';
import { useClaimHistory } from '../../hooks/useClaimHistory';
import { claimIdOf } from '../../lib/claimId';
import { Timestamp } from '../common/Timestamp';

/** What happened to a claim, newest first: each event with who and when. */
export const ClaimHistory = (props: { claim: Claim; revision: string }) => {
  const { value, loading, error } = useClaimHistory(
    claimIdOf(props.claim),
    props.revision,
  );
  return (
    <InfoCard title="History" subheader="Newest first" variant="gridItem">
      {loading && !value && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {value && value.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          No events recorded yet.
        </Typography>
      )}
      {value && value.length > 0 && (
        <List dense aria-label="History" disablePadding>
          {value.map((event, index) => (
            <ListItem
              key={`${event.at}/${event.type}/${index}`}
              divider
              disableGutters
              alignItems="flex-start"
            >
              <Chip
                size="small"
                label={event.type}
                style={{ marginRight: 8, marginTop: 4 }}
              />
              <ListItemText
                // The theme keeps list text on one line; events are sentences,
                // and entity refs and claim paths have no spaces to break at.
                style={{ whiteSpace: 'normal', overflowWrap: 'anywhere' }}
                primary={event.message}
                secondary={
                  <>
                    {event.actor ?? 'Porter (reconciler)'} ·{' '}
                    <Timestamp at={event.at} />
                  </>
                }
              />
            </ListItem>
          ))}
        </List>
      )}
    </InfoCard>
  );
};
