import { mkdir, readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../node/store/atomicWrite.ts';
import type { SavedWindow } from './windowPlacement.ts';

/**
 * The little the app remembers between runs (userData/app-state.json): window bounds, theme, the last and
 * the recent projects. Written atomically (never half a file); a missing, unreadable or hand-mangled file
 * means defaults, field by field — it is a convenience, never a reason not to start.
 */
export type Theme = 'system' | 'light' | 'dark';

export interface AppState {
  window?: SavedWindow;
  theme: Theme;
  lastProject?: string;
  recentProjects: string[];
}

export const MAX_RECENT = 10;

const savedWindowSchema = z.object({
  x: z.number(), y: z.number(), width: z.number().positive(), height: z.number().positive(),
  maximized: z.boolean().default(false),
});
const stateSchema = z.object({
  window: savedWindowSchema.optional().catch(undefined),
  theme: z.enum(['system', 'light', 'dark']).catch('system'),
  lastProject: z.string().min(1).optional().catch(undefined),
  recentProjects: z.array(z.string().min(1)).catch([]),
});

export function defaultAppState(): AppState {
  return { theme: 'system', recentProjects: [] };
}

export function parseAppState(text: string | null | undefined): AppState {
  if (!text) return defaultAppState();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return defaultAppState();
  }
  const parsed = stateSchema.safeParse(json);
  if (!parsed.success) return defaultAppState();
  const s = parsed.data;
  return {
    ...(s.window ? { window: s.window } : {}),
    theme: s.theme,
    ...(s.lastProject ? { lastProject: s.lastProject } : {}),
    recentProjects: [...new Set(s.recentProjects)].slice(0, MAX_RECENT),
  };
}

/** `dir` first, no duplicates (compared as resolved paths), at most MAX_RECENT. */
export function withRecent(recent: readonly string[], dir: string): string[] {
  const key = resolve(dir);
  return [dir, ...recent.filter((d) => resolve(d) !== key)].slice(0, MAX_RECENT);
}

export async function loadAppState(path: string): Promise<AppState> {
  return parseAppState(await readFile(path, 'utf8').catch(() => null));
}

export interface AppStateStore {
  get(): AppState;
  /** Changes the state in memory now and writes it soon (writes are serialized, the last one wins). */
  update(change: Partial<AppState>): void;
  /** Waits for pending writes; after `freeze`, updates are ignored (used when quitting). */
  flush(options?: { freeze?: boolean }): Promise<void>;
}

export function createAppStateStore(path: string, initial: AppState, write: (path: string, text: string) => Promise<void> = writeState): AppStateStore {
  let state = initial;
  let frozen = false;
  let queue: Promise<void> = Promise.resolve();
  let scheduled = false;
  return {
    get: () => state,
    update(change) {
      if (frozen) return;
      state = { ...state, ...change };
      if (scheduled) return;
      scheduled = true;
      queue = queue.then(async () => {
        scheduled = false;
        await write(path, JSON.stringify(state, null, 2) + '\n').catch(() => undefined);
      });
    },
    async flush(options) {
      if (options?.freeze) frozen = true;
      await queue;
    },
  };
}

async function writeState(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, text);
}
