import { describe, expect, it } from 'vitest';
import { detectDefects, detectDefectsPacked, unpackFindings } from '../../../shared/detectors/index.ts';
import { packFindings } from '../../../shared/detectors/packedFindings.ts';
import type { Finding } from '../../../shared/detectors/types.ts';
import { loadCorpus } from '../../helpers/corpus.ts';

const finding = (over: Partial<Finding>): Finding => ({
  id: 'typo-x', type: 'typo', start: 2, end: 4, text: '在在', replacement: '在', confidence: 0.55,
  reason: 'doubled', reasonCode: { code: 'finding.typo.doubled' }, ...over,
});

describe('packed findings', () => {
  it('unpack gives back every field, texts sliced from the scanned text, related lists kept as they were', () => {
    const text = '我们在在园区，，推进&nbsp;工作';
    const findings: Finding[] = [
      finding({}),
      finding({ id: 'markup-y', type: 'markup', start: 10, end: 16, text: '&nbsp;', replacement: ' ', confidence: 0.9,
        reasonCode: { code: 'finding.markup.htmlEntity', params: { entity: '&nbsp;', line: 1 } }, related: [] }),
      finding({ id: 'duplicate-z', type: 'duplicate', start: 7, end: 8, text: '，', replacement: '', confidence: 0.6,
        related: [{ start: 6, end: 7 }, { start: 0, end: 2 }] }),
    ];
    const packed = packFindings(findings.map(({ text: _text, ...rest }) => rest), (f) => f.id);
    expect(packed.count).toBe(3);
    const back = unpackFindings(packed, text);
    expect(back).toEqual(findings);
    expect('related' in (back[0] as Finding)).toBe(false);
    expect((back[1] as Finding).related).toEqual([]);
  });

  it('reason codes come back as given: no parameters, empty ones, Chinese ones, and texts that are not well-formed', () => {
    const text = '我们在在园区𠀀推进工作';
    const findings: Finding[] = [
      finding({ reasonCode: { code: 'finding.typo.stutter', params: { odd: '在在', usual: '在', count: 2 } } }),
      finding({ id: 'typo-2', reasonCode: { code: 'finding.typo.stutter', params: {} } }),
      finding({ id: 'typo-3', reasonCode: { code: 'finding.typo.sameContext' } }),
      finding({ id: 'typo-4', start: 7, end: 8, text: '\udc00', reason: "line 1 ('…\udc00推进') continues", reasonCode: { code: 'finding.broken_line.runningText', params: { line: 1, next: 2 } } }),
    ];
    const back = unpackFindings(packFindings(findings.map(({ text: _text, ...rest }) => rest), (f) => f.id), text);
    expect(back).toEqual(findings);
    expect('params' in (back[2] as Finding).reasonCode).toBe(false);
    expect((back[3] as Finding).reason).toBe(findings[3]?.reason);
  });

  it('an empty list packs and unpacks to an empty list', () => {
    expect(unpackFindings(packFindings([], () => 'never'), 'a')).toEqual([]);
  });

  it('every corpus report: unpacked packed findings equal detectDefects, ids and order included', () => {
    for (const [name, text] of loadCorpus()) {
      const expected = detectDefects(text);
      expect(unpackFindings(detectDefectsPacked(text), text), name).toEqual(expected);
    }
  });
});
