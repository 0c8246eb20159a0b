import type Database from 'better-sqlite3';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * A prepared statement, compiled once per connection. Bulk import runs the same
 * few statements thousands of times; compiling each time was a third of its cost.
 */
export function stmt(db: Database.Database, sql: string): Database.Statement {
  let map = cache.get(db);
  if (!map) cache.set(db, (map = new Map()));
  let statement = map.get(sql);
  if (!statement) map.set(sql, (statement = db.prepare(sql)));
  return statement;
}
