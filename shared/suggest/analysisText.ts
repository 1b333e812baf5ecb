/**
 * The text the suggester reads: the report with scraper leftovers turned into what they stand for, character
 * for character, so every offset into it is an offset into the report. A literal `\r\n` (a page whose line
 * breaks were escaped) becomes a line break padded with spaces; `&nbsp;` and its kin become spaces. Quotes are
 * always cut from the report itself.
 */
const ESCAPED_BREAK = /\\r\\n|\\n|\\r/g;
const SPACE_ENTITIES = /&(?:nbsp|ensp|emsp|thinsp|#160|#12288);/g;

export function analysisText(text: string): string {
  if (!text.includes('\\') && !text.includes('&')) return text;
  return text
    .replace(ESCAPED_BREAK, (m) => `\n${' '.repeat(m.length - 1)}`)
    .replace(SPACE_ENTITIES, (m) => ' '.repeat(m.length));
}
