import {
  ClaimEvent,
  ClaimId,
  normalizeEntityRef,
} from '@internal/plugin-porter-common';
import { Knex } from 'knex';
import { chunks, TUPLE_CHUNK } from './chunks';
import type { ClaimHistoryStore, HistoryEntry } from './ClaimHistoryStore';
import { toIso } from './timestamps';
import type { Db } from './types';

const TABLE = 'porter_claim_events';

/** Claim history, in `porter_claim_events`. */
export class DatabaseClaimHistoryStore implements ClaimHistoryStore {
  async add(trx: Knex.Transaction, entry: HistoryEntry): Promise<void> {
    const { claim, events, actor, at } = entry;
    if (events.length === 0) return;
    await trx(TABLE).insert(
      events.map(event => ({
        cluster: claim.cluster,
        namespace: claim.namespace,
        name: claim.name,
        type: event.type,
        message: event.message,
        actor: actor ?? null,
        entity_ref: claim.entityRef
          ? normalizeEntityRef(claim.entityRef)
          : null,
        data: event.data ? JSON.stringify(event.data) : null,
        at,
      })),
    );
  }

  async events(db: Db, claim: ClaimId): Promise<ClaimEvent[]> {
    const rows = await db(TABLE).where(keyOf(claim)).orderBy('id');
    return rows.map(row => ({
      type: row.type,
      at: toIso(row.at),
      actor: row.actor ?? undefined,
      message: row.message,
      data: row.data ? JSON.parse(row.data) : undefined,
    }));
  }

  async lastEntityRef(db: Db, claim: ClaimId): Promise<string | undefined> {
    const row = await db(TABLE)
      .where(keyOf(claim))
      .whereNotNull('entity_ref')
      .orderBy('id', 'desc')
      .first('entity_ref');
    return row?.entity_ref ?? undefined;
  }

  async deletedKeys(db: Db, keys: string[]): Promise<Set<string>> {
    const found = new Set<string>();
    const tuples = [...new Set(keys)].map(k => k.split('/'));
    for (const chunk of chunks(tuples, TUPLE_CHUNK)) {
      const rows = await db(TABLE)
        .whereIn(['cluster', 'namespace', 'name'], chunk)
        .andWhere('type', 'deleted')
        .distinct('cluster', 'namespace', 'name');
      for (const r of rows) found.add(`${r.cluster}/${r.namespace}/${r.name}`);
    }
    return found;
  }
}

function keyOf(claim: ClaimId) {
  return {
    cluster: claim.cluster,
    namespace: claim.namespace,
    name: claim.name,
  };
}
