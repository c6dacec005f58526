import type { AnalyzedText } from '../text/analyzedText';
import type { Phrase } from './speakerPhrase';
import { namesWithin, type IndexedMention, type MentionIndex } from './mentionIndex';
import { lowerCase } from './caselessTests';
import { isKinNoun } from '../names/kinIntroduced';
import { firstAtLeast } from '../text/sortedSearch';
import type { ReadLog } from './wholeTextReads';

/**
 * Where one relative's phrase ("his wife") stands in a text, read once per document: every
 * place, in text order, with the person named right after it. A speaker phrase then asks
 * about the places before it with a binary search, not a scan from the text's start (a long
 * text full of "his wife" asked once per place was quadratic).
 */
interface KinPhrasePlaces {
  /** End of the owner and the noun ("his wife"), per place. */
  readonly nounEnds: number[];
  /** End of the place with the blanks and the comma after the noun ("his wife, "): where the name must start. */
  readonly ends: number[];
  /** Per place, the latest person named right after a place up to it (itself included), or null. */
  readonly lastNamed: (IndexedMention | null)[];
  /** The first place at which two different people have been named after the phrase (places.length where never). */
  readonly conflictAt: number;
}

interface DocumentKinPlaces {
  readonly index: MentionIndex;
  readonly byPhrase: Map<string, KinPhrasePlaces>;
}

const placesByDocument = new WeakMap<AnalyzedText, DocumentKinPlaces>();

/** The person whose name starts right at `at` (the first name from there within 80 characters), or null. */
function personNamedAt(index: MentionIndex, at: number): IndexedMention | null {
  const name = namesWithin(index, at, at + 80)[0];
  return name && name.start === at && name.kind === 'person' && name.entityId ? name : null;
}

function placesOf(doc: AnalyzedText, index: MentionIndex, owner: string, noun: string): KinPhrasePlaces {
  let cached = placesByDocument.get(doc);
  if (!cached || cached.index !== index) {
    cached = { index, byPhrase: new Map() };
    placesByDocument.set(doc, cached);
  }
  const key = `${owner} ${noun}`;
  const known = cached.byPhrase.get(key);
  if (known) return known;
  // (Both words come from closed lists of letters: nothing to escape.) The noun's end is read
  // from a group, the place's end from the whole match.
  const introduced = new RegExp(String.raw`\b${owner}\s+${noun}(?=(\s*,?\s*))\1`, 'giu');
  const nounEnds: number[] = [];
  const ends: number[] = [];
  const lastNamed: (IndexedMention | null)[] = [];
  let conflictAt = -1;
  let found: IndexedMention | null = null;
  for (const m of doc.text.matchAll(introduced)) {
    const end = m.index + m[0].length;
    nounEnds.push(end - m[1].length);
    ends.push(end);
    const name = personNamedAt(index, end);
    if (name) {
      if (conflictAt < 0 && found && found.entityId !== name.entityId) conflictAt = ends.length - 1;
      found = name;
    }
    lastNamed.push(found);
  }
  const places: KinPhrasePlaces = { nounEnds, ends, lastNamed, conflictAt: conflictAt < 0 ? ends.length : conflictAt };
  cached.byPhrase.set(key, places);
  return places;
}

/**
 * `John Miller and his wife, Linda Miller, drove … "…," his wife said`: a relative's phrase
 * ("his wife", "her son") the text has named before with the same words and a name right
 * after them is that person; where the same words named two people, neither.
 */
export function kinNamedEarlier(doc: AnalyzedText, phrase: Phrase, index: MentionIndex, reads?: ReadLog): IndexedMention | null {
  const { tokens } = doc;
  if (phrase.tokenEnd - phrase.tokenStart !== 2) return null;
  const owner = lowerCase(tokens[phrase.tokenStart].text);
  const noun = lowerCase(tokens[phrase.tokenStart + 1].text);
  if ((owner !== 'his' && owner !== 'her' && owner !== 'their') || !isKinNoun(noun)) return null;
  const kin = kinNamedBefore(doc, owner, noun, phrase.start, index);
  reads?.add({ kind: 'kin', owner, noun, at: phrase.start, answer: kin?.entityId ?? null });
  return kin;
}

/** The person kinNamedEarlier finds for the phrase `owner noun` ("his", "wife", both lower case) at offset `start`: read of the whole text before it. */
export function kinNamedBefore(doc: AnalyzedText, owner: string, noun: string, start: number, index: MentionIndex): IndexedMention | null {
  const places = placesOf(doc, index, owner, noun);
  // The places read in the text before the phrase: those ending by its start, and one whose
  // blanks run past it, cut there.
  const before = firstAtLeast(places.ends, start + 1);
  if (places.conflictAt < before) return null;
  let found = before > 0 ? places.lastNamed[before - 1] : null;
  if (before < places.ends.length && places.nounEnds[before] <= start) {
    const name = personNamedAt(index, start);
    if (name) {
      if (found && found.entityId !== name.entityId) return null;
      found = name;
    }
  }
  return found;
}
