/*
 * Porter's tables.
 *
 * porter_claims       one row per TransportServerClaim Porter manages.
 * porter_ports        the port inventory: one row per port of every cluster's
 *                     range, free, allocated to a claim, or retained for the
 *                     (claim cluster, namespace, Service, port) that last held it.
 *                     Allocation takes a free row, so its cost does not depend
 *                     on how full the range is; the primary key makes a double
 *                     allocation impossible whatever the number of replicas.
 * porter_claim_events a claim's history; kept after the claim is deleted.
 */

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  await knex.schema.createTable('porter_claims', table => {
    table.comment('TransportServerClaims managed by Porter');
    table.increments('id').primary();
    table.string('cluster', 63).notNullable();
    table.string('namespace', 63).notNullable();
    table.string('name', 63).notNullable();
    table.string('service', 63).notNullable();
    table.integer('service_port').notNullable();
    table.text('spec').notNullable().comment('claim spec as JSON');
    table.string('entity_ref', 255).nullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.unique(['cluster', 'namespace', 'name'], {
      indexName: 'porter_claims_identity_uq',
    });
    table.unique(['cluster', 'namespace', 'service', 'service_port'], {
      indexName: 'porter_claims_target_uq',
    });
    table.index(['entity_ref'], 'porter_claims_entity_idx');
  });

  await knex.schema.createTable('porter_ports', table => {
    table.comment('Port inventory per cluster: free, allocated or retained');
    table.string('cluster', 63).notNullable();
    table.integer('port').notNullable();
    table.primary(['cluster', 'port']);
    table
      .string('state', 16)
      .notNullable()
      .comment('free | allocated | retained');
    table
      .integer('claim_id')
      .nullable()
      .references('id')
      .inTable('porter_claims')
      .onDelete('SET NULL');
    // The retention key: who held this port. NULL while free, so the unique
    // index below only constrains ports that are held.
    table.string('claim_cluster', 63).nullable();
    table.string('namespace', 63).nullable();
    table.string('service', 63).nullable();
    table.integer('service_port').nullable();
    table.string('address', 64).nullable();
    table.string('service_type', 16).nullable();
    table.timestamp('retained_until', { useTz: true }).nullable();
    table.unique(
      ['cluster', 'claim_cluster', 'namespace', 'service', 'service_port'],
      {
        indexName: 'porter_ports_holder_uq',
      },
    );
    table.index(['cluster', 'state', 'port'], 'porter_ports_free_idx');
    table.index(['claim_id'], 'porter_ports_claim_idx');
  });

  await knex.schema.createTable('porter_claim_events', table => {
    table.comment('History of each claim');
    table.increments('id').primary();
    table.string('cluster', 63).notNullable();
    table.string('namespace', 63).notNullable();
    table.string('name', 63).notNullable();
    table.string('type', 32).notNullable();
    table.text('message').notNullable();
    table.string('actor', 255).nullable();
    table.text('data').nullable().comment('JSON');
    table.timestamp('at', { useTz: true }).notNullable();
    table.index(
      ['cluster', 'namespace', 'name', 'id'],
      'porter_claim_events_claim_idx',
    );
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('porter_claim_events');
  await knex.schema.dropTable('porter_ports');
  await knex.schema.dropTable('porter_claims');
};
