import type { NameMention } from './nameMention';
import { COUNTRY_INITIALS, isKnownPlace } from '../places/gazetteer';

// The tagger, meeting two names it has never seen on either side of a verb ("Alcaraz said
// Sinner was the best", "Peabody gave Patriot its mines"), can run one name over the verb.
// A verb of saying, giving, meeting, winning or losing written in lower case inside a name is no word of it:
// the name ends before it and another starts after it.

/** Past and present forms of verbs that stand between two names in news, never words of a name. */
const VERBS = new Set([
  'said', 'says', 'told', 'tells', 'asked', 'asks', 'added', 'adds', 'wrote', 'writes', 'gave', 'gives', 'met', 'meets', 'beat', 'beats',
  'called', 'calls', 'thanked', 'praised', 'replaced', 'replaces', 'urged', 'urges', 'warned', 'warns', 'named', 'names', 'joined', 'joins',
  'visited', 'visits', 'defeated', 'defeats', 'hired', 'hires', 'fired', 'fires', 'sued', 'sues', 'endorsed', 'endorses',
  // "Smith won Ohio", "Kasich loses Ohio": a race's result between a candidate's name and the state's or the seat's.
  'won', 'wins', 'lost', 'loses',
]);

const WORD_OF_NAME = /^\p{Lu}/u;
const LOWER_WORD_INSIDE = / \p{Ll}/u;

/**
 * Verbs whose object is a person, never a town: "We cannot trust Putin", "she thanked Obama".
 * Not "met", "visited", "called", "blamed" or "praised" (towns and countries are met in,
 * visited, called home, blamed and praised).
 */
const PERSON_OBJECT = /\b(?:trust|trusts|trusted|thank|thanked|thanks|told|tell|tells|urged|urge|urges|asked|ask|asks|accused|accuse|accuses|endorsed|endorse|endorses|interviewed|hired|fired|impeach|impeached|congratulated|phoned|married|elected|re-elected) $/u;

/**
 * The mentions, each run over a lower-case verb (VERBS) cut into the names on either side of it,
 * of the same type; and each one-word place the gazetteer does not know right after a verb whose
 * object is a person (PERSON_OBJECT) a person.
 */
export function namesAroundVerbs(text: string, mentions: NameMention[]): NameMention[] {
  let out: NameMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    // PERSON_OBJECT ends in a space: the character before the place is looked at before a slice is cut.
    if (m.type === 'LOC' && text.charCodeAt(m.start - 1) === 32 && m.text.indexOf(' ') < 0 && PERSON_OBJECT.test(text.slice(Math.max(0, m.start - 14), m.start)) && !isKnownPlace(m.text) && !COUNTRY_INITIALS.has(m.text)) {
      out ??= mentions.slice(0, i);
      out.push({ start: m.start, end: m.end, text: m.text, type: 'PER' });
      continue;
    }
    // (Run on every keystroke over every name: only one holding a word in lower case after a
    // space can hold a verb, so the others are never split into words.)
    if (m.type === 'MISC' || !hasLowerWordInside(m.text)) {
      out?.push(m);
      continue;
    }
    const parts = partsAroundVerbs(m);
    if (parts === null) {
      out?.push(m);
      continue;
    }
    out ??= mentions.slice(0, i);
    out.push(...parts);
  }
  return out ?? mentions;
}

/**
 * LOWER_WORD_INSIDE.test(name), asked of every name on every keystroke: most names hold no
 * space, or an ASCII capital after each, which a look at the character after each space
 * settles; the pattern runs only where a letter outside ASCII follows one.
 */
function hasLowerWordInside(name: string): boolean {
  for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) {
    const c = name.charCodeAt(i + 1);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return LOWER_WORD_INSIDE.test(name);
  }
  return false;
}

/** The names on either side of the verbs in `m`'s words, or null where no verb stands inside it. */
function partsAroundVerbs(m: NameMention): NameMention[] | null {
  const words = m.text.split(' ');
  if (!words.some((w, k) => k > 0 && k < words.length - 1 && VERBS.has(w))) return null;
  const parts: NameMention[] = [];
  let from = 0;
  let offset = 0;
  let partStart = 0;
  for (let k = 0; k <= words.length; k++) {
    if (k === words.length || (k > 0 && k < words.length - 1 && VERBS.has(words[k]))) {
      const text = words.slice(from, k).join(' ');
      if (text && WORD_OF_NAME.test(text)) {
        const part: NameMention = { start: m.start + partStart, end: m.start + partStart + text.length, text, type: m.type };
        if (from === 0 && m.title !== undefined) part.title = m.title;
        if (from === 0 && m.placeQualifier !== undefined) part.placeQualifier = m.placeQualifier;
        parts.push(part);
      }
      if (k < words.length) {
        from = k + 1;
        partStart = offset + words[k].length + 1;
      }
    }
    if (k < words.length) offset += words[k].length + 1;
  }
  return parts;
}
