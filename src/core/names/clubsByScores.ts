import { LOC, PER, type MentionRetypes } from './mentionRetypes';
import { isKnownPlace, namesCountryOrRegion } from '../places/gazetteer';
import { isAsciiDigit } from '../text/tokenizer';

// Sport copy names a club by its town with a score beside it: "beat Chelsea 3-1", "lost 2-0
// to Fulham", "drew 1-1 with Brighton" (a result's verb before the name, or a score before "to"). The tagger reads such a name as the town or, for a
// town that is a given name too, as a person. Beside a score, it is the club.

/** A score right after a name: " 3-1", " 2–0" (not "6-4, 6-3" of tennis: a comma follows, nor electoral votes: three digits). */
const SCORE_AFTER = /^ \d{1,2}[-–]\d{1,2}(?![\d,])/u;

/**
 * A result's verb right before a name followed by a score, maybe with one word between ("beat
 * undefeated Clemson 45-40"): not "in Salzburg 3-2" (where a match was played), not "3. Pelham
 * 10-1" (a horse at its odds).
 */
const RESULT_BEFORE = /\b(?:beat|beats|beating|defeated|defeats|edged|edges|thrashed|thrash|routed|downed|stunned|upset|hammered|drew with|draws with|lost to|loses to|against|over)(?: \p{Ll}+)? $/u;

/** Both numbers of the score in `text` are 15 or less, as in football, hockey or baseball. */
function isLowScore(text: string): boolean {
  const score = /(\d{1,2})[-–](\d{1,2})/u.exec(text);
  return score !== null && Number(score[1]) <= 15 && Number(score[2]) <= 15;
}

/** A drawn match's score before a name: "drew 2-2 with ", "a 1-1 draw with " (same numbers both sides). */
const DRAW_BEFORE = /\b(?:dr[ae]w|draws|drawing) (\d{1,2})[-–]\1 with $/u;

/** A score, then "to", "against" or "with", right before a name: "lost 2-0 to ", "drew 1-1 with ". */
const SCORE_BEFORE = /\b\d{1,2}[-–]\d{1,2} (?:to|against|with) $/u;

/**
 * One-word place mentions, and person mentions of a place the gazetteer knows ("Chelsea"), with
 * a score beside them are organizations (a player beaten 6-4 in tennis is named after no place);
 * not a country's or a region's name: news, as CoNLL, names a national side by its country's
 * ("Ireland beat England 27-22").
 */
export function clubsBesideScores(text: string, mentions: MentionRetypes): void {
  const { longer, oneWord, starts, ends, texts } = mentions;
  // Only teams draw: "drew 2-2 with Aston Villa" is a club whatever its words, where "beat
  // Jannik Sinner 6-4" is a player.
  for (let k = 0; k < longer.length; k++) {
    const i = longer[k];
    const start = starts[i];
    if (mentions.type(i) === PER && !mentions.hasTitle(i) && isAsciiDigit(text.charCodeAt(start - 7)) && DRAW_BEFORE.test(text.slice(Math.max(0, start - 24), start))) mentions.retype(i, 'ORG');
  }
  for (let k = 0; k < oneWord.length; k++) {
    const i = oneWord[k];
    const start = starts[i];
    const end = ends[i];
    // Asked of every one-word name on every keystroke: the digit each pattern needs at a fixed
    // place is looked at before the type, any slice or any pattern.
    const digitAfter = isAsciiDigit(text.charCodeAt(end + 1));
    if (!digitAfter && !scoreBeforeMayEndAt(text, start)) continue;
    const type = mentions.type(i);
    if ((type !== LOC && type !== PER) || mentions.hasTitle(i)) continue;
    const scoreAfter = digitAfter && SCORE_AFTER.test(text.slice(end, end + 8)) && RESULT_BEFORE.test(text.slice(Math.max(0, start - 30), start));
    if (!scoreAfter && !(scoreBeforeMayEndAt(text, start) && SCORE_BEFORE.test(text.slice(Math.max(0, start - 18), start)))) continue;
    const name = texts[i];
    if (namesCountryOrRegion(name)) continue;
    // Read as a person, only a place's name beside a low score: "Sanders beat Clinton 52-48" is a vote.
    if (type === PER && (!isKnownPlace(name) || !isLowScore(scoreAfter ? text.slice(end, end + 8) : text.slice(Math.max(0, start - 18), start)))) continue;
    mentions.retype(i, 'ORG');
  }
}

/** Whether SCORE_BEFORE may match the text ending at `at`: the score's last digit stands right before " to ", " with " or " against ". */
function scoreBeforeMayEndAt(text: string, at: number): boolean {
  return isAsciiDigit(text.charCodeAt(at - 5)) || isAsciiDigit(text.charCodeAt(at - 7)) || isAsciiDigit(text.charCodeAt(at - 10));
}
