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
