import type { TFunction } from 'i18next';
import type { ErrorCode, WireError } from '../../../../shared/contract/errors';
import { formatDateTime } from '../../i18n/format';

export interface ErrorText {
  /** Translated, chosen by code: what happened and what to do. */
  message: string;
  /** Extra facts from the core (who holds a lock, SQLite's words), never a stack trace. */
  detail?: string;
}

type ErrorLike = Pick<WireError, 'code' | 'message' | 'details'>;

interface LockHolderDetails {
  user: string;
  host: string;
  pid: number;
  door: string;
  since: number;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function lockHolder(details: unknown): LockHolderDetails | null {
  const h = record(record(details).holder);
  if (typeof h.user !== 'string' || typeof h.host !== 'string' || typeof h.pid !== 'number') return null;
  return { user: h.user, host: h.host, pid: h.pid, door: String(h.door ?? ''), since: Number(h.since ?? 0) };
}

/** Codes whose core message adds facts worth showing under the translated text. */
const SHOW_CORE_MESSAGE: ReadonlySet<ErrorCode> = new Set(['CASE_FILE_DAMAGED', 'PERMISSION_DENIED']);

/** Turns an error from the core into text for the user, by code. */
export function describeError(t: TFunction, error: ErrorLike, language: string): ErrorText {
  const details = record(error.details);
  if (details.transport === true) {
    return { message: details.network === true ? t('errors.network') : t('errors.transport') };
  }
  switch (error.code) {
    case 'CASE_FILE_LOCKED': {
      const holder = lockHolder(error.details);
      if (!holder) return { message: t('errors.CASE_FILE_LOCKED'), detail: error.message };
      return {
        message: t('errors.CASE_FILE_LOCKED'),
        detail: t('errors.lockHolder', {
          user: holder.user,
          host: holder.host,
          pid: holder.pid,
          door: holder.door,
          since: holder.since ? formatDateTime(holder.since, language) : '?',
        }),
      };
    }
    case 'CASE_FILE_TOO_NEW': {
      const found = details.schemaVersion;
      const supported = details.supported;
      if (typeof found === 'number' && typeof supported === 'number') {
        return { message: t('errors.CASE_FILE_TOO_NEW_versions', { found, supported }) };
      }
      return { message: t('errors.CASE_FILE_TOO_NEW') };
    }
    case 'INVALID_INPUT':
      return { message: t('errors.INVALID_INPUT'), detail: issueText(error.details) ?? error.message };
    default: {
      const key = `errors.${error.code}` as const;
      const message = t(key as 'errors.INTERNAL', { defaultValue: t('errors.INTERNAL') });
      return SHOW_CORE_MESSAGE.has(error.code) ? { message, detail: error.message } : { message };
    }
  }
}

function issueText(details: unknown): string | undefined {
  if (!Array.isArray(details)) return undefined;
  const parts = details
    .map((issue) => record(issue))
    .map((issue) => (issue.path ? `${String(issue.path)}: ${String(issue.message)}` : String(issue.message)));
  return parts.length ? parts.join('; ') : undefined;
}
