import { closeSync, openSync, readSync } from 'node:fs';

/** `PRAGMA application_id` of a case file: ASCII "AWB1". */
export const CASE_APPLICATION_ID = 0x41574231;

const SQLITE_MAGIC = 'SQLite format 3\0';

export type HeaderVerdict =
  | { kind: 'empty' }
  | { kind: 'not-sqlite' }
  | { kind: 'foreign-sqlite'; applicationId: number }
  | { kind: 'case'; userVersion: number };

/**
 * Reads the 100-byte SQLite header with a plain read-only file descriptor, so a
 * file that turns out not to be ours is never opened by SQLite (which could
 * create a -wal/-shm beside it or roll back a hot journal into it).
 */
export function readCaseHeader(path: string): HeaderVerdict {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(100);
    const read = readSync(fd, header, 0, 100, 0);
    if (read === 0) return { kind: 'empty' };
    if (read < 100 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) return { kind: 'not-sqlite' };
    const applicationId = header.readUInt32BE(68);
    if (applicationId !== CASE_APPLICATION_ID) return { kind: 'foreign-sqlite', applicationId };
    return { kind: 'case', userVersion: header.readUInt32BE(60) };
  } finally {
    closeSync(fd);
  }
}
