import type { ParsingContext } from 'chrono-node';
import { expandTwoDigitYear } from '../calendarDay';
import { type NewsParser, newsParser, resultOf } from './newsParser';
import { TriggerKind } from '../dateTriggers';
import { MONTH_NAME, monthNumber } from '../monthNames';

// Business news dates by quarters and halves: "the third quarter", "third-quarter
// profit", "the fourth quarter of 1989", "fiscal 1990's first quarter", "first-quarter fiscal 2027", "Q3 2023",
// "the December quarter", "H1 2022",
// "the latest quarter", "the year-ago quarter", "the first half of 1998". Which year an
// unnamed quarter belongs to depends on the article date, the tense and the quarters
// named before; the value stage decides (values/quarterValue.ts).

const YEAR = '(?:1\\d{3}|20\\d{2})';
const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 };

const ORDINAL_QUARTER = new RegExp(
  `(?:(?:the|its|their|(this|last|next) year's|(?:fiscal\\s+)?(${YEAR})(?:'s)?)\\s+)?(?:(year-ago|year-earlier|year-before|prior-year|comparable)\\s+)?(?:(?:fiscal|calendar)[\\s-]+)?` +
  `(first|second|third|fourth|final|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter` +
  `(?:(?:\\s+of\\s+(?:(?:fiscal|financial|calendar)\\s+)?|\\s+(?:fiscal|financial)\\s+(?=${YEAR}))(?:(${YEAR})|(this|last|next|the) (?:fiscal |financial )?year|FY[ -]?(\\d\\d|${YEAR})))?(?![\\p{L}\\p{N}-])`,
  'iu',
);

const POSSESSIVE = /^(?:its|their)\s+/i;

// Indian copy writes a financial year's quarter "Q3FY23", "Q3 FY23": valued as TimeML's "fiscal first quarter" is, in the year that names it.
// "Q3 FY2024-25": the financial year by both its years, named by the last.
const SHORT_QUARTER = new RegExp(`Q([1-4])(?:[ -]?(${YEAR})|[ -]?'(\\d\\d)|[ -]?FY[ -]?(\\d\\d|${YEAR})(?:[-/–](\\d\\d)(?!\\d))?)?(?![\\p{L}\\p{N}])|([1-4])Q[ -]?(${YEAR}|\\d\\d)?(?![\\p{L}\\p{N}])`, 'u');

// Australian, Indian and British copy names a quarter by the month it ends in: "the
// December quarter" is the fourth, "the June 2023 quarter" the second of 2023, Indian "the
// June-ended quarter" the second.
const MONTH_QUARTER = new RegExp(`(?:[Tt]he\\s+)?(March|June|September|December)(?:\\s+(${YEAR}))?(?:-ended)?\\s+quarter(?:\\s+(?:of\\s+)?(${YEAR}))?(?![\\p{L}\\p{N}-])`, 'u');

// Asian and wire copy names a quarter or half by its months: "the July-September quarter",
// "the October-December period", "the January-June period of 2024". Capitalised months
// only (not "may"); three months make the quarter of their middle month, six from January
// or July a half.
const MONTH_SPAN = new RegExp(`(?:[Tt]he\\s+)?${MONTH_NAME}\\s*[-–—/]\\s*${MONTH_NAME}(?:\\s+(${YEAR}))?\\s+(?:quarter|period|half)(?:\\s+of\\s+(${YEAR}))?(?![\\p{L}\\p{N}-])`, 'u');

// Analysts' halves with their year: "H1 2022", "H2 '23", "1H23", Indian "H1FY25" (valued in the
// financial year's name, as "Q3FY23" is). "H1" or "H2" alone ("revenue grew 6% in H1", "H2
// sales") only in a sentence of accounts: else as often a heading, a visa or hydrogen ("H2 production").
const SHORT_HALF = new RegExp(`H([12])(?:[ -]?(${YEAR})|[ -]?'(\\d\\d)|[ -]?FY[ -]?(${YEAR}|\\d\\d))(?![\\p{L}\\p{N}])|([12])H[ -]?(${YEAR}|\\d\\d)(?![\\p{L}\\p{N}])|H([12])(?![\\p{L}\\p{N}'’-])`, 'u');

