import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_LOG_BYTES, fileLoggerIn, logServiceFailure } from '../../../../electron/node/logging/fileLogger.ts';
import { WorkbenchError } from '../../../../shared/errors/workbenchError.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iw-log-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the log file', () => {
  it('has each error on disk when the call returns, saying where it came from, with its detail indented', async () => {
    const logger = fileLoggerIn(join(dir, 'a'));
    expect(logger.file).toBe(join(dir, 'a', 'logs', 'workbench.log'));
    logger.error('renderer', 'the window failed to draw: boom', 'Error: boom\n    at Thing (app.js:1:2)');
    logger.info('main', 'started');
    const text = await readFile(logger.file, 'utf8');
    expect(text).toMatch(/^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}\] \[error\] \[renderer\] the window failed to draw: boom\n {4}Error: boom\n {4} {4}at Thing/m);
    expect(text).toMatch(/\[info\] +\[main\] started/);
  });

  it('logs failures of service calls but not refusals', async () => {
    const logger = fileLoggerIn(join(dir, 'b'));
    logServiceFailure(logger, 'main', 'records.add', new WorkbenchError('VALUE_NOT_IN_EVIDENCE', 'the value 8 is not in the quote'));
    logServiceFailure(logger, 'main', 'docs.list', new WorkbenchError('INVALID_INPUT', 'bad'));
    expect(existsSync(logger.file)).toBe(false);
    logServiceFailure(logger, 'serve', 'records.add', new WorkbenchError('IO_ERROR', 'could not write /p/documents/x.json: ENOSPC'));
    logServiceFailure(logger, 'serve', 'docs.get', new TypeError('Cannot read properties of undefined'));
    const text = await readFile(logger.file, 'utf8');
    expect(text).toContain('[serve] records.add failed: could not write /p/documents/x.json: ENOSPC');
    expect(text).toMatch(/\[serve\] docs\.get failed: Cannot read properties of undefined\n {4}TypeError/);
    expect(text).not.toContain('not in the quote');
  });

  it('moves a full log aside instead of growing without bound', async () => {
    const logger = fileLoggerIn(join(dir, 'c'));
    const line = 'x'.repeat(1000);
    for (let i = 0; i * 1000 < MAX_LOG_BYTES + 10_000; i++) logger.error('main', line);
    expect(existsSync(join(dir, 'c', 'logs', 'workbench.old.log'))).toBe(true);
    expect((await stat(logger.file)).size).toBeLessThan(MAX_LOG_BYTES);
  });
});
