import type { Token } from '../text/tokenizer';
import { isCapitalizedWord } from '../text/tokenCase';

// "the eastern Donetsk region", "the Kursk oblast", "Aichi prefecture": news names a province
// after its chief city, then says which it means by the word after the name; "the Kyiv,
// Chernihiv and Sumy regions" says it of every name of the list.

const REGION_WORDS = new Set(['region', 'oblast', 'province', 'prefecture', 'governorate']);
const REGIONS_WORDS = new Set(['regions', 'oblasts', 'provinces', 'prefectures', 'governorates']);

/** The longest list of names read ahead for its closing "regions" (tokens). */
const LIST_REACH = 16;

/**
 * The place name of tokens [first, end) is a region's, by a lower-case word for a region
 * right after it, or by a list of capitalized names joined by commas and "and"/"or" that it
 * opens, continues or closes, ended by such a word in the plural.
 */
export function isNamedAsRegion(tokens: readonly Token[], first: number, end: number, sentenceEnd: number): boolean {
  const after = tokens[end];
  if (after === undefined || end >= sentenceEnd) return false;
  if (REGION_WORDS.has(after.text)) return true;
  const last = Math.min(sentenceEnd, end + LIST_REACH);
  const before = tokens[first - 1]?.text;
  let joined = before === 'and' || before === 'or';
  for (let k = end; k < last; k++) {
    const t = tokens[k].text;
    if (REGIONS_WORDS.has(t)) return joined;
    if (t === ',' || t === 'and' || t === 'or') {
      joined = true;
      continue;
    }
    if (!isCapitalizedWord(tokens[k])) return false;
  }
  return false;
}
