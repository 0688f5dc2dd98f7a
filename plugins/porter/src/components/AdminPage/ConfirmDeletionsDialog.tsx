import Dialog from '@material-ui/core/Dialog';
import type { DeletionGuardStatus } from '@internal/plugin-porter-common';
import { ConfirmDeletionsContent } from './ConfirmDeletionsContent';

/** The confirmation of held deletions in `cluster`; closed while `cluster` is unset. */
export const ConfirmDeletionsDialog = (props: {
  cluster?: string;
  guards: DeletionGuardStatus[];
  reloading: boolean;
  onClose: () => void;
  onReload: () => void;
}) => {
  const { cluster, guards, reloading, onClose, onReload } = props;
  return (
    <Dialog
      open={!!cluster}
      onClose={onClose}
      maxWidth="md"
      fullWidth
      aria-labelledby="porter-confirm-deletions-title"
    >
      {cluster && (
        <ConfirmDeletionsContent
          cluster={cluster}
          guard={guards.find(g => g.cluster === cluster)}
          reloading={reloading}
          onClose={onClose}
          onReload={onReload}
        />
      )}
    </Dialog>
  );
};
