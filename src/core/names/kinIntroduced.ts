import type { Generation, NameMention } from './nameMention';

/** Nouns of kinship news writes before a relative's name: "her son, Tom Hollis", "his wife Ann". */
const KIN_NOUNS = [
  'wife', 'husband', 'son', 'daughter', 'father', 'mother', 'brother', 'sister', 'widow', 'widower', 'stepson', 'stepdaughter',
  'stepfather', 'stepmother', 'nephew', 'niece', 'grandson', 'granddaughter', 'grandfather', 'grandmother', 'cousin', 'uncle',
  'aunt', 'partner', 'fiancé', 'fiancée', 'fiance', 'fiancee', 'girlfriend', 'boyfriend', 'mum', 'mom', 'dad',
];

const KIN_NOUN_SET = new Set(KIN_NOUNS);

/** A noun of kinship (lower case): "wife", "son", "niece". */
export function isKinNoun(word: string): boolean {
  return KIN_NOUN_SET.has(word);
}

/** KIN_NOUNS by length: the word before a name is compared in place first (no string made for it). */
const KIN_NOUNS_BY_LENGTH: ReadonlyMap<number, readonly string[]> = (() => {
  const map = new Map<number, string[]>();
  for (const noun of KIN_NOUNS) map.set(noun.length, [...(map.get(noun.length) ?? []), noun]);
  return map;
})();

/** An owner's word, maybe an age or a word of age or death, then a noun of kinship, then the name: "their 14-year-old granddaughter, ". */
const KIN_BEFORE = new RegExp(String.raw`\b(?:his|her|their|my|our|whose)\s+(?:(?:\d{1,3}-year-old|eldest|youngest|elder|older|younger|late|only|twin|baby|infant|teenage|estranged|former)\s+)?(?:${KIN_NOUNS.join('|')})\s*,?\s*$`, 'iu');

/** How far back KIN_BEFORE can start: "their 14-year-old granddaughter, " is among the longest. */
const KIN_REACH = 40;

/**
 * The words right before offset `at` name someone's relative: "her son, ", "his late wife ",
 * "their 14-year-old granddaughter, ". Asked of names on every keystroke: the noun right before
 * is compared in place first, and the pattern read only after one.
 */
export function kinBefore(text: string, at: number): boolean {
  return kinNounBefore(text, at) && KIN_BEFORE.test(text.slice(Math.max(0, at - KIN_REACH), at));
}

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
    if (m.type !== 'PER' || m.kin || m.generation) continue;
    // "the younger Hale", "the elder Hale": which of two bearers of the surname.
    const bare = m.text.includes(' ') ? null : generationOfBareName(text, m.start);
    if (bare) {
      out ??= mentions.slice();
      out[i] = { ...m, generation: bare };
      continue;
    }
    if (!m.text.includes(' ') || !kinBefore(text, m.start)) continue;
    out ??= mentions.slice();
    const generation = generationOfKin(text, m.start);
    out[i] = generation ? { ...m, kin: true, generation } : { ...m, kin: true };
  }
  return out ?? mentions;
}

/** "the younger ", "the elder ", "the older " right before a name. */
const GENERATION_BEFORE = /\bthe\s+(younger|elder|older)\s+$/iu;

function generationOfBareName(text: string, at: number): Generation | null {
  const word = GENERATION_BEFORE.exec(text.slice(Math.max(0, at - 16), at))?.[1];
  return word === undefined ? null : word.toLowerCase() === 'younger' ? 'younger' : 'elder';
}

/** Relatives of a later generation than the one whose they are ("his son"), and of an earlier one ("her father"). */
const YOUNGER_KIN = new Set(['son', 'daughter', 'stepson', 'stepdaughter', 'grandson', 'granddaughter', 'nephew', 'niece']);
const ELDER_KIN = new Set(['father', 'mother', 'stepfather', 'stepmother', 'grandfather', 'grandmother', 'uncle', 'aunt', 'dad', 'mum', 'mom']);
/** The kin noun right before a name, and a word of age before it: "his younger brother, ", "her son ". */
const KIN_WORDS_BEFORE = /(?:\b(younger|youngest|elder|eldest|older|oldest)\s+)?(\p{L}+)\s*,?\s*$/u;

/**
 * Whether the relative named at `at` is of a later generation than the one whose relative
 * they are ("his son, Nathan Hale") or of an earlier one ("her father Tom Hale"), or a
 * sibling older or younger ("his younger brother, Sam Hale"); null where the words say neither.
 */
function generationOfKin(text: string, at: number): Generation | null {
  const words = KIN_WORDS_BEFORE.exec(text.slice(Math.max(0, at - KIN_REACH), at));
  if (!words) return null;
  const noun = words[2].toLowerCase();
  if (YOUNGER_KIN.has(noun)) return 'younger';
  if (ELDER_KIN.has(noun)) return 'elder';
  const age = words[1]?.toLowerCase();
  if (age === undefined) return null;
  return age.startsWith('young') ? 'younger' : 'elder';
}

/** A noun of kinship ends right before offset `at`, past spaces and a comma ("her son, Tom Hollis"), in any case. */
function kinNounBefore(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && end > at - 4 && (text.charCodeAt(end - 1) === 44 || isSpaceAt(text, end - 1))) end--;
  let start = end;
  for (let c = text.charCodeAt(start - 1) | 0x20; start > 0 && end - start < 14 && ((c >= 97 && c <= 122) || c === 0xe9); c = text.charCodeAt(start - 1) | 0x20) start--;
  const candidates = KIN_NOUNS_BY_LENGTH.get(end - start);
  if (candidates === undefined) return false;
  for (const noun of candidates) if (sameLetters(text, start, noun)) return true;
  return false;
}

/**
 * /\s/u at `i`: asked before every full name on every keystroke, so an ASCII character is
 * looked at as a number (tab to carriage return, space) and the pattern read only past ASCII.
 */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/u.test(text.charAt(i));
}

/** `noun` (lower case) is written at `start`, in any case. */
function sameLetters(text: string, start: number, noun: string): boolean {
  for (let i = 0; i < noun.length; i++) if ((text.charCodeAt(start + i) | 0x20) !== noun.charCodeAt(i)) return false;
  return true;
}
