import { WorkbenchError } from '../../../shared/errors/workbenchError.ts';

/** A usage mistake on the command line: printed with the usage hint, exit code 2. */
export class UsageError extends WorkbenchError {
  constructor(message: string) {
    super('INVALID_INPUT', message);
  }
}
