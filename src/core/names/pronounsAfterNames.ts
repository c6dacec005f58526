import type { NameMention } from './nameMention';

// "Donald Trump" and "Melania Trump" in one article, then "Trump said he would release the
// returns": the pronoun the sentence goes on with says which of the two the bare surname is.
// Marks each one-word person mention standing as its clause's subject with the gender of the
// first pronoun of the third person after it in its sentence, for the person grouper to choose
// among people who share the surname (never to turn the only bearer away).

/**
 * Pronouns that refer back to the subject, lower case: "he", "she" and the reflexives. Not "his",
 * "her" or "him", which as often stand for someone else the sentence or the one before names
 * ("Clinton advisers say any efforts to muscle him out could backfire, angering his supporters").
 */
const PRONOUNS: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['he', 'male'], ['himself', 'male'],
  ['she', 'female'], ['herself', 'female'],
]);

/** Words after which a name opens a clause as its subject: "that Trump", "while Clinton". */
const CLAUSE_OPENERS = new Set(['that', 'and', 'but', 'while', 'when', 'because', 'as', 'if', 'after', 'before', 'since', 'though', 'although', 'until', 'so', 'where', 'whether', 'then', 'yet', 'or', 'once', 'unless']);

/** A clause's opening before a name: the text's start, a sentence's end, a comma, a dash, a bracket or an opening quotation mark, then blanks. */
const OPENING_BEFORE = /(?:^|[.!?;:,(\n—–"“‘])["“‘']?\s*$/u;

/** The word right before a name, then blanks. */
const WORD_BEFORE = /(\p{L}+)\s+$/u;

/** How far after the name a pronoun is looked for: about a sentence's length. */
const REACH = 200;

/** Characters that end the look: a sentence's end, a paragraph's, a quotation's edge (the words on the other side are someone else's: "''Trump has smeared women,'' she wrote"). */
const STOPS = new Set(['.', '!', '?', ';', '\n', '"', '“', '”', '‘', '(']);

/** A sentence's or a paragraph's end between two names. */
const SENTENCE_END = /[.!?]["”’']?\s|\n/u;

/**
 * The mentions, each one-word person mention with no title that opens its clause (after the
 * sentence's start, a comma or a word such as "that" or "while"; no other person named before
 * it in its sentence) marked with the gender of the first PRONOUNS word after it, before its
 * sentence, a quotation's edge or another name ends the look.
 */
export function withPronounsMarked(text: string, mentions: NameMention[]): NameMention[] {
  let out: NameMention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.type !== 'PER' || m.title !== undefined || m.pronoun !== undefined || m.text.includes(' ') || !opensClause(text, m.start)) continue;
    // "Sanders, who on Tuesday endorsed Clinton, said he agrees": after another person's name in the sentence, the pronoun is often theirs.
    if (personBeforeInSentence(text, mentions, i)) continue;
    const limit = Math.min(text.length, m.end + REACH, i + 1 < mentions.length ? mentions[i + 1].start : text.length);
    const gender = pronounAfter(text, m.end, limit);
    if (gender === null) continue;
    out ??= mentions.slice();
    out[i] = { ...m, pronoun: gender };
  }
  return out ?? mentions;
}

/** The name at `start` opens its clause: OPENING_BEFORE, or a CLAUSE_OPENERS word, right before it. */
function opensClause(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  if (OPENING_BEFORE.test(before)) return true;
  const word = WORD_BEFORE.exec(before)?.[1];
  return word !== undefined && CLAUSE_OPENERS.has(word.toLowerCase());
}

/** How far back a person named earlier in the sentence is looked for (a long sentence's length; the look stays linear over a text without full stops). */
const BACK_REACH = 400;

/** A person mention before mention `i` in its sentence (no SENTENCE_END between them), within BACK_REACH characters. */
function personBeforeInSentence(text: string, mentions: readonly NameMention[], i: number): boolean {
  for (let j = i - 1; j >= 0 && mentions[i].start - mentions[j].end <= BACK_REACH; j--) {
    if (SENTENCE_END.test(text.slice(mentions[j].end, mentions[j + 1].start))) return false;
    if (mentions[j].type === 'PER') return true;
  }
  return false;
}

/** The gender of the first PRONOUNS word in text [from, limit), before a STOPS character or two apostrophes; else null. */
function pronounAfter(text: string, from: number, limit: number): 'male' | 'female' | null {
  let word = -1;
  for (let k = from; k <= limit; k++) {
    const c = k < limit ? text[k] : ' ';
    const letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (letter) {
      if (word < 0) word = k;
      continue;
    }
    if (word >= 0 && c !== '\'' && c !== '’' && c !== '-' && k - word <= 7) {
      const gender = PRONOUNS.get(text.slice(word, k).toLowerCase());
      if (gender !== undefined) return gender;
    }
    word = -1;
    // "Mr." or "U.S." inside the sentence: a full stop ends it only before a blank.
    if (STOPS.has(c) && !(c === '.' && k + 1 < limit && text[k + 1] !== ' ' && text[k + 1] !== '\n')) return null;
    if (c === '\'' && text[k + 1] === '\'') return null;
  }
  return null;
}
