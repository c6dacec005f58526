import type { NameMention } from './nameMention';
import { isKnownPlace } from '../places/gazetteer';
import { genderOfGivenName } from '../entities/givenNames';
import { ORGANIZATION_WORDS } from './nameLexicon';
import { lowerCase } from '../text/lowerCase';

// "the Lumen One", "launched the Pixel Nine", "the Galaxy Ultra": a product's model is named by
// a brand's word and a number spelled out or a grade ("Pro", "Ultra"), after "the". The tagger,
// never having seen the brand's word, reads the two as a person's name ("Lumen One") or a
// place's; they are a thing's (CoNLL: MISC).

/** Last words of a product's model name: a spelled number or a grade. */
const MODEL_WORDS = new Set(['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Pro', 'Ultra', 'Max', 'Mini', 'Lite', 'Fold', 'Flip']);

/** First words of names ending in a number that are no product's: a division ("League One"), a broadcaster ("Channel Four", "Radio One"). */
const NOT_BRANDS = new Set(['League', 'Division', 'Channel', 'Radio', 'Formula', 'Tier', 'Stage', 'Level', 'Phase', 'Year', 'Class', 'Grade', 'Key']);

/** Words before a model's name: "the Pixel Nine", "the new Lumen One", "its latest Galaxy Ultra". */
const BEFORE_MODEL = /(?:^|[^\p{L}])(?:[Tt]he|[Ii]ts|[Tt]heir)(?: (?:new|latest|cheaper|pricier|upcoming|original|first|next))? $/u;

/**
 * The mentions of a sentence (from `first` in `out`) that are a product's model's name, retyped
 * as things: a brand's word (no word news mostly writes in lower case, no place, given name or
 * body's word) and one or two model words, after "the", "its" or "their".
 */
export function productModels(text: string, first: number, caseClasses: ReadonlyMap<string, number>, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type === 'MISC' || m.title !== undefined) continue;
    // Asked of every mention: its last word, cut alone, turns nearly all down before the name is split.
    const space = m.text.lastIndexOf(' ');
    if (space < 0 || !MODEL_WORDS.has(m.text.slice(space + 1))) continue;
    const words = m.text.split(' ');
    if (words.length < 2 || words.length > 3 || !MODEL_WORDS.has(words[words.length - 1]) || (words.length === 3 && !MODEL_WORDS.has(words[1]))) continue;
    const brand = words[0];
    if (!/^\p{L}\p{Ll}*\p{Lu}?\p{Ll}+$/u.test(brand) || NOT_BRANDS.has(brand) || caseClasses.get(lowerCase(brand)) === 1) continue;
    if (ORGANIZATION_WORDS.has(lowerCase(brand)) || isKnownPlace(brand) || genderOfGivenName(brand) !== null) continue;
    if (!BEFORE_MODEL.test(text.slice(Math.max(0, m.start - 20), m.start))) continue;
    out[i] = { start: m.start, end: m.end, text: m.text, type: 'MISC' };
  }
}

/** Nouns for a thing a firm makes or runs: "the chatbot ChatGPT", "its PlayStation console". */
export const PRODUCT_NOUNS = new Set([
  'app', 'apps', 'chatbot', 'chatbots', 'model', 'models', 'platform', 'console', 'consoles', 'software', 'browser', 'assistant', 'device', 'devices',
  'phone', 'phones', 'smartphone', 'smartphones', 'tablet', 'laptop', 'laptops', 'headset', 'headsets', 'game', 'games', 'service', 'feature', 'tool',
  'program', 'programme', 'drug', 'vaccine', 'jab', 'engine', 'chip', 'chips', 'product', 'products', 'brand', 'subscription', 'cloud', 'network',
]);

/** "its ", "their " right before a name: the maker's. */
const MAKERS_BEFORE = /(?:^|[^\p{L}])(?:[Ii]ts|[Tt]heir) $/u;

/**
 * "its Claude model", "its Azure cloud", "their Galaxy phones": a name of one or two words
 * between "its" or "their" and a noun for a product is the product's, whatever the tagger read
 * (a person "Claude", a place "Azure"); not a place the gazetteer knows ("its Solihull plant"
 * has no product noun either).
 */
export function productsOfTheirMakers(text: string, first: number, out: NameMention[]): void {
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    // "s " or "r " right before the name first ("its ", "their "): nearly every mention is let go before a slice is cut.
    const before = text.charCodeAt(m.start - 2);
    if (text.charCodeAt(m.start - 1) !== 32 || (before !== 115 && before !== 114)) continue;
    if (m.type === 'MISC' || hasTwoSpaces(m.text) || !MAKERS_BEFORE.test(text.slice(Math.max(0, m.start - 7), m.start))) continue;
    const after = /^ (\p{Ll}+)/u.exec(text.slice(m.end, m.end + 20));
    if (after === null || !PRODUCT_NOUNS.has(after[1]) || isKnownPlace(m.text)) continue;
    out[i] = { start: m.start, end: m.end, text: m.text, type: 'MISC' };
  }
}

/** More than two words: two spaces or more. */
function hasTwoSpaces(text: string): boolean {
  const space = text.indexOf(' ');
  return space >= 0 && text.indexOf(' ', space + 1) >= 0;
}
