import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../../shared/text/decodeSource.ts';
import { DEFECT_TYPES, detectDefects } from '../../../shared/detectors/index.ts';
import { contentLines, sharingLines, splitLines } from '../../../shared/detectors/lines.ts';

const SAMPLE = [
  '#### 一年来的主要工作',
  '全年完成固定资产投资 320 亿元，增长 9.5%。加快建设城市污水处理',
  '厂二期工程，年底前投入试运行。',
  '来源：县政府办公室 浏览次数：1024',
  '新建改建农村公路 150 公里，完成危桥改造 12 座，城乡客运一体化覆盖率达到 100%。',
  '新建改建农村公路 150 公里，完成危桥改造 12 座，城乡客运一体化覆盖率达到 100%。',
  '细颗粒物（PM_{2.5}）浓度下降 8%。',
].join('\n\n');

describe('detectDefects', () => {
  it('returns well-formed findings sorted by position', () => {
    const found = detectDefects(SAMPLE);
    expect(new Set(found.map((f) => f.type))).toEqual(new Set(['markup', 'broken_line', 'boilerplate', 'duplicate']));
    for (const f of found) {
      expect(f.text).toBe(SAMPLE.slice(f.start, f.end));
      expect(f.confidence).toBeGreaterThanOrEqual(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
      expect(f.reason).not.toMatch(/\n/);
      expect(DEFECT_TYPES).toContain(f.type);
    }
    expect(found.map((f) => f.start)).toEqual([...found.map((f) => f.start)].sort((a, b) => a - b));
    expect(new Set(found.map((f) => f.id)).size).toBe(found.length);
  });

  it('restricts the scan to the requested types', () => {
    expect(detectDefects(SAMPLE, { types: ['markup'] }).every((f) => f.type === 'markup')).toBe(true);
    expect(detectDefects(SAMPLE, { types: [] })).toEqual([]);
  });

  it('keeps ids stable when the text changes elsewhere', () => {
    const before = detectDefects(SAMPLE);
    // Edits at the start and in the middle, away from the findings compared.
    const edited = `各位代表：\n\n现在，我代表县人民政府作报告。\n\n${SAMPLE}`.replace('来源：县政府办公室', '来源：县政府');
    const after = detectDefects(edited);
    const markupBefore = before.find((f) => f.type === 'markup' && f.text.startsWith('PM'));
    const markupAfter = after.find((f) => f.type === 'markup' && f.text.startsWith('PM'));
    expect(markupAfter?.id).toBe(markupBefore?.id);
    const brokenBefore = before.find((f) => f.type === 'broken_line');
    expect(after.find((f) => f.type === 'broken_line')?.id).toBe(brokenBefore?.id);
  });

  it('handles empty and Windows line-ended text', () => {
    expect(detectDefects('')).toEqual([]);
    const crlf = '加快建设城市污水处理厂二期工程，推动管网\r\n\r\n改造全面完成。\r\n';
    const [f] = detectDefects(crlf, { types: ['broken_line'] });
    expect(f?.text).toBe('\r\n\r\n');
  });

  it('works on a GBK file with CRLF line ends once decoded as an import decodes it', () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../fixtures/detectors/report.gbk.txt', import.meta.url)));
    const decoded = decodeSource(bytes);
    expect(decoded).toMatchObject({ ok: true, encoding: 'gb18030' });
    if (!decoded.ok) return;
    const found = detectDefects(decoded.text);
    const byType = (type: string) => found.filter((f) => f.type === type);
    expect(byType('boilerplate').map((f) => f.text)).toEqual(['打印本页\r\n关闭窗口\r\n', '来源：某旗政府办公室\r\n']);
    expect(byType('broken_line').map((f) => f.text)).toEqual(['\r\n']);
    expect(byType('typo').map((f) => [f.text, f.replacement])).toEqual([[' ', '']]);
    // Headings stay on their own lines.
    expect(found.some((f) => f.text.includes('一、') || f.text.includes('二、'))).toBe(false);
  });

  it('splits the lines once per scan, the same lines as splitting anew, and never for another text', () => {
    const text = SAMPLE;
    const other = `${text}\n另一段正文。`;
    sharingLines(text, () => {
      expect(splitLines(text)).toBe(splitLines(text));
      expect(contentLines(text)).toBe(contentLines(text));
      expect(splitLines(text)).toEqual(sharingLines(text, () => splitLines(text)));
      expect(contentLines(other)).toEqual(contentLines(other));
      expect(contentLines(other)).not.toBe(contentLines(other));
      expect(contentLines(other).at(-1)?.content).toBe('另一段正文。');
    });
    expect(contentLines(text)).toEqual(sharingLines(text, () => contentLines(text)));
    expect(contentLines(text)).not.toBe(contentLines(text));
  });
});
