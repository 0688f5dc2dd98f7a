/** True when a database error is a unique-constraint violation (PostgreSQL or SQLite). */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return (
    e?.code === '23505' ||
    e?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    /UNIQUE constraint failed/.test(e?.message ?? '')
  );
}

/** Names the unique index a violation came from, when the driver says. */
export function violatedConstraint(error: unknown): string | undefined {
  const e = error as { constraint?: string; message?: string };
  if (e?.constraint) return e.constraint;
  // SQLite names the columns instead: "UNIQUE constraint failed: porter_claims.cluster, ..."
  const match = /UNIQUE constraint failed: (.*)$/.exec(e?.message ?? '');
  return match?.[1];
}

/** PostgreSQL SQLSTATEs that mean the server cannot serve now, not that the query is wrong. */
const POSTGRES_UNAVAILABLE: Record<string, string> = {
  '53300': 'it has no connection slot free',
  '57P01': 'it is shutting down',
  '57P02': 'it is restarting after a crash',
  '57P03': 'it is starting up',
};

/** Node's socket errors on the way to a database server. */
const SOCKET_UNAVAILABLE: Record<string, string> = {
  ECONNREFUSED: 'it refused the connection',
  ECONNRESET: 'it dropped the connection',
  ETIMEDOUT: 'it did not answer in time',
  EPIPE: 'it closed the connection',
  ENOTFOUND: 'its host name does not resolve',
  EAI_AGAIN: 'its host name could not be resolved now',
};

/**
 * Why the database cannot serve this request right now, when that is what
 * the error says (the server refused or dropped the connection, is starting
 * or stopping, has no slot; the pool had no connection free in time; SQLite's
 * file is locked by another writer); undefined for any other error. Such a
 * request is worth trying again, unlike a query that is wrong.
 */
export function databaseUnavailable(error: unknown): string | undefined {
  const e = error as { code?: string; name?: string; message?: string };
  const code = e?.code ?? '';
  if (SOCKET_UNAVAILABLE[code]) return SOCKET_UNAVAILABLE[code];
  if (POSTGRES_UNAVAILABLE[code]) return POSTGRES_UNAVAILABLE[code];
  // Class 08: connection exceptions.
  if (/^08[0-9A-Z]{3}$/.test(code)) return 'the connection to it failed';
  if (e?.name === 'KnexTimeoutError') {
    return 'no connection to it was free in time';
  }
  if (code === 'SQLITE_BUSY') return 'its file is locked by another writer';
  if (/Connection terminated/.test(e?.message ?? '')) {
    return 'the connection to it ended';
  }
  return undefined;
}
