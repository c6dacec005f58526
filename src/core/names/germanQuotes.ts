import type { AnalyzedText } from '../text/analyzedText';
import type { Token } from '../text/tokenizer';
import type { NameMention } from './nameMention';
import { spansPerParagraph } from '../text/perParagraph';
import { isSizeablePlace } from '../places/gazetteer';
import { KNOWN_ORGANIZATIONS } from './nameLexicon';
import { lowerCase } from '../text/lowerCase';
import { NOT_AFTER_LETTER } from '../text/asciiFirstLookbehinds';

// English news quotes German speakers in German now and then, with a translation: Merz
// called it "ein wichtiger Schritt", "Die Lage ist ernst". German writes every noun with a
// capital, and the tagger, which learned English, reads "Schritt", "Lage" or "Reformen" as
// names. A capitalised word inside a quotation in German is a noun, unless the article names
// it outside such quotations too, or it is a well-known body or a country, a region or a city
// of 100,000 people or more ("Berlin"; not the small town of Lage for "Die Lage ist ernst").

/**
 * German words that are no English words, or none that an English quotation uses: articles,
 * pronouns, conjunctions, prepositions, auxiliaries. Not "die", "hat", "was", "will", "war",
 * "also", "man", "an", "um", "so", "in", "am" (English too), nor "des", "es", "von" (French,
 * Spanish, and names: "von der Leyen").
 */
const GERMAN_WORDS = new Set([
  'der', 'das', 'dem', 'den', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'und', 'oder', 'aber', 'nicht', 'kein', 'keine', 'keinen',
  'ist', 'sind', 'wird', 'werden', 'wurde', 'haben', 'habe', 'hatte', 'kann', 'können', 'muss', 'müssen', 'soll', 'sollen',
  'ich', 'wir', 'uns', 'unser', 'unsere', 'sich', 'mit', 'für', 'auf', 'zu', 'zum', 'zur', 'vom', 'beim', 'im', 'über', 'gegen', 'nach', 'bei',
  'auch', 'noch', 'nur', 'schon', 'sehr', 'mehr', 'immer', 'heute', 'dass', 'daß', 'wie', 'jeden', 'jede', 'jeder', 'allein', 'nichts',
]);

/** English words that show a quotation is in English (or mixed), however many German nouns it holds. */
const ENGLISH_WORDS = new Set(['the', 'a', 'of', 'and', 'to', 'is', 'are', 'was', 'we', 'it', 'not', 'that', 'this', 'for', 'with', 'have', 'has', 'be', 'our', 'you', 'they', 'he', 'she', 'on', 'at', 'by', 'an']);

/** A quotation, its marks and what stands between them on one line: "…", “…”, „…“. */
const QUOTATION = /["“„]([^"“”„\n]{2,400})["”“]/gu;

const WORD = /\p{L}+/gu;

/**
 * A word of GERMAN_WORDS in any case, alone: a quotation holding none (nearly every one) is
 * no German one, let go before its words are read one by one. Only a filter: where it finds
 * one, the words are read as before. No letter before it: NOT_AFTER_LETTER, tried at every
 * character of every quotation.
 */
const ANY_GERMAN_WORD = new RegExp(String.raw`${NOT_AFTER_LETTER}(?:${[...GERMAN_WORDS].sort((a, b) => b.length - a.length).join('|')})(?!\p{L})`, 'iu');

/** Offsets, in its paragraph, of each quotation in German: [start, end] pairs. */
export function germanQuotationsIn(paragraph: string): readonly number[] {
  if (paragraph.indexOf('"') < 0 && paragraph.indexOf('“') < 0 && paragraph.indexOf('„') < 0) return NONE;
  let spans: number[] | null = null;
  QUOTATION.lastIndex = 0;
  for (let m = QUOTATION.exec(paragraph); m !== null; m = QUOTATION.exec(paragraph)) {
    if (!ANY_GERMAN_WORD.test(m[1])) continue;
    let german = false;
    let english = false;
    WORD.lastIndex = 0;
    // Up to its first English word, which settles it: most quotations hold one among their first few.
    for (let w = WORD.exec(m[1]); w !== null && !english; w = WORD.exec(m[1])) {
      const word = lowerCase(w[0]);
      if (GERMAN_WORDS.has(word)) german = true;
      else if (ENGLISH_WORDS.has(word)) english = true;
    }
    if (!german || english) continue;
    const start = m.index + 1;
    (spans ??= []).push(start, start + m[1].length);
  }
  return spans ?? NONE;
}

const NONE: readonly number[] = [];
const quotationsByParagraph = new WeakMap<readonly Token[], readonly number[]>();

/** The mentions, less the one-word names inside German quotations that the article names nowhere else ("Die Lage ist ernst"). */
export function withoutGermanNouns(doc: AnalyzedText, mentions: NameMention[]): NameMention[] {
  const spans = spansPerParagraph(doc, quotationsByParagraph, germanQuotationsIn);
  if (spans === null) return mentions;
  // Both lists are in text order: one walk marks the mentions inside a German quotation.
  const inside = new Array<boolean>(mentions.length).fill(false);
  let t = 0;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    while (t < spans.length && spans[t + 1] <= m.start) t += 2;
    inside[i] = t < spans.length && spans[t] <= m.start && m.end <= spans[t + 1];
  }
  const elsewhere = new Set<string>();
  for (let i = 0; i < mentions.length; i++) if (!inside[i]) elsewhere.add(mentions[i].text);
  return mentions.filter((m, i) => !inside[i] || m.text.includes(' ') || elsewhere.has(m.text) || isSizeablePlace(m.text) || KNOWN_ORGANIZATIONS.has(lowerCase(m.text)));
}