const NAMED_QUARTER = new RegExp(
  '(the|this|last|next|that)\\s+((?:(?:current|latest|most recent|recent|previous|prior|past|same|comparable|year-ago|year-earlier|year-before|preceding|following|coming|just-ended|just-completed|fiscal)\\s+)*)' +
  '(?:fiscal\\s+)?quarter(?![\\p{L}-])|' +
  '(the|this|that)\\s+((?:(?:latest|most recent|same|comparable|year-ago|year-earlier|year-before)\\s+)+)(?:fiscal\\s+)?period(?![\\p{L}-])',
  'iu',
);

// "the 1988 quarter", "the 1989 period": the quarter just named, in the year given (a
// comparison in earnings stories). "the quarter a year ago": the same, a year before.
// "last year's quarter", "the corresponding period last year": the quarter just named, a year before.
const LAST_YEARS_QUARTER = /last\s+year['’]s\s+(?:(?:comparable|same|fiscal)\s+)?(?:quarter|period)(?![\p{L}-])|the\s+(?:corresponding|same|comparable)\s+(?:quarter|period)\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier))(?![\p{L}-])/iu;

const YEAR_QUARTER = new RegExp(`the\\s+(${YEAR})\\s+(?:fiscal\\s+)?(?:quarter|period)(?![\\p{L}-])|the\\s+(?:quarter|period)\\s+a\\s+year\\s+(?:ago|earlier|before)(?![\\p{L}-])`, 'iu');

// "the first two quarters of 1990" is that year's first half; without a year, as likely a length of time.
const HALF = new RegExp(
  `(?:the\\s+)?(?:(first|second|latter|last)[- ]half|(first|last|final)\\s+two\\s+quarters(?=\\s+of\\s))(?:\\s+of\\s+(?:(?:fiscal|calendar)\\s+)?(?:(${YEAR})|(this|last|next|the) year))?(?![\\p{L}])`,
  'iu',
);

/** What follows "first-half" when it is a half of a company's or a country's year. */
const HALF_OF_ACCOUNTS = /^\s+(?:net|pre-?tax|underlying|operating|core|adjusted|group|like-for-like|profits?|loss(?:es)?|earnings|sales|revenues?|results|income|growth|output|figures|dividends?|margins?|GDP|turnover|trading|deficit|surplus|numbers|guidance|production|shipments|orders|exports|imports|borrowing|spending|inflation|EPS|EBITDA)\b/;

/** Words of a company's or a country's accounts, which make "the first half" in their sentence a half of the year. */
const ACCOUNTS_WORD = /\b(?:pre-?tax|profits?|loss(?:es)?|earnings|sales|revenues?|results|turnover|margins?|dividends?|gdp|economy|economic|inflation|deficit|guidance|full-year|shipments|exports|imports|ebitda)\b/i;
/** How far either side of "the first half" its sentence is read. */
const ACCOUNTS_REACH = 160;

/**
 * "Sales in the first half rose 11 percent", "we expect the second half to be harder" in a
 * results story: a half with no year is the year's when its sentence speaks of accounts; in
 * a match report ("scored in the first half") it is the game's; "the last half of the '80s"
 * is a half of something else.
 */
function inAccountsSentence(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - ACCOUNTS_REACH), start);
  const after = text.slice(end, end + ACCOUNTS_REACH);
  const from = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const stop = /[.!?](?:\s|$)|\n/.exec(after);
  return ACCOUNTS_WORD.test(before.slice(from + 1)) || ACCOUNTS_WORD.test(stop ? after.slice(0, stop.index) : after);
}

