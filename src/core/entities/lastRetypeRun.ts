import type { NameMention } from '../names/nameMention';
import { articleWordsOf, reachOf, retypeEach, retypedOne, type ArticleWords, type TextReads, type Retyping, type WordCounts, type WordLookup, type WordLookups } from './mentionTypes';
import { FIELDS, rowsOf, sameTextAround, type MentionRows } from './mentionFields';

// An edit inside a name changes what the grouping reads (groupingPlan.ts), so the mentions are
// retyped afresh, and retyping a long article mention by mention cost more than half of that
// keystroke's grouping. Yet one mention's retyping (retypedOne) reads only the mention, the
// one after it where it follows within two characters, the text from its title to at most
// READ_AFTER characters past it (mentionFields.ts: how far it says), and a few words of the article's (articleWordsOf): those it asks about.
// So the last version's retypings are kept with the words each asked. The mentions of the two
// versions are paired from both ends while they read the same, and a paired mention with the
// same text around it takes back its retyping where none of the words it asked about changed:
// the article's words are gathered afresh each time (one pass) and compared with the last version's.

/** The article's words, in the order the asked words name them by. */
const WORD_FIELDS = [
  'surnames', 'nameWords', 'firms', 'untitled', 'organizationWords', 'placeWords', 'personWords', 'fullNameWords', 'bare', 'storms', 'particleSurnames', 'longNameWords',
] as const satisfies ReadonlyArray<keyof ArticleWords>;

interface Kept {
  /** The retyping, its offsets relative to the start of the mention it was made from; null where the mention is no name. */
  retyping: Retyping | null;
  /** The retyping's mention is the mention itself, unchanged. */
  same: boolean;
  /** The words asked, as pairs: the index of the field in WORD_FIELDS, the word. */
  asked: Array<number | string>;
  /** How many characters past the mention's end the retyping read (reachOf). */
  reach: number;
}

interface RetypeRun {
  text: string;
  rows: MentionRows;
  words: ArticleWords;
  /** Per mention. */
  kept: Kept[];
}

/** The retypings of the last version, for the next to take back. `hits` counts those taken back on the last call, `computed` those made. */
export class LastRetyping {
  private last: RetypeRun | null = null;
  hits = 0;
  computed = 0;

  /**
   * retypeMentions(mentions, sources, text, reach), taking back the retypings of the last version that still hold.
   * `rows`, the mentions' rows with their paragraphs (groupingPlan.ts), spares reading them again.
   */
  retype(mentions: readonly NameMention[], sources: number[] | undefined, text: string, reach?: Uint8Array, rows: MentionRows = rowsOf(mentions)): NameMention[] {
    const words = articleWordsOf(mentions);
    const kept: Array<Kept | undefined> = new Array(mentions.length);
    this.hits = 0;
    const { last } = this;
    const changed = last === null ? null : changedWords(last.words, words);
    if (last !== null && changed !== null) this.hits = takeBack(last, rows, text, changed, kept);
    const asked: Array<number | string> = [];
    const watched = watching(words, asked);
    const reads: TextReads = { to: 0 };
    const out = retypeEach(mentions, words.firms, (i) => {
      const m = mentions[i];
      let k = kept[i];
      if (k === undefined) {
        asked.length = 0;
        reads.to = 0;
        const r = retypedOne(mentions, i, watched, text, reads);
        k = keptOf(r, m, asked.slice(), reachOf(mentions, i, reads));
        kept[i] = k;
      }
      if (reach) reach[i] = k.reach;
      return placed(k, m);
    }, sources, text);
    this.computed = mentions.length - this.hits;
    this.last = { text, rows, words, kept: kept as Kept[] };
    return out;
  }
}

/**
 * Puts into `kept` the last version's retypings of the mentions paired from both ends that
 * read the same text around them and asked no word that `changed`; says how many. The last
 * version may be several edits back (an edit that changes no name reuses a whole grouping:
 * groupingPlan.ts), so the pairs are compared by what the mentions read, not where they stand;
 * the text around a mention at the same offset of a paragraph with the same number, inside it,
 * is the same text (paragraphIds.ts), and only the others' is compared.
 */
function takeBack(last: RetypeRun, now: MentionRows, text: string, changed: ReadonlyArray<ReadonlySet<string>>, kept: Array<Kept | undefined>): number {
  const old = last.rows;
  const oldLength = old.texts.length;
  const nowLength = now.texts.length;
  const shorter = Math.min(oldLength, nowLength);
  let taken = 0;
  const take = (i: number, j: number): void => {
    const a = i * FIELDS;
    const b = j * FIELDS;
    const inPlace = old.numbers[a] >= 0 && old.numbers[a] === now.numbers[b] && old.numbers[a + 1] === now.numbers[b + 1] && old.inside[i] === 1 && now.inside[j] === 1;
    if (!inPlace && !sameTextAround(last.text, old.starts[i], text, now.starts[j], old.numbers[a + 2], old.titles[i], last.kept[i].reach)) return;
    if (!stillHolds(last.kept[i].asked, changed)) return;
    kept[j] = last.kept[i];
    taken++;
  };
  let before = 0;
  for (; before < shorter && sameReading(old, before, now, before); before++) take(before, before);
  for (let after = 0; after < shorter - before; after++) {
    const i = oldLength - 1 - after;
    const j = nowLength - 1 - after;
    if (!sameReading(old, i, now, j)) break;
    take(i, j);
  }
  return taken;
}

