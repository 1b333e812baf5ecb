import { lineGuess, type LineGuess } from './detailGuess.ts';
import { compactLine, type TextLine } from './documentLines.ts';
import { isPageFurniture } from './pageFurniture.ts';

/**
 * The report's title: its own title line when it has one (a short line naming the report, 政府工作报告,
 * printed before the salutation 各位代表), else a title composed from the guessed year and place. A line of
 * page furniture, a dateline, a headline that does not name the report or a body sentence is never the title.
 */
const MARKUP = /^[#*>\-●•\s]+|[*#\s]+$/g;
const NAMES_A_REPORT = /(?:政府)?工作报告|报告$/;
const SENTENCE = /[。；，,;！？!?]/;
const DATELINE = /^[—\-－–]+|在.*(?:会议|大会)上/;
/** A title line with nothing but the genre (政府工作报告) says neither place nor year. */
const GENERIC = /^(?:人民)?政府工作报告(?:[(（].*[)）])?$/;
const SALUTATION = /^各位(?:代表|委员)/;

/** `inputsSure`: the region and planned year a composed title is built from are sure guesses. */
export function guessTitle(
  lines: readonly TextLine[], region: string, plannedYear: number | undefined, inputsSure: boolean,
): { title: string; guess: LineGuess } {
  const composed = region && plannedYear ? `${plannedYear}年${region}政府工作报告` : region ? `${region}政府工作报告` : '';
  for (const line of lines.slice(0, 40)) {
    if (SALUTATION.test(compactLine(line.text))) break;
    if (isPageFurniture(line.text)) continue;
    const text = compactLine(line.text.replace(MARKUP, ''));
    if (text.length < 4 || text.length > 40 || SENTENCE.test(text) || DATELINE.test(text) || !NAMES_A_REPORT.test(text)) continue;
    if (GENERIC.test(text) && composed) {
      return { title: composed, guess: lineGuess(inputsSure ? 'sure' : 'unsure', 'details.title.composedFromGeneric', { written: text }, line) };
    }
    return { title: text, guess: lineGuess('sure', 'details.title.titleLine', {}, line) };
  }
  if (composed) return { title: composed, guess: lineGuess('unsure', 'details.title.composed') };
  return { title: '', guess: lineGuess('unsure', 'details.title.none') };
}
