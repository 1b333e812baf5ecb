// Preloaded into a child process the bench measures (node --import): on exit, writes the process's own CPU
// time and peak resident memory to the file named by BENCH_USAGE_FILE. Plain JavaScript, so it adds no
// loader of its own to what is measured.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({
      maxRssBytes: usage.maxRSS * 1024, userMs: usage.userCPUTime / 1000, systemMs: usage.systemCPUTime / 1000,
    }));
  });
}
