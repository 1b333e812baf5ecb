import { describe, expect, it } from 'vitest';
import { codebookFromJson, codebookToJson, DEFAULT_CODEBOOK } from '../../../shared/codebook/index.ts';
import { putEntry, removeEntry, sameCodebook } from '../../../renderer/assistant/codebook/codebookEdits.ts';
import { searchCodebook } from '../../../renderer/assistant/codebook/codebookSearch.ts';
import { codebookTerms } from '../../../renderer/assistant/codebook/codebookTerms.ts';
import { draftToEntry, entryToDraft, splitList } from '../../../renderer/assistant/codebook/entryDraft.ts';

describe('codebook editing', () => {
  it('reads typed lists the way people separate them', () => {
    expect(splitList('GDP、生产总值, 地区GDP，经济总量;  \n')).toEqual(['GDP', '生产总值', '地区GDP', '经济总量']);
  });

  it('round-trips an entry through the form', () => {
    const gdp = DEFAULT_CODEBOOK[0]!;
    expect(draftToEntry(entryToDraft(gdp))).toEqual(gdp);
    const parted = DEFAULT_CODEBOOK.find((e) => e.parts)!;
    expect(draftToEntry(entryToDraft(parted))).toEqual(parted);
    expect(gdp.headline).toBe(true);
    expect(draftToEntry({ name: ' 新指标 ', synonyms: '', measures: ['count'], units: '个', group: '', parts: '', headline: false }))
      .toEqual({ name: '新指标', synonyms: [], measures: ['count'], units: ['个'] });
    expect(draftToEntry({ ...entryToDraft(gdp), headline: false }).headline).toBeUndefined();
  });

  it('adds, replaces and removes entries without touching the original', () => {
    const entry = { name: '新指标', synonyms: ['新说法'], measures: ['count' as const], units: ['个'] };
    const added = putEntry(DEFAULT_CODEBOOK, null, entry);
    expect(added.length).toBe(DEFAULT_CODEBOOK.length + 1);
    expect(codebookFromJson(codebookToJson(added)).at(-1)).toEqual(entry);
    const replaced = putEntry(added, added.length - 1, { ...entry, units: ['家'] });
    expect(replaced.at(-1)!.units).toEqual(['家']);
    expect(sameCodebook(removeEntry(added, added.length - 1), DEFAULT_CODEBOOK)).toBe(true);
    expect(sameCodebook(added, DEFAULT_CODEBOOK)).toBe(false);
  });

  it('searches names, synonyms, groups and units, width- and case-folded', () => {
    expect(searchCodebook(DEFAULT_CODEBOOK, 'ｇｄｐ').map((r) => r.entry.name)).toContain('地区生产总值');
    expect(searchCodebook(DEFAULT_CODEBOOK, '社零').map((r) => r.entry.name)).toEqual(['社会消费品零售总额']);
    expect(searchCodebook(DEFAULT_CODEBOOK, '').length).toBe(DEFAULT_CODEBOOK.length);
    const hit = searchCodebook(DEFAULT_CODEBOOK, '固投')[0]!;
    expect(DEFAULT_CODEBOOK[hit.index]).toBe(hit.entry);
  });

  it('offers names and synonyms to the indicator autocomplete', () => {
    const terms = codebookTerms(DEFAULT_CODEBOOK);
    expect(terms).toContain('地区生产总值');
    expect(terms).toContain('规上工业增加值');
    expect(new Set(terms).size).toBe(terms.length);
    expect(codebookTerms(null)).toEqual([]);
  });
});
