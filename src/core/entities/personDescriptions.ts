import type { Span } from '../types';
import { DESCRIBING_FORMS, HONORIFICS, endsDescription, roleNounOf } from './roleNouns';

// What an article says a person is, in its own words, for the hover: news style introduces
// people by a description before the name ("Democratic presidential nominee Hillary
// Clinton", "China's top diplomat Wang Yi", "Sen. Ted Cruz") or an appositive after it
// ("Kristen Day, executive director of Democrats for Life of America, said"). Only phrases
// that hold a word for a role count: "Clinton, Trump and Sanders" describes no one.

/** How far a description may reach, in words: longer runs are clauses, not descriptions. */
const MAX_BEFORE = 6;
const MAX_APPOSITIVE = 12;
/** A longer run of word characters is no word of a description (and is not read further). */
const MAX_WORD = 40;
/** The most descriptions worth showing for one person. */
export const MAX_DESCRIPTIONS = 3;

/** Words that end a description before a name: they belong to the clause around it. */
const CLAUSE_WORDS = new Set([
  'and', 'or', 'but', 'nor', 'with', 'for', 'by', 'to', 'from', 'than', 'as', 'at', 'on', 'in', 'into', 'onto', 'of', 'off',
  'about', 'against', 'like', 'unlike', 'between', 'among', 'after', 'before', 'since', 'until', 'during', 'over', 'under',
  'through', 'without', 'within', 'upon', 'via', 'per', 'that', 'this', 'these', 'those', 'the', 'a', 'an', 'when', 'while',
  'who', 'whom', 'whose', 'which', 'what', 'why', 'how', 'where', 'if', 'whether', 'because', 'so', 'not', 'also', 'even',
  'just', 'only', 'then', 'there', 'here', 'he', 'she', 'they', 'we', 'i', 'you', 'it', 'him', 'them', 'us', 'me',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would',
  'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'said', 'says', 'say', 'told', 'tells', 'asked', 'called',
]);
/** Lower-case words that stand before a capitalised title ("former President", "then-Sen."). */
const TITLE_MODIFIERS = new Set(['former', 'then', 'late', 'vice', 'deputy', 'interim', 'top', 'senior', 'fellow', 'his', 'her', 'their', 'its', 'ex']);

/** Words that show what follows the comma is a clause or a list, not an appositive. */
const NOT_APPOSITIVE = new Set(['who', 'whom', 'whose', 'which', 'said', 'says', 'told', 'and', 'but', 'or', 'added', 'according', 'he', 'she', 'they', 'it', 'is', 'was', 'has', 'had', 'will', 'would']);

export interface PersonDescription {
  text: string;
  start: number;
  end: number;
}

/** The distinct descriptions of the person named by `mentions`, in text order (the first `limit`). */
export function personDescriptions(text: string, mentions: readonly Span[], limit = MAX_DESCRIPTIONS): PersonDescription[] {
  const out: PersonDescription[] = [];
  const seen = new Set<string>();
  const sorted = [...mentions].sort((x, y) => x.start - y.start);
  for (const m of sorted) {
    for (const d of [descriptionBefore(text, m.start), appositiveAfter(text, m.end)]) {
      if (!d) continue;
      const key = d.text.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(d);
      if (out.length >= limit) return out;
    }
  }
  return out;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** "Democratic presidential nominee" before "Hillary Clinton": words back to the clause's edge, the nearest a role. */
function descriptionBefore(text: string, at: number): PersonDescription | null {
  const words: Word[] = [];
  let i = at;
  while (words.length < MAX_BEFORE) {
    let end = i;
    while (end > 0 && isSpace(text[end - 1])) end--;
    if (end === i) break; // glued to what precedes: punctuation, or the text's start
    let start = end;
    while (start > 0 && end - start <= MAX_WORD && isWordChar(text[start - 1])) start--;
    if (end - start > MAX_WORD) break;
    // Punctuation before the space ("law firm, Loretta Lynch") or glued to the word ends it.
    if (start === end || (start > 0 && !isSpace(text[start - 1]) && text[start - 1] !== '\n')) break;
    const word = text.slice(start, end);
    // "the senator. Smith added": a full stop after a word longer than an abbreviation ends a sentence.
    if (word.endsWith('.') && word.length > 5 && word.indexOf('.') === word.length - 1) break;
    const lower = word.toLowerCase();
    if (CLAUSE_WORDS.has(lower)) break;
    // A verb or an adverb ("grilled Wells Fargo CEO", "are slamming nominee") belongs to the clause.
    if (lower === word && endsDescription(word)) break;
    // The word before the name is the description's head: a role ("nominee", "Sen.").
    if (words.length === 0 && !roleNounOf(word)) return null;
    words.unshift({ text: word, start, end });
    i = start;
  }
  // A lower-case word before a capitalised one is the clause's verb ("admires Russian
  // President", "hold Clinton tech aide"), unless it is a word that modifies titles.
  for (let j = words.length - 2; j >= 0; j--) {
    const w = words[j].text;
    if (w === w.toLowerCase() && startsUpper(words[j + 1].text) && !TITLE_MODIFIERS.has(w) && !DESCRIBING_FORMS.has(w) && !roleNounOf(w)) {
      words.splice(0, j + 1);
      break;
    }
  }
  if (!words.some((w) => isRole(w.text))) return null;
  const first = words[0];
  const last = words[words.length - 1];
  return { text: text.slice(first.start, last.end), start: first.start, end: last.end };
}

/** ", the Vermont senator," after a name: up to the next comma or full stop, holding a role. */
function appositiveAfter(text: string, at: number): PersonDescription | null {
  if (text[at] !== ',' || !isSpace(text[at + 1] ?? '')) return null;
  const start = at + 2;
  let role = false;
  let i = start;
  for (let words = 0; words < MAX_APPOSITIVE; words++) {
    let end = i;
    while (end < text.length && end - i <= MAX_WORD && isWordChar(text[end])) end++;
    if (end === i || end - i > MAX_WORD) return null;
    let word = text.slice(i, end);
    // A full stop after a word that is no abbreviation ("U.S.", "Sen.") ends the sentence.
    const stop = word.endsWith('.') && word.length > 5 && word.indexOf('.') === word.length - 1;
    if (stop) word = word.slice(0, -1);
    const lower = word.toLowerCase();
    if (NOT_APPOSITIVE.has(lower) && !(words > 0 && lower === 'and')) return null;
    role = role || isRole(word);
    const wordEnd = i + word.length;
    if (stop || text[end] === ',' || text[end] === ';') return role ? { text: text.slice(start, wordEnd), start, end: wordEnd } : null;
    if (!isSpace(text[end] ?? '')) return null;
    i = end + 1;
  }
  return null;
}

function isRole(word: string): boolean {
  const role = roleNounOf(word);
  return role !== null && !HONORIFICS.has(role);
}

function startsUpper(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\u00a0';
}

function isWordChar(c: string): boolean {
  return /[\p{L}\p{M}\p{N}'’.&-]/u.test(c);
}
