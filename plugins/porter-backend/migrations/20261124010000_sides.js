/*
 * porter_claim_sides: how each claim stood in each realising cluster when last
 * observed (after an apply, or by the reconciler). Reads serve this, so the API
 * answers even while a cluster is down.
 */

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  await knex.schema.createTable('porter_claim_sides', table => {
    table.comment('Last observed state of each claim in each cluster');
    table
      .integer('claim_id')
      .notNullable()
      .references('id')
      .inTable('porter_claims')
      .onDelete('CASCADE');
    table.string('cluster', 63).notNullable();
    table.primary(['claim_id', 'cluster']);
    table.string('phase', 16).notNullable();
    table
      .text('detail')
      .notNullable()
      .comment('JSON: reasons, transportServer, crossConnects');
    table.timestamp('observed_at', { useTz: true }).notNullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('porter_claim_sides');
};
