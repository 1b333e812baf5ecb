/** [start, start + length) moved so that neither edge cuts a surrogate pair (synthetic reports hold 𠀀). */
export function wholeSpan(text: string, start: number, length: number): { start: number; end: number } {
  const isLow = (at: number): boolean => text.charCodeAt(at) >= 0xdc00 && text.charCodeAt(at) <= 0xdfff;
  const from = isLow(start) ? start + 1 : start;
  return { start: from, end: isLow(from + length) ? from + length + 1 : from + length };
}
