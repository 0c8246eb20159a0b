import { WorkbenchError, type WireError } from '../../../../shared/contract/errors';

/** Whatever a call threw, as the error shape the UI renders (unknown failures become INTERNAL). */
export function toWireError(err: unknown): WireError {
  if (err instanceof WorkbenchError) return { code: err.code, message: err.message, details: err.details };
  return { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) };
}
