/**
 * Whitespace made visible, for previews of repairs where the change IS the whitespace (a stray blank line,
 * a doubled space): line breaks as ⏎, tabs as ⇥, spaces as ·, ideographic spaces as □.
 */
export function visibleWhitespace(text: string): string {
  return text.replace(/\r\n|\n|\r/g, '⏎').replace(/\t/g, '⇥').replace(/ /g, '·').replace(/\u3000/g, '□');
}
