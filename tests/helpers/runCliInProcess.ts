import { vi } from 'vitest';
import { cliExitCode } from '../../electron/node/cli/main.ts';
import type { CliResult } from './runCli.ts';

/**
 * Runs the CLI in this process with stdout and stderr captured: the same code path as the binary, bounded by
 * its work instead of a child process's start-up (tests about arguments and messages, not about processes).
 */
export async function runCliInProcess(args: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
  try {
    const code = await cliExitCode(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
