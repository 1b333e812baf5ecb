import { describe, expect, it } from 'vitest';
import { downloadName } from '../../../renderer/transfer/downloadName.ts';

describe('download names', () => {
  const day = new Date(2026, 10, 29, 23, 59);
  it('name the project, the scope and the local date', () => {
    expect(downloadName('sample', false, 'csv', day)).toBe('sample-verified-2026-11-29.csv');
    expect(downloadName('阳泉 2023', true, 'json', day)).toBe('阳泉-2023-all-2026-11-29.json');
  });

  it('keep path characters out and never start with a dot', () => {
    expect(downloadName('../a/b:c', false, 'json', day)).toBe('a-b-c-verified-2026-11-29.json');
    expect(downloadName(null, false, 'json', day)).toBe('dataset-verified-2026-11-29.json');
    expect(downloadName('///', false, 'csv', day)).toBe('dataset-verified-2026-11-29.csv');
  });
});
