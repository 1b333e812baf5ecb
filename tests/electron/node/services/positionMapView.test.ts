import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { positionMapFromData } from '../../../../shared/corrections/positionMap.ts';
import { correctedCodePoint, rawCodePoint } from '../../../../shared/text/offsets.ts';
import { cpIndexOf, tempProject, type TestProject } from '../../../helpers/tempProject.ts';

// Our own sentences: astral characters (a CJK Extension B name, an emoji) before and inside the corrected places.
const TEXT = '𠀀家庄村报告😀\n二〇二三年，全区地区生产\n\n总值达到 172.9 亿元，同比增长 6.1%。\n';

let p: TestProject;
let docId: string;
beforeEach(async () => {
  p = await tempProject();
  const report = await p.call('docs.importBytes', { fileName: 'astral.txt', base64: Buffer.from(TEXT).toString('base64'), by: 'alice' });
  docId = report.imported[0]!.docId;
});
afterEach(async () => { await p.dispose(); });

describe('docs.text serves the position map of the document version', () => {
  it('maps raw ↔ corrected code points exactly as the service does, past astral characters', async () => {
    const br = cpIndexOf(TEXT, '\n\n总值');
    await p.call('corrections.add', { docId, start: rawCodePoint(br), end: rawCodePoint(br + 2), replace: '', kind: 'broken_line', by: 'carol' });
    const title = cpIndexOf(TEXT, '报告');
    await p.call('corrections.add', { docId, start: rawCodePoint(title), end: rawCodePoint(title + 2), replace: '🏛报告', kind: 'edit', by: 'carol' });

    const raw = await p.call('docs.text', { docId, view: 'raw' });
    const corrected = await p.call('docs.text', { docId, view: 'corrected' });
    // One map per version, the same whichever text is read.
    expect(raw.positionMap).toEqual(corrected.positionMap);
    expect(corrected.positionMap.rawLength).toBe(raw.length);
    expect(corrected.positionMap.correctedLength).toBe(corrected.length);
    const map = positionMapFromData(corrected.positionMap);

    // A record over words after both corrections: its corrected place from the service equals the map's.
    const at = cpIndexOf(TEXT, '达到 172.9 亿元');
    const record = await p.call('records.add', {
      docId, evidence: [{ start: rawCodePoint(at), end: rawCodePoint(at + 11) }], fields: { indicator: '地区生产总值', value: '172.9', unit: '亿元' }, by: 'alice',
    });
    const e = record.evidence[0]!;
    expect(map.rawSpanToCorrected(e.start, e.end)).toEqual({ start: e.correctedStart, end: e.correctedEnd });
    expect(Array.from(corrected.text).slice(e.correctedStart, e.correctedEnd).join('')).toBe(e.correctedQuote);
    expect(map.correctedSpanToRaw(e.correctedStart, e.correctedEnd)).toEqual({ start: e.start, end: e.end });

    // Every correction's output sits where the map says.
    for (const c of await p.call('corrections.list', { docId })) {
      expect(map.toCorrected(c.start, 'before')).toBe(c.correctedStart);
      expect(Array.from(corrected.text).slice(c.correctedStart!, c.correctedEnd!).join('')).toBe(c.after);
    }
    expect(map.toRaw(correctedCodePoint(corrected.length))).toBe(raw.length);
  });

  it('refuses a map whose edits do not add up', () => {
    const bad = { rawLength: rawCodePoint(5), correctedLength: correctedCodePoint(9), edits: [] };
    expect(() => positionMapFromData(bad)).toThrow(RangeError);
  });
});
