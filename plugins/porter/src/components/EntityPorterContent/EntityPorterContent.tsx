import { getEntityRelations, useEntity } from '@backstage/plugin-catalog-react';
import {
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import Button from '@material-ui/core/Button';
import Box from '@material-ui/core/Box';
import {
  Claim,
  claimResourceRef,
  namespaceBindings,
} from '@internal/plugin-porter-common';
import { useCallback, useMemo, useState } from 'react';
import { useClaims } from '../../hooks/useClaims';
import { useClusters } from '../../hooks/useClusters';
import { useCreateClaimPermission } from '../../hooks/usePorterPermission';
import { targetChoices } from '../../lib/targets';
import { ClaimDialog } from '../ClaimDialog';
import { ClaimsTable } from './ClaimsTable';
import { DeleteClaimDialog } from './DeleteClaimDialog';
import { ExposuresToolbar } from './ExposuresToolbar';
import { NoClaimsEmptyState } from './NoClaimsEmptyState';
import { ReachabilityNote } from './ReachabilityNote';

type OpenDialog =
  | { kind: 'create' }
  | { kind: 'edit'; claim: Claim }
  | { kind: 'delete'; claim: Claim };

/**
 * The "TCP exposures" entity tab: the entity's TransportServerClaims, kept
 * live while they settle, with create, change and delete for those allowed.
 */
export const EntityPorterContent = () => {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const owners = useMemo(
    () =>
      getEntityRelations(entity, RELATION_OWNED_BY).map(ref =>
        stringifyEntityRef(ref),
      ),
    [entity],
  );
  const {
    claims,
    loading,
    error,
    refreshError,
    settling,
    refresh,
    hasMore,
    loadMore,
  } = useClaims(entityRef);
  const clusters = useClusters();
  const mayCreate = useCreateClaimPermission(entityRef, owners);
  const [dialog, setDialog] = useState<OpenDialog>();
  // Deleted claims leave the table at once, before the reload confirms it.
  const [deleted, setDeleted] = useState<string[]>([]);

  const choices = useMemo(
    () =>
      targetChoices(
        namespaceBindings(entity.metadata.annotations),
        clusters.value?.items ?? [],
      ),
    [entity, clusters.value],
  );
  const shown = useMemo(
    () => claims?.filter(c => !deleted.includes(claimResourceRef(c))),
    [claims, deleted],
  );
  const openCreate = useCallback(() => setDialog({ kind: 'create' }), []);
  const openEdit = useCallback(
    (claim: Claim) => setDialog({ kind: 'edit', claim }),
    [],
  );
  const openDelete = useCallback(
    (claim: Claim) => setDialog({ kind: 'delete', claim }),
    [],
  );
  const close = useCallback(() => setDialog(undefined), []);
  const saved = useCallback(
    (claim: Claim) => {
      setDeleted(refs => refs.filter(ref => ref !== claimResourceRef(claim)));
      refresh();
    },
    [refresh],
  );
  const removed = useCallback(
    (claim: Claim) => {
      setDeleted(refs => [...refs, claimResourceRef(claim)]);
      setDialog(undefined);
      refresh();
    },
    [refresh],
  );

  let body: JSX.Element;
  if (loading) {
    body = <Progress />;
  } else if (error) {
    // The panel's title is the error message, which leads with the server's own words.
    body = (
      <>
        <ResponseErrorPanel error={error} />
        <Button variant="outlined" onClick={refresh} style={{ marginTop: 8 }}>
          Try again
        </Button>
      </>
    );
  } else if (!shown || shown.length === 0) {
    body = (
      <NoClaimsEmptyState
        entity={entity}
        mayCreate={mayCreate}
        onCreate={openCreate}
      />
    );
  } else {
    body = (
      <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
        <ExposuresToolbar
          entityRef={entityRef}
          mayCreate={mayCreate}
          onCreate={openCreate}
          settling={settling}
          refreshError={refreshError}
        />
        <ClaimsTable
          claims={shown}
          owners={owners}
          onEdit={openEdit}
          onDelete={openDelete}
          onChanged={refresh}
          more={hasMore}
        />
        {hasMore ? (
          <Box>
            <Button variant="outlined" onClick={loadMore}>
              Show more exposures
            </Button>
          </Box>
        ) : null}
      </Box>
    );
  }

  const editing = dialog?.kind === 'edit' ? dialog.claim : undefined;
  return (
    // A column without a Grid's negative margins, which overflow the page.
    <Box display="flex" flexDirection="column" style={{ gap: 24 }}>
      <ReachabilityNote />
      {body}
      <ClaimDialog
        open={dialog?.kind === 'create' || !!editing}
        clustersLoading={clusters.loading}
        clustersError={clusters.error}
        entityRef={entityRef}
        choices={choices}
        clusters={clusters.value?.items ?? []}
        existing={claims ?? []}
        claim={editing}
        onClose={close}
        onSaved={saved}
      />
      <DeleteClaimDialog
        claim={dialog?.kind === 'delete' ? dialog.claim : undefined}
        retentionDays={clusters.value?.settings.retentionDays}
        onClose={close}
        onDeleted={removed}
      />
    </Box>
  );
};
