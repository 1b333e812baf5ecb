import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settingsFileIn } from '../../../../electron/node/settings/settingsFile.ts';
import { DEFAULT_USER_SETTINGS, type UserSettings } from '../../../../shared/settings/userSettings.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iw-settings-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the settings file', () => {
  it('starts from defaults, keeps each change on disk, and tells subscribers', async () => {
    const home = join(dir, 'a');
    const file = settingsFileIn(home);
    expect(await file.get()).toEqual(DEFAULT_USER_SETTINGS);
    const seen: UserSettings[] = [];
    const unsubscribe = file.subscribe((s) => seen.push(s));
    // Concurrent changes are serialized: neither is lost.
    await Promise.all([file.update({ reviewer: '王审核' }), file.update({ theme: 'dark', language: 'zh-CN' })]);
    unsubscribe();
    await file.update({ singleKeyShortcuts: false });
    const expected = { reviewer: '王审核', language: 'zh-CN', theme: 'dark', singleKeyShortcuts: false };
    expect(await settingsFileIn(home).get()).toEqual(expected);
    expect(JSON.parse(await readFile(join(home, 'settings.json'), 'utf8'))).toEqual(expected);
    expect(seen.map((s) => s.reviewer)).toEqual(['王审核', '王审核']);
    expect(seen.at(-1)?.theme).toBe('dark');
    expect((await readdir(home)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('reads a damaged or hand-mangled file as defaults, field by field, and a change writes a good one', async () => {
    const home = join(dir, 'b');
    const file = settingsFileIn(home);
    await file.update({});
    await writeFile(file.path, '{"reviewer": "  ", "language": "fr", "theme": "dark", "singleKeyShortcuts": "no"}');
    expect(await file.get()).toEqual({ ...DEFAULT_USER_SETTINGS, theme: 'dark' });
    await writeFile(file.path, '{not json');
    expect(await file.get()).toEqual(DEFAULT_USER_SETTINGS);
    expect(await file.update({ reviewer: 'Ann' })).toEqual({ ...DEFAULT_USER_SETTINGS, reviewer: 'Ann' });
    expect(JSON.parse(await readFile(file.path, 'utf8')).reviewer).toBe('Ann');
  });
});
