/**
 * Stable error codes that cross every door. The UI and the CLI switch on these,
 * never on message text, so a code is never renamed once released.
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'INVALID_OUTPUT',
  'UNKNOWN_METHOD',
  'NOT_FOUND',
  'NO_CASE_OPEN',
  'NOT_A_CASE_FILE',
  'CASE_FILE_TOO_NEW',
  'CASE_FILE_LOCKED',
  'CASE_FILE_EXISTS',
  /** An output file (an export) already exists and overwriting it was not asked for. */
  'FILE_EXISTS',
  'CASE_FILE_READ_ONLY',
  'CASE_FILE_DAMAGED',
  'FILE_NOT_FOUND',
  'PERMISSION_DENIED',
  'UNSUPPORTED_FORMAT',
  'NOT_SUPPORTED',
  'PAYLOAD_TOO_LARGE',
  /** An imported file has no bytes, or no readable text at all. */
  'FILE_EMPTY',
  /** An imported file claims a format but its structure is broken (truncated PDF, damaged DOCX). */
  'FILE_CORRUPT',
  /** An imported file is protected by a password (an encrypted PDF). */
  'FILE_ENCRYPTED',
  /** A text file in a character encoding the workbench cannot recognise (not UTF-8/16, not Windows-1252). */
  'UNKNOWN_ENCODING',
  /** The entity is still referenced (a source cited by excerpts) and cannot be removed yet. */
  'IN_USE',
  /** A save based on an older revision than the stored one (the document was changed elsewhere meanwhile). */
  'EDIT_CONFLICT',
  /** A stored document is newer than this app understands: it is shown read-only, never written. */
  'DOCUMENT_TOO_NEW',
  /** An export that could not be made (Chromium failed to start or print). */
  'EXPORT_FAILED',
  /** A long operation (an export) that the caller cancelled. */
  'CANCELLED',
  /** The disk is full: nothing was written. */
  'DISK_FULL',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface WireError {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

/** Thrown inside the core and turned into an error envelope by the dispatcher. */
export class WorkbenchError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'WorkbenchError';
    this.code = code;
    this.details = details;
  }

  toWire(): WireError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
