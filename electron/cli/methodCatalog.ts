import { z } from 'zod';
import { contract, METHOD_NAMES } from '../../shared/contract';

export interface MethodEntry {
  name: string;
  doc: string;
  invalidates: readonly string[];
  input: unknown;
  output: unknown;
}

/** Every contract method with its input and output as JSON Schema: the API documents itself. */
export function methodCatalog(): MethodEntry[] {
  return METHOD_NAMES.map((name) => {
    const def = contract[name];
    return {
      name,
      doc: def.doc,
      invalidates: def.invalidates,
      input: z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' }),
      output: z.toJSONSchema(def.output, { io: 'output', unrepresentable: 'any' }),
    };
  });
}
