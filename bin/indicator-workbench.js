#!/usr/bin/env node
// The CLI's bin entry: runs the TypeScript sources through tsx's loader (a runtime dependency).
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../electron/node/cli/main.ts');
await runCli(process.argv.slice(2));
