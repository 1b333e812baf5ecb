import { buildCodePointIndex } from '../text/codePoints.ts';
import type { RawUtf16 } from '../text/offsets.ts';
import { DETAIL_FIELDS, toDetailGuess, type DetailGuesses } from './detailGuess.ts';
import type { EditableMeta } from './documentMeta.ts';
import { documentLines } from './documentLines.ts';
import { guessRegion } from './guessRegion.ts';
import { guessTitle } from './guessTitle.ts';
import { guessYears } from './guessYears.ts';

/**
 * First guesses at a document's title, region and years, each with the line it came from and how sure it is,
 * for the reviewer to confirm or correct. Heuristics on the forms every report shares; nothing here is
 * specific to particular reports.
 */
export function guessDetails(text: string, fileName: string): { meta: EditableMeta; guesses: DetailGuesses } {
  const lines = documentLines(text);
  const years = guessYears(lines, fileName);
  const region = guessRegion(lines, text);
  const inputsSure = region.guess.sureness === 'sure' && years.planned.sureness === 'sure';
  const title = guessTitle(lines, region.region, years.yearsPlanned[0], inputsSure);
  const index = buildCodePointIndex(text, 'raw');
  const toCodePoint = (utf16: RawUtf16) => index.toCodePoint(utf16);
  const found = { title: title.guess, region: region.guess, yearsReviewed: years.reviewed, yearsPlanned: years.planned };
  const guesses = Object.fromEntries(DETAIL_FIELDS.map((f) => [f, toDetailGuess(found[f], toCodePoint)])) as DetailGuesses;
  return {
    meta: { title: title.title || fileName.replace(/\.[^.]+$/, ''), region: region.region, yearsReviewed: years.yearsReviewed, yearsPlanned: years.yearsPlanned },
    guesses,
  };
}

export function guessMetadata(text: string, fileName: string): EditableMeta {
  return guessDetails(text, fileName).meta;
}
