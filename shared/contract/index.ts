import type { z } from 'zod';
import { analysisMethods } from './analysis';
import { appMethods } from './app';
import { briefingsMethods } from './briefings';
import { backupMethods } from './backup';
import { caseMethods } from './case';
import { excerptsMethods } from './excerpts';
import { exportMethods } from './export';
import { hostMethods } from './host';
import { prefsMethods } from './prefs';
import { recentMethods } from './recent';
import { searchMethods } from './search';
import { sourcesMethods } from './sources';
import { timelineMethods } from './timeline';

/** Every method of the API, keyed `domain.verb`. */
export const contract = {
  ...appMethods,
  ...caseMethods,
  ...recentMethods,
  ...prefsMethods,
  ...hostMethods,
  ...sourcesMethods,
  ...excerptsMethods,
  ...analysisMethods,
  ...briefingsMethods,
  ...searchMethods,
  ...timelineMethods,
  ...backupMethods,
  ...exportMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export { type HostMethodName } from './host';
export * from './errors';
export * from './domains';
export * from './events';
export type { Envelope, WorkbenchBridge } from './wire';
