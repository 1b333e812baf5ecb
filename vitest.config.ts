import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The SIGKILL and lock tests spawn child processes; keep workers modest on 2-core CI.
    maxWorkers: 2,
    // Hang guards, not speed targets: every test is bounded by its work, and these only stop one that hangs. They
    // are generous because `npm test` must pass on a 2-core machine running other heavy work (load 25 and more),
    // where a pure property test of a few hundred cases took 38 s.
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
