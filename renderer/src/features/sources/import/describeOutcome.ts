import type { TFunction } from 'i18next';
import type { ErrorCode } from '../../../../../shared/contract/errors';
import { MAX_SOURCE_BYTES } from '../../../../../shared/domain/source';
import { formatMegabytes } from '../../../i18n/format';
import { describeError } from '../../errors/describeError';
import type { ImportItem } from './importQueue';

export interface OutcomeText {
  text: string;
  /** The core's own words (which format it found, what is broken), when they add facts. */
  detail?: string;
  tone: 'progress' | 'success' | 'notice' | 'danger';
}

/** Codes whose core message names what exactly was wrong (the format found, the broken part). */
const CORE_DETAIL: ReadonlySet<ErrorCode> = new Set([
  'UNSUPPORTED_FORMAT',
  'FILE_CORRUPT',
  'UNKNOWN_ENCODING',
  'INVALID_INPUT',
  'INTERNAL',
]);

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function failureText(t: TFunction, item: ImportItem, language: string): Omit<OutcomeText, 'tone'> {
  const error = item.outcome?.error;
  if (!error) return { text: t('import.failed', { message: t('errors.INTERNAL') }) };
  const details = record(error.details);
  if (details.readFailed === true) return { text: t('import.failed', { message: t('import.readFailed') }) };
  if (error.code === 'PAYLOAD_TOO_LARGE' && typeof details.maxBytes === 'number') {
    const size = formatMegabytes(item.sizeBytes, language);
    const max = formatMegabytes(details.maxBytes, language);
    const message =
      details.maxBytes < MAX_SOURCE_BYTES
        ? t('import.tooLargeHere', { size, max, desktopMax: formatMegabytes(MAX_SOURCE_BYTES, language) })
        : t('import.tooLarge', { size, max });
    return { text: t('import.failed', { message }) };
  }
  const described = describeError(t, error, language);
  const detail = CORE_DETAIL.has(error.code) && details.transport !== true ? error.message : described.detail;
  return { text: t('import.failed', { message: described.message }), ...(detail ? { detail } : {}) };
}

/** What to say about one file of an import, in the UI's language. */
export function describeOutcome(t: TFunction, item: ImportItem, language: string): OutcomeText {
  if (item.state === 'waiting') return { text: t('import.waiting'), tone: 'progress' };
  if (item.state === 'working') return { text: t('import.working'), tone: 'progress' };
  const outcome = item.outcome;
  const title = outcome?.title ?? item.name;
  switch (outcome?.status) {
    case 'imported':
      return { text: t('import.imported', { title }), tone: 'success' };
    case 'newVersion':
      return { text: t('import.newVersion', { title, version: outcome.version ?? '?' }), tone: 'success' };
    case 'duplicate':
      return { text: t('import.duplicate', { title }), tone: 'notice' };
    case 'stopped':
      return { text: t('import.stopped'), tone: 'notice' };
    default:
      return { ...failureText(t, item, language), tone: 'danger' };
  }
}