/**
 * Mention `i` of `old` and mention `j` of `now` read the same, and so do the mentions after
 * them as far as retypedOne reads them (one that follows within two characters).
 */
function sameReading(old: MentionRows, i: number, now: MentionRows, j: number): boolean {
  const a = i * FIELDS;
  const b = j * FIELDS;
  const x = old.numbers;
  const y = now.numbers;
  // The flags compared whole: whether the next mention follows after two characters is settled below too.
  if (x[a + 2] !== y[b + 2] || x[a + 3] !== y[b + 3] || x[a + 4] !== y[b + 4] || old.texts[i] !== now.texts[j] || old.titles[i] !== now.titles[j] || old.bodies[i] !== now.bodies[j]) return false;
  // How far the next mention starts from this one's start.
  const c = i + 1 < old.texts.length ? old.starts[i + 1] - old.starts[i] : Infinity;
  const d = j + 1 < now.texts.length ? now.starts[j + 1] - now.starts[j] : Infinity;
  const near = c <= x[a + 2] + 2;
  if (near !== d <= y[b + 2] + 2) return false;
  return !near || (c === d && x[a + FIELDS + 3] === y[b + FIELDS + 3] && old.texts[i + 1] === now.texts[j + 1]);
}

function keptOf(r: Retyping | null, m: NameMention, asked: Array<number | string>, reach: number): Kept {
  if (r === null) return { retyping: null, same: false, asked, reach };
  if (r.mention === m) return { retyping: r, same: true, asked, reach };
  return { retyping: { ...r, mention: { ...r.mention, start: r.mention.start - m.start, end: r.mention.end - m.start } }, same: false, asked, reach };
}

/** The kept retyping placed at mention `m`. */
function placed(k: Kept, m: NameMention): Retyping | null {
  const r = k.retyping;
  if (r === null) return null;
  if (k.same) return { mention: m, final: r.final, readAs: r.readAs };
  return { mention: { ...r.mention, start: m.start + r.mention.start, end: m.start + r.mention.end }, final: r.final, readAs: r.readAs };
}

function stillHolds(asked: ReadonlyArray<number | string>, changed: ReadonlyArray<ReadonlySet<string>>): boolean {
  for (let a = 0; a < asked.length; a += 2) if (changed[asked[a] as number].has(asked[a + 1] as string)) return false;
  return true;
}

/**
 * Per field of WORD_FIELDS, the words whose answer differs between the two versions (in one
 * and not the other, or counted differently); null where a field is absent in one version
 * and not in the other, which the rules test before asking any word (nothing kept holds).
 */
function changedWords(was: ArticleWords, now: ArticleWords): Array<Set<string>> | null {
  const changed: Array<Set<string>> = [];
  for (const field of WORD_FIELDS) {
    const a = was[field];
    const b = now[field];
    if ((a === null) !== (b === null)) return null;
    const diff = new Set<string>();
    if (a !== null && b !== null) {
      if (a instanceof Map && b instanceof Map) {
        for (const [word, n] of a) if (b.get(word) !== n) diff.add(word);
        for (const word of b.keys()) if (!a.has(word)) diff.add(word);
      } else {
        for (const word of a.keys()) if (!b.has(word)) diff.add(word);
        for (const word of b.keys()) if (!a.has(word)) diff.add(word);
      }
    }
    changed.push(diff);
  }
  return changed;
}

/** The article's words, each word asked of them written to `asked` (as changedWords names it). */
function watching(words: ArticleWords, asked: Array<number | string>): WordLookups {
  const set = (index: number, s: ReadonlySet<string> | null): WordLookup | null =>
    s === null ? null : { has: (word) => (asked.push(index, word), s.has(word)) };
  const counts = (index: number, c: ReadonlyMap<string, number> | null): WordCounts | null =>
    c === null ? null : { get: (word) => (asked.push(index, word), c.get(word)) };
  const at = (field: (typeof WORD_FIELDS)[number]): number => WORD_FIELDS.indexOf(field);
  return {
    surnames: set(at('surnames'), words.surnames)!,
    nameWords: set(at('nameWords'), words.nameWords)!,
    firms: set(at('firms'), words.firms),
    untitled: set(at('untitled'), words.untitled),
    organizationWords: counts(at('organizationWords'), words.organizationWords),
    placeWords: counts(at('placeWords'), words.placeWords),
    personWords: set(at('personWords'), words.personWords),
    fullNameWords: set(at('fullNameWords'), words.fullNameWords),
    bare: counts(at('bare'), words.bare),
    storms: set(at('storms'), words.storms),
    particleSurnames: set(at('particleSurnames'), words.particleSurnames),
    longNameWords: set(at('longNameWords'), words.longNameWords),
  };
}
