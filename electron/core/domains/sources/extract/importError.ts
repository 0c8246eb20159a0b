import { WorkbenchError, type ErrorCode } from '../../../../../shared/contract/errors';

/**
 * A refusal of one imported file. The message names the file, because the
 * analyst may have dropped fifty at once and needs to know which one to fix.
 */
export function importError(code: ErrorCode, fileName: string, problem: string, details: object = {}): WorkbenchError {
  return new WorkbenchError(code, `“${fileName}”: ${problem}`, { file: fileName, ...details });
}
