/*
 * Trust: what the reconciler's guards need.
 *
 * porter_claims.adopted         the claim was imported from a TransportServerClaim
 *                               made with `oc apply`; only such a claim may inherit the
 *                               unlabelled objects the old operator made for it.
 * porter_claim_events.entity_ref the claim's entity when the event happened, so the
 *                               history of a deleted claim is read-checked like the claim.
 * porter_deletion_guards        per cluster: a reconciler pass that would delete more
 *                               of Porter's objects than porter.reconcile.deletionGuard
 *                               allows deletes nothing and holds here until an
 *                               administrator confirms or the condition clears.
 * porter_findings               what the reconciler could not do and a person should
 *                               know (an adoption refused, a port out of the range,
 *                               an address out of the pools), replaced on every pass.
 */

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  await knex.schema.alterTable('porter_claims', table => {
    table.boolean('adopted').notNullable().defaultTo(false);
  });
  await knex.schema.alterTable('porter_claim_events', table => {
    table.string('entity_ref', 255).nullable();
  });
  await knex.schema.createTable('porter_deletion_guards', table => {
    table.comment('Reconciler deletions held back per cluster');
    table.string('cluster', 63).primary();
    table.integer('would_delete').notNullable();
    table.integer('total').notNullable();
    table
      .text('objects')
      .notNullable()
      .comment('JSON: the objects it would delete');
    table.timestamp('since', { useTz: true }).notNullable();
    table.timestamp('observed_at', { useTz: true }).notNullable();
    table.string('confirmed_by', 255).nullable();
    table.timestamp('confirmed_at', { useTz: true }).nullable();
    table.integer('confirmed_count').nullable();
  });
  await knex.schema.createTable('porter_findings', table => {
    table.comment('What the reconciler could not do, per pass');
    table.increments('id').primary();
    table.string('kind', 32).notNullable();
    table.string('cluster', 63).notNullable();
    table.string('namespace', 63).notNullable();
    table.string('name', 253).notNullable();
    table.text('message').notNullable();
    table.timestamp('observed_at', { useTz: true }).notNullable();
    table.unique(['kind', 'cluster', 'namespace', 'name'], {
      indexName: 'porter_findings_subject_uq',
    });
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('porter_findings');
  await knex.schema.dropTable('porter_deletion_guards');
  await knex.schema.alterTable('porter_claim_events', table => {
    table.dropColumn('entity_ref');
  });
  await knex.schema.alterTable('porter_claims', table => {
    table.dropColumn('adopted');
  });
};
