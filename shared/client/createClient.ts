import { contract, type Contract, type MethodInput, type MethodName, type MethodOutput } from '../contract';
import { WorkbenchError, isErrorCode } from '../contract/errors';
import type { Envelope } from '../contract/wire';

/** Moves one call to the core and back; each door supplies its own. */
export type Transport = (method: MethodName, input: unknown) => Promise<Envelope<unknown>>;

type Split<M> = M extends `${infer D}.${infer V}` ? [D, V] : never;
type DomainOf<M> = Split<M>[0];

/** `api.case.open({ path })`: the contract's methods grouped by domain. */
export type Api = {
  [D in DomainOf<MethodName>]: {
    [M in MethodName as M extends `${D}.${infer V}` ? V : never]: (input: MethodInput<M>) => Promise<MethodOutput<M>>;
  };
};

/**
 * Builds the typed client. An error envelope becomes a thrown WorkbenchError on
 * this side of the boundary, so callers can use try/catch and read `.code`.
 */
export function createClient(
  transport: Transport,
): Api & { call: <M extends MethodName>(m: M, input: MethodInput<M>) => Promise<MethodOutput<M>> } {
  async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const envelope = await transport(method, input);
    if (envelope.ok) return envelope.value as MethodOutput<M>;
    const { code, message, details } = envelope.error;
    throw new WorkbenchError(isErrorCode(code) ? code : 'INTERNAL', message, details);
  }
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const name of Object.keys(contract) as (keyof Contract)[]) {
    const [domain, verb] = name.split('.') as [string, string];
    (api[domain] ??= {})[verb] = (input: unknown) => call(name, input as never);
  }
  return Object.assign(api as unknown as Api, { call });
}
