import type { NameMention, NameType } from './nameMention';

// One article, one reading of a name: "Perez and Castro both spoke", "Netflix, Hulu and Amazon".
// A one-word name the tagger read one way here and another way elsewhere in the article is
// read, where it stands in a list, as the names beside it are: a list joins names of one
// kind. Only a kind the article gives the same word elsewhere is taken, and only from
// neighbours whose own words the article reads one way only; and only where the article reads
// the word that way at least as often as the way the list has it read.

/** What stands between two names of a list: a comma, "and", "or", "&" (with a comma before them or not), after a possessive's ending or none ("McDonald’s and Walmart"). */
const LIST_JOIN = /^(?:['’]s?)?\s*(?:,\s*(?:(?:and|or|&)\s+)?|(?:and|or|&)\s+)$/iu;

/** How far apart two names of a list stand at most (", and " with some white space). */
const JOIN_REACH = 12;

type Kind = Exclude<NameType, 'MISC'>;

const KIND_BIT: Readonly<Record<Kind, number>> = { PER: 1, ORG: 2, LOC: 4 };

function kindBit(type: NameType): number {
  return type === 'MISC' ? 0 : KIND_BIT[type];
}

/** Whether mentions `a` and `b` (a before b) stand next to each other in a list. */
function listed(text: string, a: NameMention, b: NameMention): boolean {
  return b.start > a.end && b.start - a.end <= JOIN_REACH && LIST_JOIN.test(text.slice(a.end, b.start));
}

/** How the article reads one one-word name: the kinds it gives it (bits) and how often each (PER, ORG, LOC). */
interface Readings {
  kinds: number;
  counts: [number, number, number];
}

const split = (bits: number): boolean => (bits & (bits - 1)) !== 0;

export function withCoordinatedNamesAgreeing(text: string, mentions: NameMention[]): NameMention[] {
  // One record per one-word name, and each mention's record kept by its index, so that the
  // second pass reads no map and no mention's fields but those of the few names read two ways.
  // Mentions come in many object shapes: each field is read once, into a local.
  const byWord = new Map<string, Readings>();
  const readings: (Readings | undefined)[] = new Array<Readings | undefined>(mentions.length);
  let anySplit = false;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const word = m.text;
    if (word.includes(' ')) continue;
    const bit = kindBit(m.type);
    let r = byWord.get(word);
    // A MISC mention gets its word's record too (kinds 0 until another mention reads it), so
    // that its neighbours see what the article reads the word as.
    if (r === undefined) byWord.set(word, (r = { kinds: 0, counts: [0, 0, 0] }));
    readings[i] = r;
    if (bit === 0) continue;
    r.kinds |= bit;
    r.counts[bit >> 1]++;
    if (split(r.kinds)) anySplit = true;
  }
  // No name is read two ways: nothing to agree.
  if (!anySplit) return mentions;
  let out: NameMention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const own = readings[i];
    if (own === undefined || !split(own.kinds)) continue;
    const m = mentions[i];
    const ownBit = kindBit(m.type);
    // The kind of the neighbours in a list, where they agree and are read one way in the article.
    let neighbours = 0;
    for (const j of [i - 1, i + 1]) {
      const n = mentions[j];
      if (!n || !(j < i ? listed(text, n, m) : listed(text, m, n))) continue;
      const bits = readings[j]?.kinds ?? kindBit(n.type);
      if (bits === 0 || split(bits)) {
        neighbours = -1;
        break;
      }
      neighbours |= bits;
    }
    if (neighbours <= 0 || split(neighbours) || neighbours === ownBit || (own.kinds & neighbours) === 0) continue;
    if (own.counts[neighbours >> 1] < own.counts[ownBit >> 1]) continue;
    out ??= mentions.slice();
    out[i] = { ...m, type: neighbours === 1 ? 'PER' : neighbours === 2 ? 'ORG' : 'LOC' };
  }
  return out ?? mentions;
}
