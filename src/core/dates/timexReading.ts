import type { TimexType } from '../types';
import { periodOf } from './calendarPeriod';
import { WEEKDAY_NAMES } from './calendarDay';
import { MONTH_NAMES } from './monthNames';

// TimeML values in words, for the hover and the sidebar: an editor checks "P18M" or
// "XXXX-WXX-2TNI" faster as "18 months" or "every Tuesday night".

export const REFERENCES: Record<string, string> = { PAST_REF: 'the past', PRESENT_REF: 'the present', FUTURE_REF: 'the future' };

const DATE_UNITS: Record<string, string> = { Y: 'year', M: 'month', W: 'week', D: 'day', Q: 'quarter', DE: 'decade', CE: 'century', ML: 'millennium' };
const TIME_UNITS: Record<string, string> = { H: 'hour', M: 'minute', S: 'second' };
const PARTS_OF_DAY: Record<string, string> = { MO: 'morning', MI: 'midday', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };

interface Amount {
  /** null for TimeML's X: a number the text does not give ("years", "several weeks"). */
  count: number | null;
  unit: string;
}

/** The value in words, or null where there is nothing to add to the value itself. */
export function readTimex(type: TimexType, value: string | null): string | null {
  if (value === null) return null;
  if (Object.hasOwn(REFERENCES, value)) return REFERENCES[value];
  if (type === 'DURATION') return lengthInWords(value);
  if (type === 'SET') return recurrenceInWords(value);
  const label = periodOf(value)?.label;
  if (!label) return unplacedInWords(value);
  const time = /T(\d{2}:\d{2})|T([A-Z]{2})$/.exec(value);
  if (!time) return label;
  return `${label}, ${time[1] ?? PARTS_OF_DAY[time[2]] ?? time[2]}`;
}

const ORDINAL_QUARTERS = ['first', 'second', 'third', 'fourth'];

/** "XXXX-Q4": a company's quarter of a year the text does not give; "XXXX-04": a month of every such year ("the fiscal year runs from April"). */
function unplacedInWords(value: string): string | null {
  const m = /^XXXX-Q([1-4])$/.exec(value);
  if (m) return `a ${ORDINAL_QUARTERS[Number(m[1]) - 1]} quarter, year not given`;
  const month = /^XXXX-(\d{2})$/.exec(value);
  return month && MONTH_NAMES[Number(month[1]) - 1] ? `${MONTH_NAMES[Number(month[1]) - 1]}, year not given` : null;
}

/** "P2Y6M" → "2 years and 6 months", "PXW" → "some weeks"; null for what is not a duration. */
export function lengthInWords(value: string): string | null {
  const amounts = amountsOf(value);
  if (!amounts) return null;
  const words = amounts.map(({ count, unit }) => (count === null ? `some ${plural(unit)}` : `${count} ${count === 1 ? unit : plural(unit)}`));
  return words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function recurrenceInWords(value: string): string | null {
  const amounts = amountsOf(value);
  if (amounts) {
    if (amounts.length !== 1 || amounts[0].count === null) return null;
    const { count, unit } = amounts[0];
    return count === 1 ? `every ${unit}` : `every ${count} ${plural(unit)}`;
  }
  let m = /^XXXX-WXX-([1-7])(?:T([A-Z]{2}))?$/.exec(value);
  // TimeML numbers weekdays from Monday (1) to Sunday (7).
  if (m) return `every ${WEEKDAY_NAMES[Number(m[1]) % 7]}${m[2] && PARTS_OF_DAY[m[2]] ? ` ${PARTS_OF_DAY[m[2]]}` : ''}`;
  if ((m = /^XXXX-(\d{2})$/.exec(value)) && MONTH_NAMES[Number(m[1]) - 1]) return `every ${MONTH_NAMES[Number(m[1]) - 1]}`;
  if ((m = /^XXXX-XX-XXT([A-Z]{2})$/.exec(value)) && PARTS_OF_DAY[m[1]]) return `every ${PARTS_OF_DAY[m[1]]}`;
  return null;
}

/** The amounts of an ISO 8601 duration as TimeML writes it, or null. */
function amountsOf(value: string): Amount[] | null {
  const m = /^P([^T]*)(?:T(.+))?$/.exec(value);
  if (!m || (!m[1] && !m[2])) return null;
  const out: Amount[] = [];
  for (const [part, units] of [[m[1], DATE_UNITS], [m[2] ?? '', TIME_UNITS]] as const) {
    const pieces = /^(?:(?:\d+(?:\.\d+)?|X)[A-Z]{1,2})*$/.test(part) ? part.match(/(\d+(?:\.\d+)?|X)([A-Z]{1,2})/g) ?? [] : null;
    if (pieces === null) return null;
    for (const piece of pieces) {
      const [, count, unit] = /^(\d+(?:\.\d+)?|X)([A-Z]{1,2})$/.exec(piece) ?? [];
      if (!(unit in units)) return null;
      out.push({ count: count === 'X' ? null : Number(count), unit: units[unit] });
    }
  }
  return out;
}

function plural(unit: string): string {
  return unit === 'century' ? 'centuries' : unit === 'millennium' ? 'millennia' : `${unit}s`;
}
