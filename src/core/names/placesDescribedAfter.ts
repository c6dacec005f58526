import type { Token } from '../text/tokenizer';
import { isLowerWord } from '../text/tokenCase';

// "toward Pokrovsk, a logistics hub that …", "Sumy, a city near the border": a name set off
// before a description headed by a word for a settlement is that place, no person or body.

/** Heads of descriptions of settlements and strongholds. */
const SETTLEMENT_NOUNS = new Set(['city', 'town', 'village', 'hamlet', 'port', 'hub', 'settlement', 'suburb', 'stronghold', 'enclave', 'outpost', 'township', 'municipality', 'county', 'province', 'region', 'district']);

/** Words after such a head that close it ("a town that", "a city of", "a port on"). */
const AFTER_HEAD = new Set(['that', 'which', 'where', 'in', 'of', 'on', 'near', 'north', 'south', 'east', 'west', 'about', 'some', 'with', 'home', ',', '.', ';']);

/** The name ending before token `b` is set off by a comma before "a"/"an", up to three lower-case words and a settlement's noun. */
export function isDescribedAsSettlement(tokens: readonly Token[], b: number): boolean {
  if (tokens[b]?.text !== ',' || (tokens[b + 1]?.text !== 'a' && tokens[b + 1]?.text !== 'an')) return false;
  for (let k = b + 2; k < b + 6 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || !isLowerWord(t)) return false;
    if (SETTLEMENT_NOUNS.has(t.text)) return AFTER_HEAD.has(tokens[k + 1]?.text ?? '');
  }
  return false;
}
