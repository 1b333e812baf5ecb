import { WorkbenchError } from '../errors/workbenchError.ts';
import { findIllFormedText } from './wellFormedText.ts';
import { apiContract, isApiMethod, type ApiMethod, type ApiParsedInput } from './contract.ts';

/** Run-time validation of a payload that crossed a boundary; a clear INVALID_INPUT naming the field otherwise. */
export function validateInput<M extends ApiMethod>(method: M, payload: unknown): ApiParsedInput<M> {
  const illFormed = findIllFormedText(payload);
  if (illFormed !== undefined) {
    throw new WorkbenchError('INVALID_INPUT', `${method}: ${illFormed}: contains a lone surrogate (half of a UTF-16 pair); send well-formed text`);
  }
  const schema = apiContract[method].input;
  const result = schema.safeParse(payload ?? {});
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
    throw new WorkbenchError('INVALID_INPUT', `${method}: ${issues}`);
  }
  return result.data as ApiParsedInput<M>;
}

export function assertApiMethod(name: string): ApiMethod {
  if (!isApiMethod(name)) throw new WorkbenchError('NOT_FOUND', `no API method "${name}"`);
  return name;
}
