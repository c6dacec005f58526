import { type NewsParser, newsParser, resultOf } from './newsParser';
import { TriggerKind } from '../dateTriggers';

// "the first Tuesday in February", "the second Sunday of May", "the last Monday in
// August 2024": central banks, parliaments, councils and courts meet by these, and chrono
// reads only the weekday and the month apart (the Tuesday nearest the article date, and
// February). The day is found once the year is (values/holidayValue.ts). And the legal "on or
// about the 3rd day of June, 2022", where chrono reads only "June, 2022".

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: -1, final: -1 };

const WEEKDAY_OF_MONTH = /(?:the\s+)?(first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\s+(?:in|of)\s+(January|February|March|April|May|June|July|August|September|October|November|December)(?:,?\s+(1\d{3}|20\d{2}))?(?![\p{L}\p{N}])/iu;

const NTH_DAY_OF_MONTH = /(?:the|this)\s+(\d{1,2})(?:st|nd|rd|th)\s+day\s+of\s+(January|February|March|April|May|June|July|August|September|October|November|December)(?:,?\s+(1\d{3}|20\d{2}))?(?![\p{L}\p{N}])/u;

export function weekdayOfMonthParsers(): NewsParser[] {
  return [
    newsParser(TriggerKind.month, NTH_DAY_OF_MONTH, (context, m) => {
      const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
      const day = Number(m[1]);
      if (day < 1 || day > 31) return null;
      return resultOf(context, m, m[3] ? { year: Number(m[3]), month, day } : { month, day }, {});
    }, ['day of']),
    newsParser(TriggerKind.weekday, WEEKDAY_OF_MONTH, (context, m) => {
      // The weekday and the month are names: capitals, as chrono wants of a lone month.
      if (!/^\p{Lu}/u.test(m[2]) || !/^\p{Lu}/u.test(m[3])) return null;
      const tags = { kind: 'weekdayOfMonth', nth: ORDINALS[m[1].toLowerCase()], weekday: WEEKDAYS.indexOf(m[2].toLowerCase()), month: MONTHS.indexOf(m[3].toLowerCase()) + 1 };
      return resultOf(context, m, m[4] ? { year: Number(m[4]), month: tags.month } : {}, tags);
    }, ['first', 'second', 'third', 'fourth', 'last', 'final', '1st', '2nd', '3rd', '4th']),
  ];
}
