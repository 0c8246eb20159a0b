import type { z } from 'zod';
import type { DataDomain } from './domains';

/**
 * One method of the API. Declared once here; the client, the IPC host, the web
 * host and the CLI are all derived from these declarations.
 */
export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** One line for `workbench methods`. */
  doc: string;
  /** Query domains to refresh after a successful call (empty for queries). */
  invalidates: readonly DataDomain[];
}

export function defineMethod<I extends z.ZodType, O extends z.ZodType>(def: MethodDef<I, O>): MethodDef<I, O> {
  return def;
}
