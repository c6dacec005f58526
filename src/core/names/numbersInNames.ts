import type { NameMention } from './nameMention';

// A number is no name: "2016", the "10" of "No. 10". The tagger scores numbers next to
// capitalized words and can leave one alone as a name, or open a name with the year before it
// ("the 1979 Democracy Wall movement", "a 2014 University of California paper").

/** A year opening a name of two words or more after it: "1979 " of "1979 Democracy Wall". */
const YEAR_BEFORE_NAME = /^(?:1[5-9]|20)\d\d (?=\S+ \S)/u;

/** A letter anywhere in the text. */
const LETTER = /\p{L}/u;

/**
 * The mentions without those that hold no letter ("2016", "10"), and with a year opening a name of
 * two words or more cut off ("Democracy Wall" of "1979 Democracy Wall"). A year before one word
 * stays: it is often the name's own ("1860 Munich", "the 2016 Committee").
 */
export function withoutNumbersAlone(mentions: NameMention[]): NameMention[] {
  let out: NameMention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const c = m.text.charCodeAt(0);
    // Asked of every name on every keystroke: only one opening with a digit or holding no ASCII letter is looked at again.
    if (!(c >= 48 && c <= 57) && /[A-Za-z]/u.test(m.text)) {
      out?.push(m);
      continue;
    }
    if (!LETTER.test(m.text)) {
      out ??= mentions.slice(0, i);
      continue;
    }
    const year = YEAR_BEFORE_NAME.exec(m.text)?.[0];
    if (year === undefined) {
      out?.push(m);
      continue;
    }
    out ??= mentions.slice(0, i);
    // What stood before the year (a title, a place's qualifier) stands no longer right before the name.
    out.push({ start: m.start + year.length, end: m.end, text: m.text.slice(year.length), type: m.type });
  }
  return out ?? mentions;
}
