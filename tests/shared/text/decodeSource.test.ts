import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeAs, decodeSource } from '../../../shared/text/decodeSource.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/encodings/${name}`, import.meta.url)));
const reference = new TextDecoder().decode(fixture('jiaoqu.utf8.txt'));

describe('decodeSource', () => {
  it.each([
    ['jiaoqu.utf8.txt', 'utf-8'],
    ['jiaoqu.utf8-bom.txt', 'utf-8-bom'],
    ['jiaoqu.utf16le.txt', 'utf-16le'],
    ['jiaoqu.utf16be.txt', 'utf-16be'],
    ['jiaoqu.gb18030.txt', 'gb18030'],
  ])('%s decodes as %s to the same text, BOM removed', (name, encoding) => {
    const result = decodeSource(fixture(name));
    expect(result).toMatchObject({ ok: true, encoding });
    if (result.ok) {
      expect(result.text).toBe(reference);
      expect(decodeAs(fixture(name), result.encoding)).toEqual(result);
    }
  });

  it('keeps CRLF exactly and does not normalise', () => {
    const result = decodeSource(fixture('jiaoqu.crlf.txt'));
    expect(result.ok && result.text).toBe(reference.replace(/\n/g, '\r\n'));
    const nfd = new TextEncoder().encode('e\u0301 阳泉');
    expect(decodeSource(nfd)).toMatchObject({ ok: true, text: 'e\u0301 阳泉' });
  });

  it('keeps characters outside the BMP in every encoding', () => {
    for (const name of ['jiaoqu.astral.utf8.txt', 'jiaoqu.astral.gb18030.txt', 'jiaoqu.astral.utf16le.txt']) {
      const result = decodeSource(fixture(name));
      expect(result.ok && result.text).toBe('𠀀' + reference);
    }
  });

  it.each([
    ['empty.txt', /empty/],
    ['binary.txt', /NUL|binary/],
    ['image.txt', /PNG file, not a text file/],
    ['latin1-garbage.txt', /NUL|binary/],
  ])('refuses %s with a reason', (name, reason) => {
    const result = decodeSource(fixture(name));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('refuses bytes that are neither UTF-8 nor GB18030 text', () => {
    const result = decodeSource(new Uint8Array([0x41, 0x81, 0x20, 0x42, 0xff, 0x0a]));
    expect(result.ok).toBe(false);
  });
});
