import type { AnalyzedText } from '../text/analyzedText';
import type { Token } from '../text/tokenizer';
import type { NameMention } from './nameMention';
import { spansPerParagraph } from '../text/perParagraph';
import { isKnownPlace } from '../places/gazetteer';

// Arts and entertainment copy names its works in quotation marks after the kind of work: the
// album "The Life of a Showgirl", its single, "The Fate of Ophelia," the podcast "New Heights".
// The tagger reads the capitalized words of such a title as people, places or bodies
// ("Ophelia", "Showgirl", "New Heights"); what stands inside the marks is the work's name.

/** Kinds of work news names before a title in quotation marks (each also with "s"). */
export const WORK_KINDS: readonly string[] = [
  'album', 'single', 'song', 'track', 'record', 'film', 'movie', 'documentary', 'book', 'novel', 'memoir', 'biography',
  'series', 'show', 'sitcom', 'drama', 'podcast', 'play', 'musical', 'opera', 'ballet', 'poem', 'painting', 'exhibition',
  'game', 'programme', 'program', 'column', 'essay', 'report', 'EP', 'LP', 'mixtape', 'anthem', 'hit',
];

const WORK_TITLE = new RegExp(`\\b(?:${WORK_KINDS.join('|')})s?,?\\s+(?:(?:titled|entitled|called|named)\\s+)?["“‘]((?=\\p{Lu}|\\d)[^"“”‘’\\n]{1,100}?)[,.!?]?["”’]`, 'gu');

/** Offsets, in its paragraph, of each work's title in quotation marks: [start, end] pairs. */
function titlesIn(paragraph: string): readonly number[] {
  if (paragraph.indexOf('"') < 0 && paragraph.indexOf('“') < 0 && paragraph.indexOf('‘') < 0) return NONE;
  let spans: number[] | null = null;
  WORK_TITLE.lastIndex = 0;
  for (let m = WORK_TITLE.exec(paragraph); m !== null; m = WORK_TITLE.exec(paragraph)) {
    // "wrote in his book, "Obama never understood the Senate,"": a quoted sentence, no title.
    if (LOWER_CASE_WORD.test(m[1])) continue;
    const start = m.index + m[0].indexOf(m[1]);
    (spans ??= []).push(start, start + m[1].length);
  }
  return spans ?? NONE;
}

/** A word of four letters or more in lower case: titles capitalise theirs ("The Life of a Showgirl"). */
const LOWER_CASE_WORD = /(?:^|[\s-])\p{Ll}{4,}/u;

const NONE: readonly number[] = [];
const titlesByParagraph = new WeakMap<readonly Token[], readonly number[]>();

/** The mentions, less those inside the quoted title of a work ("the album "The Life of a Showgirl"") and the places that fill a quotation (fillsQuotation). */
export function withoutWorkTitles(doc: AnalyzedText, mentions: NameMention[]): NameMention[] {
  return withoutQuotedPlaceNames(doc.text, withoutTitlesAfterTheirKind(doc, mentions));
}

/** An opening quotation mark, and a closing one with the comma or full stop news sets before it. */
const OPENING_MARK = /["“‘]$/u;
const CLOSING_MARK = /^[,.!?]?["”’]/u;

/**
 * "Samantha Harvey's "Orbital" won", "the guitar she played on "Jolene"", ""Frasier" was
 * cancelled": a name read as a place the gazetteer does not know, standing alone between
 * quotation marks, is the title of a work named without its kind; a place is not quoted by its
 * name alone. A place the gazetteer knows stays ("a ticket to "Paris"").
 */
function withoutQuotedPlaceNames(text: string, mentions: NameMention[]): NameMention[] {
  let out: NameMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const quoted = m.type === 'LOC' && m.start > 0 && OPENING_MARK.test(text.slice(m.start - 1, m.start)) && CLOSING_MARK.test(text.slice(m.end, m.end + 2)) && !isKnownPlace(m.text);
    if (quoted) out ??= mentions.slice(0, i);
    else out?.push(m);
  }
  return out ?? mentions;
}

function withoutTitlesAfterTheirKind(doc: AnalyzedText, mentions: NameMention[]): NameMention[] {
  const spans = spansPerParagraph(doc, titlesByParagraph, titlesIn);
  if (spans === null) return mentions;
  // Both lists are in text order: one walk. Run on every keystroke, and mostly no mention lies
  // in a title: the list is copied only from the first mention dropped, as withoutQuotedPlaceNames does.
  let t = 0;
  let out: NameMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    while (t < spans.length && spans[t + 1] <= m.start) t += 2;
    if (t < spans.length && spans[t] <= m.start && m.end <= spans[t + 1]) out ??= mentions.slice(0, i);
    else out?.push(m);
  }
  return out ?? mentions;
}
