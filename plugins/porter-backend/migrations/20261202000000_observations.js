/*
 * porter_cluster_observations: when the reconciler last looked at each
 * cluster with its view in sync. A side's row changes only when the side
 * does; "when Porter last looked" is the later of the two, so a pass over
 * thousands of unchanged claims writes one row per cluster, not one per side.
 */

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  await knex.schema.createTable('porter_cluster_observations', table => {
    table.comment('When the reconciler last looked at each cluster');
    table.string('cluster', 63).primary();
    table.timestamp('observed_at', { useTz: true }).notNullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('porter_cluster_observations');
};
