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

export function withCoordinatedNamesAgreeing(text: string, mentions: NameMention[]): NameMention[] {
  // The kinds the article gives each one-word name, and how often it gives each (PER, ORG, LOC).
  let kinds: Map<string, number> | undefined;
  let counts: Map<string, [number, number, number]> | undefined;
  for (const m of mentions) {
    const bit = kindBit(m.type);
    if (m.text.includes(' ') || bit === 0) continue;
    kinds ??= new Map();
    counts ??= new Map();
    kinds.set(m.text, (kinds.get(m.text) ?? 0) | bit);
    let c = counts.get(m.text);
    if (!c) counts.set(m.text, (c = [0, 0, 0]));
    c[bit >> 1]++;
  }
  if (!kinds || !counts) return mentions;
  const split = (bits: number): boolean => (bits & (bits - 1)) !== 0;
  let out: NameMention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const own = kinds.get(m.text);
    if (own === undefined || !split(own)) continue;
    // The kind of the neighbours in a list, where they agree and are read one way in the article.
    let neighbours = 0;
    for (const j of [i - 1, i + 1]) {
      const n = mentions[j];
      if (!n || !(j < i ? listed(text, n, m) : listed(text, m, n))) continue;
      const bits = n.text.includes(' ') ? kindBit(n.type) : (kinds.get(n.text) ?? 0);
      if (bits === 0 || split(bits)) {
        neighbours = -1;
        break;
      }
      neighbours |= bits;
    }
    if (neighbours <= 0 || split(neighbours) || neighbours === kindBit(m.type) || (own & neighbours) === 0) continue;
    const c = counts.get(m.text)!;
    if (c[neighbours >> 1] < c[kindBit(m.type) >> 1]) continue;
    out ??= mentions.slice();
    out[i] = { ...m, type: neighbours === 1 ? 'PER' : neighbours === 2 ? 'ORG' : 'LOC' };
  }
  return out ?? mentions;
}
