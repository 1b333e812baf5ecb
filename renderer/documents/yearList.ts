/**
 * Years as a reviewer types them ("2022, 2023", "2022 2023", "２０２２、2023"): parsed strictly, so a typo
 * is reported instead of silently dropped.
 */
export function parseYearList(text: string): { ok: true; years: number[] } | { ok: false; bad: string } {
  const folded = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const parts = folded.split(/[\s,，、;；]+/).filter(Boolean);
  const years: number[] = [];
  for (const p of parts) {
    if (!/^(19|20|21)\d{2}$/.test(p)) return { ok: false, bad: p };
    years.push(Number(p));
  }
  return { ok: true, years: [...new Set(years)].sort((a, b) => a - b) };
}

export function formatYearList(years: readonly number[]): string {
  return years.join(', ');
}
