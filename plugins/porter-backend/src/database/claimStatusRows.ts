import type { Allocation, ClaimSide } from '@internal/plugin-porter-common';
import { Knex } from 'knex';
import { toIso } from './timestamps';
import type { Db } from './types';

/*
 * A claim's status as stored: its sides (`porter_claim_sides`) and its
 * allocations (`porter_ports`), row by row, and both aggregated into JSON
 * columns of the claim's own row, so that a page of claims with their status
 * is one query, one round trip to the database, rather than three.
 */

export function toSide(row: any): ClaimSide {
  return {
    cluster: row.cluster,
    phase: row.phase,
    ...JSON.parse(row.detail),
    observedAt: toIso(row.observed_at),
  };
}

export function toAllocation(row: any): Allocation {
  return {
    cluster: row.cluster,
    address: row.address,
    port: Number(row.port),
    serviceType: row.service_type,
  };
}

const SIDE_COLUMNS = ['cluster', 'phase', 'detail', 'observed_at'];
const ALLOCATION_COLUMNS = ['cluster', 'address', 'port', 'service_type'];

/**
 * Two columns for a select from `porter_claims`: `sides_json` and
 * `allocations_json`, each the claim's rows as a JSON array of objects with
 * the table's column names (json_agg on PostgreSQL, json_group_array on
 * SQLite). Unordered: `statusOf` orders them.
 */
export function statusColumns(db: Db): Knex.Raw[] {
  return [
    aggregate(db, 'porter_claim_sides', SIDE_COLUMNS, 'sides_json'),
    aggregate(db, 'porter_ports', ALLOCATION_COLUMNS, 'allocations_json'),
  ];
}

function aggregate(db: Db, table: string, columns: string[], alias: string) {
  const postgres = db.client.config.client === 'pg';
  const object = postgres ? 'json_build_object' : 'json_object';
  const fields = columns.map(c => `'${c}', s.??`).join(', ');
  const array = postgres
    ? `COALESCE(json_agg(${object}(${fields})), '[]'::json)`
    : `json_group_array(${object}(${fields}))`;
  return db.raw(
    `(SELECT ${array} FROM ?? s WHERE s.claim_id = porter_claims.id) AS ??`,
    [...columns, table, alias],
  );
}

/** The sides and allocations of a row selected with `statusColumns`, by cluster. */
export function statusOf(row: any): {
  sides: ClaimSide[];
  allocations: Allocation[];
} {
  // PostgreSQL's driver parses json columns; SQLite returns the text.
  const parse = (value: unknown): any[] =>
    typeof value === 'string' ? JSON.parse(value) : (value as any[]) ?? [];
  const byCluster = (a: { cluster: string }, b: { cluster: string }) =>
    a.cluster.localeCompare(b.cluster);
  return {
    sides: parse(row.sides_json).map(toSide).sort(byCluster),
    allocations: parse(row.allocations_json).map(toAllocation).sort(byCluster),
  };
}
