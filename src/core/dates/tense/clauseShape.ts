import { words } from './clauseWords';
import { isPastForm } from './pastForms';
import { SAME_IN_PAST, SCHEDULED, tenseOfWord } from './wordTense';

// The shape of the clause around a date, which changes what its verb says: the date as the
// clause's subject or the copula's predicate, a condition, a relative clause set off by commas, a
// date that qualifies a noun, a listing's label.

/** Words that may open a subject before a date. */
const SUBJECT_OPENING = new Set(['the', 'this', 'next', 'coming']);
/** Whether the date opens its clause (after "and", "but" or a comma), as its subject: `before` runs from the date back. */
export function isClauseSubject(before: readonly string[]): boolean {
  let j = 0;
  while (SUBJECT_OPENING.has(before[j] ?? '')) j++;
  return before[j] === undefined || before[j] === 'and' || before[j] === 'but' || before[j] === ',';
}

/**
 * "Wycombe, who had won seven in a row since early October, face Barnsley on Friday": a relative
 * clause set off by commas before the date describes the subject; its verbs do not date the
 * date's clause, so it is left out of what is read before the date.
 */
const RELATIVE_ASIDE = /,\s*(?:who|which|whose)\b[^,;:.!?()"“”]*,/g;

/** Verbs of a fixture in the plural present (FIXTURE), which tenseOfWord reads as no tense. */
const FIXTURE_VERB = new Set(['face', 'host', 'play', 'visit', 'travel', 'meet', 'take', 'open', 'begin', 'start', 'resume']);

/**
 * Only where the comma that closes the clause is followed by the subject's verb ("..., face
 * Barnsley", "..., rose again"): "James Taylor, who stepped down as chairman, president and chief
 * executive in March" goes on with a list, and its "who" clause holds the date.
 */
export function withoutRelativeClauses(lead: string): string {
  if (!lead.includes(',')) return lead;
  return lead.replace(RELATIVE_ASIDE, (aside: string, at: number) => {
    const [w, next] = words(lead.slice(at + aside.length, at + aside.length + 40));
    if (w === undefined) return aside;
    // "The company, whose year ends in January, cut its guidance": a verb whose past is its bare form, too.
    return FIXTURE_VERB.has(w) || SCHEDULED.has(w) || SAME_IN_PAST.has(w) || tenseOfWord(w, undefined, undefined, next) !== null ? ' ' : aside;
  });
}

/** How far before a date its line may start for the date to head the line's entry (a bullet and a short label). */
const ENTRY_LEAD = 48;

/**
 * "Christmas Eve: 9am-4pm" or "Monday: closed" on a line of its own, as in a listing of
 * opening hours or a timetable: a date that labels a line, or the first thing after the
 * colon of a label of up to three words, belongs to no verb ("closed" there is no past
 * tense), so it is the nearest such day.
 */
export function isListingEntry(text: string, start: number, end: number): boolean {
  const lead = text.slice(Math.max(0, start - ENTRY_LEAD), start);
  const lineStart = lead.lastIndexOf('\n');
  if (lineStart < 0 && start > ENTRY_LEAD) return false;
  const line = lead.slice(lineStart + 1);
  if (/^[ \t\-*•–]*$/.test(line)) return /^:[ \t]/.test(text.slice(end, end + 2));
  // A label of a few words ("Opening hours:", "Kick-off:"), not a sentence ending in a colon ("It was no idle worry: soon ...").
  return /^[ \t\-*•–]*[\p{Lu}\d][^\s:.!?]*(?:[ \t]+[^\s:.!?]+){0,2}:[ \t]+$/u.test(line);
}

/** Between a copula and the date it predicates: "is on Tuesday", "is open Saturday", "are closed until Monday", "is available on Friday". */
const AFTER_COPULA = new Set(['on', 'at', 'open', 'closed', 'available', 'again', 'until', 'till', 'from']);

/** The words before the date (nearest first) are a present "is" or "are" and at most two of AFTER_COPULA. */
export function isCopulaPredicate(before: readonly string[]): boolean {
  for (let i = 0; i < before.length && i <= 2; i++) {
    const w = before[i];
    if (w === 'is' || w === 'are' || w === "'re") return i + 1 >= before.length || !WH_BEFORE_COPULA.has(before[i + 1]);
    if (!AFTER_COPULA.has(w)) return false;
  }
  return false;
}

/** "what is on Monday's agenda" is no timetable of the subject's, nor "which is Friday's". */
const WH_BEFORE_COPULA = new Set(['what', 'which', 'that']);

/** How many words back the "if" of a condition may stand. */
const CONDITION_REACH = 12;

/**
 * Whether the clause before the date (back to a comma) opens with "if" or "unless", with
 * no past form in between ("even if he managed to split delegates in Tuesday's contests"
 * is about a past day).
 */
export function inCondition(before: readonly string[]): boolean {
  for (let i = 0; i < before.length && i < CONDITION_REACH; i++) {
    const w = before[i];
    if (w === ',' || isPastForm(w)) return false;
    if (w === 'if' || w === 'unless') return true;
  }
  return false;
}

/** "Thursday night's debate", "his Tuesday wins": a date that qualifies a noun dates that thing, not the clause's verb. */
export function isAttribute(text: string, start: number, end: number): boolean {
  return /^['’]s\b/.test(text.slice(end, end + 3)) || /\b(?:his|her|their|its|our|my|your)\s+$/i.test(text.slice(Math.max(0, start - 8), start));
}
