import type { NameMention } from './nameMention';

/**
 * The nouns of kinship KIN_BEFORE ends in, by length: the word before a name is compared in
 * place first (no string made for it: this runs over every full name on every keystroke), and
 * the pattern read only after one.
 */
const KIN_NOUNS_BY_LENGTH: ReadonlyMap<number, readonly string[]> = (() => {
  const map = new Map<number, string[]>();
  for (const noun of ['wife', 'husband', 'son', 'daughter', 'father', 'mother', 'brother', 'sister', 'widow', 'widower', 'stepson', 'stepdaughter', 'stepfather', 'stepmother', 'nephew', 'niece', 'grandson', 'granddaughter', 'grandfather', 'grandmother', 'cousin', 'uncle', 'aunt', 'partner', 'fiancé', 'fiancée']) {
    map.set(noun.length, [...(map.get(noun.length) ?? []), noun]);
  }
  return map;
})();

/** Nouns of kinship after "his", "her", "their" or "whose", an adjective of age or death allowed between. */
const KIN_BEFORE = /\b(?:his|her|their|whose)\s+(?:(?:late|younger|elder|older|eldest|youngest|twin|estranged|former)\s+)?(?:wife|husband|son|daughter|father|mother|brother|sister|widow|widower|stepson|stepdaughter|stepfather|stepmother|nephew|niece|grandson|granddaughter|grandfather|grandmother|cousin|uncle|aunt|partner|fiancée?)\s*,?\s*$/iu;

/**
 * "Dame Karen Hollis … Her family said … her son, Tom Hollis, said. … Hollis took up rowing":
 * news calls the relative who shares a surname by the full name or the given name; the bare
 * surname stays with the one the story is about. Marks a full name introduced as someone's
 * relative (`kin`), for the person grouper. A look at the few words before each full name.
 */
export function withKinMarked(text: string, mentions: NameMention[]): NameMention[] {
  let out: NameMention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.type !== 'PER' || m.kin || !m.text.includes(' ') || !kinNounBefore(text, m.start) || !KIN_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) continue;
    out ??= mentions.slice();
    out[i] = { ...m, kin: true };
  }
  return out ?? mentions;
}

/** A noun of kinship ends right before offset `at`, past spaces and a comma ("her son, Tom Hollis"), in any case. */
function kinNounBefore(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && end > at - 4 && (text.charCodeAt(end - 1) === 44 || /\s/u.test(text.charAt(end - 1)))) end--;
  let start = end;
  for (let c = text.charCodeAt(start - 1) | 0x20; start > 0 && end - start < 14 && ((c >= 97 && c <= 122) || c === 0xe9); c = text.charCodeAt(start - 1) | 0x20) start--;
  const candidates = KIN_NOUNS_BY_LENGTH.get(end - start);
  if (candidates === undefined) return false;
  for (const noun of candidates) if (sameLetters(text, start, noun)) return true;
  return false;
}

/** `noun` (lower case) is written at `start`, in any case. */
function sameLetters(text: string, start: number, noun: string): boolean {
  for (let i = 0; i < noun.length; i++) if ((text.charCodeAt(start + i) | 0x20) !== noun.charCodeAt(i)) return false;
  return true;
}
