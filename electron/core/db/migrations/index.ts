import type { Migration } from '../migrate';
import { migration001Initial } from './001_initial';
import { migration002Sources } from './002_sources';
import { migration003Excerpts } from './003_excerpts';
import { migration004Analysis } from './004_analysis';
import { migration005Briefings } from './005_briefings';
import { migration006Search } from './006_search';
import { migration007RollbackOnClose } from './007_rollback_on_close';
import { migration008Timeline } from './008_timeline';

/**
 * Ordered and append-only: a released migration is never edited, a change is a
 * new migration. tests/migrations checks the order and the resulting schema.
 */
export const MIGRATIONS: readonly Migration[] = [
  migration001Initial,
  migration002Sources,
  migration003Excerpts,
  migration004Analysis,
  migration005Briefings,
  migration006Search,
  migration007RollbackOnClose,
  migration008Timeline,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
