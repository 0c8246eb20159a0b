import type { Migration } from '../migrate';

/**
 * No table changes: this version number is a promise about the file. From
 * schema 7 on, a clean close leaves the case in rollback-journal mode (header
 * bytes 18/19 = 1) and only an open case is in WAL mode (bytes = 2, with its
 * `-wal` beside it). So a schema-7 file whose header says WAL but that has no
 * `-wal` was copied while open, or lost its `-wal`: the newest edits are
 * missing and open refuses it (db/journalState.ts). Files of schema ≤ 6 were
 * written by builds that closed in WAL mode, where that state is also the
 * normal closed state, so for them the check cannot tell and does not refuse.
 */
export const migration007RollbackOnClose: Migration = {
  version: 7,
  name: 'rollback-on-close',
  up() {
    // The version bump itself is the marker.
  },
};
