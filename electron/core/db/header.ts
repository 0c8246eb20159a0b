import { closeSync, openSync, readSync } from 'node:fs';

/** `PRAGMA application_id` of a case file: ASCII "AWB1". */
export const CASE_APPLICATION_ID = 0x41574231;

const SQLITE_MAGIC = 'SQLite format 3\0';

export type HeaderVerdict =
  | { kind: 'empty' }
  | { kind: 'not-sqlite' }
  | { kind: 'foreign-sqlite'; applicationId: number }
  | { kind: 'case'; userVersion: number; expectedBytes: number | null };

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
    // The in-header page count is valid when the change counter equals "version-valid-for"
    // (SQLite ≥ 3.7.0 keeps both); a file shorter than that many pages has been truncated.
    const rawPageSize = header.readUInt16BE(16);
    const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
    const pageCount = header.readUInt32BE(28);
    const countValid = header.readUInt32BE(24) === header.readUInt32BE(92) && pageCount > 0;
    return {
      kind: 'case',
      userVersion: header.readUInt32BE(60),
      expectedBytes: countValid ? pageCount * pageSize : null,
    };
  } finally {
    closeSync(fd);
  }
}
