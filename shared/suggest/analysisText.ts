/**
 * The text the suggester reads: the report with scraper leftovers turned into what they stand for, character
 * for character, so every offset into it is an offset into the report. A literal `\r\n` (a page whose line
 * breaks were escaped) becomes a line break padded with spaces; `&nbsp;` and its kin become spaces. Quotes are
 * always cut from the report itself.
 */
const ESCAPED_BREAK = /\\r\\n|\\n|\\r/g;
const SPACE_ENTITIES = /&(?:nbsp|ensp|emsp|thinsp|#160|#12288);/g;
/**
 * A pollutant's name broken by markup: PM_2.5, PM_{2.5} (LaTeX) or PM, 2.5 on lines of their own (inline HTML).
 * Rewritten whole and padded in front, so it stays glued to the words after it (PM2.5年平均浓度).
 */
const BROKEN_TOKEN = /\b(PM|CO|SO|NO|O)(?:_\{?|[ \t]*\r?\n[ \t]*)(\d+(?:\.\d+)?)\}?(?:[ \t]*\r?\n[ \t]*)?(?=\p{Script=Han})/gu;

/** Where broken tokens stand in the report, so evidence starting inside one starts at its beginning instead. */
export function brokenTokens(text: string): { start: number; end: number }[] {
  return [...text.matchAll(BROKEN_TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

export function analysisText(text: string): string {
  return text
    .replace(ESCAPED_BREAK, (m) => `\n${' '.repeat(m.length - 1)}`)
    .replace(SPACE_ENTITIES, (m) => ' '.repeat(m.length))
    .replace(BROKEN_TOKEN, (m, name: string, digits: string) => `${' '.repeat(m.length - name.length - digits.length)}${name}${digits}`);
}
