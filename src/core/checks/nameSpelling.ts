import type { Person } from '../types';
import type { Check, CheckFinding, CheckFix, TextEdit } from './checkTypes';
import { looksLikeMisspelling } from './nameSimilarity';

/** Shorter names ("Li", "Lee", "Yi") differ by one letter too often to mean a typo. */
const MIN_WORD_LENGTH = 4;
/** When both spellings are this frequent, they are more likely two people than a slip. */
const BOTH_FREQUENT = 3;
/** Bounds the pairwise comparison on pathological inputs (thousands of names). */
const MAX_NAMES_PER_BUCKET = 400;

interface NameForm {
  person: Person;
  /** Words before the last one, lower-cased and joined ("qin" for "Qin Gang"). */
  given: string;
  last: string;
}

/**
 * One person spelled two ways ("Qin Gang" / "Qin Geng", "Blinken" / "Blinkin"): two
 * people whose last names are one edit apart and similar by Jaro-Winkler, and whose other
 * words agree (or one has none). The fix rewrites the rarer spelling as the other one.
 */
export const nameSpelling: Check = {
  id: 'name-spelling',
  setting: 'nameSpelling',
  description: 'One person spelled two ways in one article, with a fix to use one spelling.',
  run({ annotations }) {
    const buckets = new Map<string, NameForm[]>();
    for (const person of annotations.people) {
      const words = person.name.split(/\s+/u).filter(Boolean);
      // A full stop or comma a finder left on the name is not a second spelling.
      const last = (words[words.length - 1] ?? '').replace(/[.,;:]+$/u, '');
      if (last.length < MIN_WORD_LENGTH || person.mentions.length === 0) continue;
      // A slip rarely changes the first letter; bucketing by it keeps the pairs few.
      const key = last.charAt(0).toLowerCase();
      const bucket = buckets.get(key) ?? [];
      if (bucket.length < MAX_NAMES_PER_BUCKET) bucket.push({ person, given: words.slice(0, -1).join(' ').toLowerCase(), last });
      buckets.set(key, bucket);
    }
    const out: CheckFinding[] = [];
    for (const bucket of buckets.values()) {
      for (let i = 0; i < bucket.length; i++) {
        for (let k = i + 1; k < bucket.length; k++) {
          const pair = orderBySupport(bucket[i], bucket[k]);
          if (pair) out.push(...findingsFor(pair[0], pair[1]));
        }
      }
    }
    return out;
  },
};

/** [the spelling to keep, the rarer one], or null when the two are not one name. */
function orderBySupport(a: NameForm, b: NameForm): [NameForm, NameForm] | null {
  if (a.given && b.given && a.given !== b.given) return null;
  if (a.last === b.last || isPlural(a.last, b.last) || !looksLikeMisspelling(a.last, b.last)) return null;
  const na = a.person.mentions.length;
  const nb = b.person.mentions.length;
  if (na >= BOTH_FREQUENT && nb >= BOTH_FREQUENT) return null;
  if (na !== nb) return na > nb ? [a, b] : [b, a];
  return a.person.mentions[0].start <= b.person.mentions[0].start ? [a, b] : [b, a];
}

/** "the Clintons" is the family, not Clinton misspelt. */
function isPlural(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.toLowerCase() === `${short.toLowerCase()}s` || long.toLowerCase() === `${short.toLowerCase()}es`;
}

function findingsFor(keep: NameForm, rare: NameForm): CheckFinding[] {
  const toKeep = rewrite(rare, keep.last);
  const toRare = rewrite(keep, rare.last);
  if (toKeep.length === 0) return [];
  const times = (n: number): string => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
  const fixes: CheckFix[] = [
    { title: `Spell it "${keep.last}" everywhere (as written ${times(keep.person.mentions.length)})`, edits: toKeep, preferred: true },
  ];
  if (toRare.length) fixes.push({ title: `Spell it "${rare.last}" everywhere`, edits: [...toRare] });
  return toKeep.map((edit) => ({
    checkId: 'name-spelling',
    start: edit.start,
    end: edit.end,
    message: `"${rare.last}" here, "${keep.last}" elsewhere (${times(keep.person.mentions.length)}): one person spelled two ways?`,
    fixes,
  }));
}

/** Edits replacing the last-name word inside each of the person's mentions. */
function rewrite(form: NameForm, replacement: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const m of form.person.mentions) {
    const at = m.text.lastIndexOf(form.last);
    if (at === -1) continue; // a mention by first name only
    edits.push({ start: m.start + at, end: m.start + at + form.last.length, newText: replacement });
  }
  return edits;
}
