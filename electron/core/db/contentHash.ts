import type Database from 'better-sqlite3';
import { createHash, type Hash } from 'node:crypto';

/**
 * A logical content hash of a case: the schema (tables, indexes, triggers and
 * views, by their SQL), application_id, user_version and every row of every
 * table in a fixed order, with typed values. Two files hash equal when they
 * hold the same data, whatever their page layout, free pages, journal mode or
 * WAL state — so a backup made with VACUUM INTO and the case it came from
 * compare equal, and a restore can be checked against the backup.
 *
 * Virtual tables (FTS) and their shadow tables are left out: their content is
 * derived from the real tables and their b-tree segments depend on merge history.
 */
export function caseContentHash(db: Database.Database): string {
  const hash = createHash('sha256');
  const put = (tag: string, text: string) => {
    hash.update(`${tag}:${Buffer.byteLength(text)}:`);
    hash.update(text);
  };
  put('application_id', String(db.pragma('application_id', { simple: true })));
  put('user_version', String(db.pragma('user_version', { simple: true })));
  const schema = db
    .prepare(
      `SELECT type, name, tbl_name AS tableName, sql FROM sqlite_master
       WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name`,
    )
    .all() as { type: string; name: string; tableName: string; sql: string }[];
  const virtual = schema.filter((s) => s.type === 'table' && /^CREATE VIRTUAL TABLE/i.test(s.sql)).map((s) => s.name);
  const isDerived = (name: string) => virtual.some((v) => name === v || name.startsWith(`${v}_`));
  for (const s of schema) put('schema', `${s.type}\u0000${s.name}\u0000${s.tableName}\u0000${s.sql}`);
  for (const s of schema) {
    if (s.type !== 'table' || isDerived(s.name)) continue;
    hashTable(db, s.name, hash);
  }
  return hash.digest('hex');
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function hashTable(db: Database.Database, table: string, hash: Hash): void {
  const columns = (
    db.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`).all(table) as { name: string }[]
  ).map((c) => c.name);
  hash.update(`table:${table}:${columns.join('\u0000')}\n`);
  if (!columns.length) return;
  // Ordered by every column, so the order does not depend on rowids or on a WITHOUT ROWID key.
  const order = columns.map((_c, i) => String(i + 1)).join(', ');
  const stmt = db.prepare(`SELECT ${columns.map(quoteIdent).join(', ')} FROM ${quoteIdent(table)} ORDER BY ${order}`);
  stmt.raw(true);
  stmt.safeIntegers(true);
  for (const row of stmt.iterate() as Iterable<unknown[]>) {
    for (const value of row) hashValue(value, hash);
    hash.update('\n');
  }
}

function hashValue(value: unknown, hash: Hash): void {
  if (value === null) hash.update('n;');
  else if (typeof value === 'bigint') hash.update(`i${value};`);
  else if (typeof value === 'number') hash.update(`r${value.toString()};`);
  else if (typeof value === 'string') {
    hash.update(`t${Buffer.byteLength(value)}:`);
    hash.update(value);
  } else if (Buffer.isBuffer(value)) {
    hash.update(`b${value.length}:`);
    hash.update(value);
  } else hash.update(`?${String(value)};`);
}
