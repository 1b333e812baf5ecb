// Preloaded (node -r) into a process the CLI start bench measures: at exit it writes the process's own CPU time
// (user + system, microseconds, getrusage over its whole life) to the file named by IW_CPU_REPORT.
'use strict';
const { writeFileSync } = process.getBuiltinModule ? process.getBuiltinModule('node:fs') : module.require('node:fs');
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  writeFileSync(process.env.IW_CPU_REPORT, String(user + system));
});
