/** A timestamp column as ISO 8601: PostgreSQL returns Date, SQLite the epoch milliseconds knex stored. */
export function toIso(value: Date | number | string): string {
  return new Date(
    typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value,
  ).toISOString();
}
