import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@material-ui/core/Box';
import {
  DeletionGuardStatus,
  porterAdminConfirmPermission,
} from '@internal/plugin-porter-common';
import { useState } from 'react';
import { ConfirmDeletionsDialog } from './ConfirmDeletionsDialog';
import { DeletionGuardCard } from './DeletionGuardCard';

/**
 * Every cluster where the reconciler holds deletions back, first on the
 * page; administrators with `porter.admin.confirm` review and confirm them
 * here. Nothing when no guard holds.
 */
export const DeletionGuardsSection = (props: {
  guards: DeletionGuardStatus[];
  reloading: boolean;
  onReload: () => void;
}) => {
  const { guards, reloading, onReload } = props;
  const { allowed: mayConfirm } = usePermission({
    permission: porterAdminConfirmPermission,
  });
  const [reviewing, setReviewing] = useState<string>();
  if (guards.length === 0 && !reviewing) return null;
  return (
    <Box
      display="flex"
      flexDirection="column"
      mb={3}
      style={{ gap: 16 }}
      role="region"
      aria-label="Deletions held back"
    >
      {guards.map(guard => (
        <DeletionGuardCard
          key={guard.cluster}
          guard={guard}
          mayConfirm={mayConfirm}
          onReview={() => setReviewing(guard.cluster)}
        />
      ))}
      <ConfirmDeletionsDialog
        cluster={reviewing}
        guards={guards}
        reloading={reloading}
        onClose={() => setReviewing(undefined)}
        onReload={onReload}
      />
    </Box>
  );
};
