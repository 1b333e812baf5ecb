import { describe, expect, it } from 'vitest';
import { formatYearList, parseYearList } from '../../../renderer/documents/yearList.ts';

describe('year lists typed by a reviewer', () => {
  it('accept commas, spaces, Chinese separators and full-width digits', () => {
    expect(parseYearList('2023, 2022')).toEqual({ ok: true, years: [2022, 2023] });
    expect(parseYearList('２０２２、2023；2023')).toEqual({ ok: true, years: [2022, 2023] });
    expect(parseYearList('')).toEqual({ ok: true, years: [] });
    expect(formatYearList([2022, 2023])).toBe('2022, 2023');
  });

  it('report what is not a year instead of dropping it', () => {
    expect(parseYearList('2022, 202')).toEqual({ ok: false, bad: '202' });
    expect(parseYearList('二〇二二')).toEqual({ ok: false, bad: '二〇二二' });
  });
});