export function quarterParsers(): NewsParser[] {
  return [
    newsParser(TriggerKind.quarter, ORDINAL_QUARTER, (context, m) => {
      if (isQuarterOfSomethingElse(context, m.index + m[0].length)) return null;
      const quarter = ORDINALS[m[4].toLowerCase()];
      // "the third quarter of FY23": valued in the year that names the financial year, as "fiscal 1990's first quarter" is.
      const fy = m[7] && (m[7].length === 2 ? String(expandTwoDigitYear(Number(m[7]), context.reference.getDateWithAdjustedTimezone().getFullYear())) : m[7]);
      const year = m[2] ?? m[5] ?? fy;
      const relative = m[1] ?? (m[6] && m[6].toLowerCase() !== 'the' ? m[6] : undefined);
      // "its fourth quarter": the possessive is the company's, not part of the date (TimeML's extent).
      const possessive = POSSESSIVE.exec(m[0]);
      return resultOf(context, m, year ? { year: Number(year), month: quarter * 3 - 2 } : {}, {
        kind: 'quarter', quarter, relative: relative ? yearShift(relative) : undefined, yearAgo: m[3] ? 1 : undefined,
      }, possessive ? m[0].slice(possessive[0].length) : undefined);
    }, ['quarter']),
    // "Q3FY23" holds no quarter trigger, only a financial year's (dateTriggers.ts).
    newsParser(TriggerKind.quarter | TriggerKind.year, SHORT_QUARTER, (context, m) => {
      const quarter = Number(m[1] ?? m[6]);
      const yearText = m[2] ?? m[3] ?? m[4] ?? m[7];
      let year = yearText ? (yearText.length === 2 ? expandTwoDigitYear(Number(yearText), context.reference.getDateWithAdjustedTimezone().getFullYear()) : Number(yearText)) : undefined;
      // The second year must follow the first ("FY2024-25").
      if (m[5] !== undefined && year !== undefined) {
        if ((year + 1) % 100 !== Number(m[5])) return null;
        year++;
      }
      return resultOf(context, m, year ? { year, month: quarter * 3 - 2 } : {}, { kind: 'quarter', quarter });
    }, ['q']),
    newsParser(TriggerKind.quarter, MONTH_QUARTER, (context, m) => {
      const quarter = ['March', 'June', 'September', 'December'].indexOf(m[1]) + 1;
      const year = m[2] ?? m[3];
      return resultOf(context, m, year ? { year: Number(year), month: quarter * 3 - 2 } : {}, { kind: 'quarter', quarter });
    }, ['quarter']),
    newsParser(TriggerKind.month, MONTH_SPAN, (context, m) => {
      const from = monthNumber(m[1]);
      const to = monthNumber(m[2]);
      if (from === 0 || to === 0 || !/^\p{Lu}/u.test(m[1]) || !/^\p{Lu}/u.test(m[2])) return null;
      const months = ((to - from + 12) % 12) + 1;
      const yearText = m[3] ?? m[4];
      if (months === 3) {
        const middle = (from % 12) + 1;
        const quarter = Math.ceil(middle / 3);
        return resultOf(context, m, yearText ? { year: Number(yearText), month: quarter * 3 - 2 } : {}, { kind: 'quarter', quarter });
      }
      if (months === 6 && (from === 1 || from === 7)) {
        const half = from === 1 ? 1 : 2;
        return resultOf(context, m, yearText ? { year: Number(yearText), month: half * 6 - 5 } : {}, { kind: 'half', half });
      }
      return null;
    }, ['quarter', 'period', 'half']),
    // Every match holds a year, or "1H23" (a year trigger, dateTriggers.ts), or is "H1" alone (a quarter trigger).
    newsParser(TriggerKind.year | TriggerKind.quarter, SHORT_HALF, (context, m) => {
      if (m[7]) {
        const end = m.index + m[0].length;
        if (!inAccountsSentence(context.text, m.index, end)) return null;
        return resultOf(context, m, {}, { kind: 'half', half: Number(m[7]) });
      }
      const half = Number(m[1] ?? m[5]);
      const yearText = m[2] ?? m[3] ?? m[4] ?? m[6];
      const year = yearText.length === 2 ? expandTwoDigitYear(Number(yearText), context.reference.getDateWithAdjustedTimezone().getFullYear()) : Number(yearText);
      return resultOf(context, m, { year, month: half * 6 - 5 }, { kind: 'half', half });
    }, ['h']),
    newsParser(TriggerKind.quarter | TriggerKind.unit, NAMED_QUARTER, (context, m) => {
      if (isQuarterOfSomethingElse(context, m.index + m[0].length)) return null;
      const determiner = (m[1] ?? m[3]).toLowerCase();
      const modifiers = (m[2] ?? m[4] ?? '').toLowerCase();
      let anchor: string;
      if (/year-ago|year-earlier|year-before|comparable/.test(modifiers)) anchor = 'year-ago';
      else if (/previous|prior|preceding/.test(modifiers)) anchor = 'previous';
      else if (determiner === 'last' || /\bpast\b/.test(modifiers)) anchor = 'last';
      else if (determiner === 'next' || /following|coming/.test(modifiers)) anchor = 'next';
      else if (determiner === 'this' || /current/.test(modifiers)) anchor = 'this';
      else if (/same/.test(modifiers) || determiner === 'that') anchor = 'same';
      // "the latest quarter" is the one the story reports (values/quarterValue.ts, latestReported).
      else if (/latest|most recent|just-ended|just-completed/.test(modifiers)) anchor = 'latest-named';
      else anchor = 'latest';
      // "the French Quarter", "the Latin Quarter": a capital makes it a name.
      if (/Quarter|Period/.test(m[0])) return null;
      return resultOf(context, m, {}, { kind: 'quarter', anchor });
    }, ['quarter', 'period']),
    newsParser(TriggerKind.quarter | TriggerKind.unit, YEAR_QUARTER, (context, m) => {
      if (/Quarter|Period/.test(m[0])) return null;
      return resultOf(context, m, {}, m[1] ? { kind: 'quarter', anchor: 'same', ofYear: m[1] } : { kind: 'quarter', anchor: 'year-ago' });
    }, ['quarter', 'period']),
    newsParser(TriggerKind.quarter | TriggerKind.unit, LAST_YEARS_QUARTER, (context, m) => resultOf(context, m, {}, { kind: 'quarter', anchor: 'year-ago' }), ['quarter', 'period']),
    newsParser(TriggerKind.quarter, HALF, (context, m) => {
      const after = context.text.slice(m.index + m[0].length, m.index + m[0].length + 20);
      const named = m[3] || m[4];
      // Without a year the half of a game or of a century is as likely: only "first-half
      // profit", not a sports report's "first-half goal", "second-half penalty".
      if (!named && !(m[1] && /-/.test(m[0]) && HALF_OF_ACCOUNTS.test(after)) && !(m[1] && /^the\s/i.test(m[0]) && !/-/.test(m[0]) && !/^\s+of\b/i.test(after) && inAccountsSentence(context.text, m.index, m.index + m[0].length))) return null;
      const half = (m[1] ?? m[2]).toLowerCase() === 'first' ? 1 : 2;
      const relative = m[4] && m[4].toLowerCase() !== 'the' ? yearShift(m[4]) : undefined;
      return resultOf(context, m, m[3] ? { year: Number(m[3]), month: half * 6 - 5 } : {}, { kind: 'half', half, relative });
    }, ['half', 'quarters']),
  ];
}

/** "the first quarter of the game", "a quarter of a century": a quarter of something that is not a year. */
function isQuarterOfSomethingElse(context: ParsingContext, end: number): boolean {
  const after = context.text.slice(end, end + 40);
  return /^\s+of\s+(?:a|an|the|his|her|its|their)\s+(?!(?:fiscal\s+|calendar\s+)?year\b)/i.test(after) || /^[- ](?:point|mile|century|final)/i.test(after);
}

function yearShift(word: string): number {
  const w = word.toLowerCase();
  return w === 'last' ? -1 : w === 'next' ? 1 : 0;
}

