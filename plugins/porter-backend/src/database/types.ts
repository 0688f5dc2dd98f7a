import { Knex } from 'knex';

/**
 * Where a store call runs: the plugin's connection, or a transaction on it.
 *
 * Every store follows one style: each method takes the `Db` to run in as its
 * first argument, and stores hold no connection of their own. A write that
 * spans stores (a claim, its ports and its history) is one transaction that
 * the service opens and hands to each store in turn, so it is visible at
 * every call what runs inside it, and no call falls back to the plain
 * connection by omission. That is what keeps a port from being handed out
 * twice when two replicas share one PostgreSQL. A method that must run
 * inside a transaction (it locks rows, or is one step of a larger write)
 * asks for a `Knex.Transaction` instead.
 */
export type Db = Knex | Knex.Transaction;
