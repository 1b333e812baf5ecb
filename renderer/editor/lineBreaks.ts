/**
 * The one line separator CodeMirror is told a text uses. Left to itself it treats "\r\n", "\r" and "\n" all as one
 * line break of length 1, so in a CRLF report every position after the first line would be off by one per line from
 * the text's own UTF-16 units, which the offsets of records, highlights and corrections are. Told the one separator,
 * it keeps every other character, "\r" of a CRLF line included, as text: positions on screen are the text's.
 * A text with "\n" breaks on "\n" (a CRLF line keeps its "\r" at the end, drawn as a space); a text that only has
 * "\r" (old Mac files) breaks on "\r".
 */
export function lineSeparatorOf(text: string): '\n' | '\r' {
  return text.includes('\n') || !text.includes('\r') ? '\n' : '\r';
}
