import type { z } from 'zod';
import { contract, isMethodName, type MethodName } from '../../shared/contract';
import { WorkbenchError } from '../../shared/contract/errors';
import type { Envelope } from '../../shared/contract/wire';
import type { WorkbenchEvent } from '../../shared/contract/events';
import type { HandlerContext, HandlerMap } from './handlerTypes';
import type { HostAdapter } from './host';

/** Every method must have a handler: a missing one is a compile error here. */
export type AllHandlers = HandlerMap<Exclude<MethodName, keyof HostAdapter>>;

function issuesOf(error: z.ZodError) {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message, code: i.code }));
}

/**
 * The one entry to the application. Parses the input, runs the handler, parses
 * the output, and answers with an envelope; it never throws, so no door ever
 * shows a stack trace to a user.
 */
export function createDispatcher(
  handlers: AllHandlers,
  host: HostAdapter,
  ctx: HandlerContext,
  emit: (event: WorkbenchEvent) => void,
  log: (message: string, err: unknown) => void,
) {
  return async function dispatch(method: string, rawInput: unknown): Promise<Envelope<unknown>> {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `There is no method “${method}”.` } };
    }
    const def = contract[method];
    const parsed = def.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'INVALID_INPUT', message: `Invalid input for ${method}.`, details: issuesOf(parsed.error) },
      };
    }
    try {
      const handler = (method in host ? host[method as keyof HostAdapter] : handlers[method as keyof AllHandlers]) as (
        input: unknown,
        ctx: HandlerContext,
      ) => unknown;
      const result = await handler(parsed.data, ctx);
      const out = def.output.safeParse(result);
      if (!out.success) {
        log(`output of ${method} does not match the contract`, out.error);
        return {
          ok: false,
          error: { code: 'INVALID_OUTPUT', message: `The core answered ${method} with malformed data.` },
        };
      }
      if (def.invalidates.length) emit({ type: 'data.changed', domains: [...def.invalidates] });
      return { ok: true, value: out.data };
    } catch (err) {
      if (err instanceof WorkbenchError) return { ok: false, error: err.toWire() };
      log(`unexpected error in ${method}`, err);
      return {
        ok: false,
        error: { code: 'INTERNAL', message: 'Something went wrong inside the workbench; nothing was changed.' },
      };
    }
  };
}
