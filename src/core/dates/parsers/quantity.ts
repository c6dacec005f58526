// Counts and time units as news writes them ("two", "24", "twenty-four", "a few",
// "several"; "year", "months", "fortnight"), shared by the duration, set and
// anaphora parsers, and the TimeML duration code of each unit.

const SMALL: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, dozen: 12, 'a dozen': 12, 'a couple of': 2, 'couple of': 2, 'a couple': 2,
  half: 0.5, 'a half': 0.5, 'half a': 0.5, 'half an': 0.5,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const UNITS_WORDS = 'one|two|three|four|five|six|seven|eight|nine';
const VAGUE = ['a few', 'few', 'several', 'many', 'some', 'dozens of', 'hundreds of', 'a number of', 'a couple of more'];

/** A count: digits, number words up to ninety-nine, "a hundred", a quarter or three of one, or a vague amount. */
export const COUNT_SOURCE =
  '(?:(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) and a half|\\d+\\s+[13]/[24](?![\\d/])|\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:' + UNITS_WORDS + '))?' +
  '|(?:a|one|three)[- ]quarters? of an?(?=\\s)|a hundred|one hundred|a couple of|couple of|a dozen|a few|few|dozens of|hundreds of|half an?|a half|several|many|some' +
  '|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|' + UNITS_WORDS + '|ten|an|a)';

export const UNIT_SOURCE = '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries|millennium|millennia)';

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** The number a count stands for, or null for a vague one ("several", "a few"). */
export function parseCount(text: string): number | null {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const andHalf = /^(.+) and a half$/.exec(t);
  if (andHalf) {
    const whole = parseCount(andHalf[1]);
    return whole === null ? null : whole + 0.5;
  }
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  // "5 1/2 hours", as wire copy writes the fraction.
  const mixed = /^(\d+) ([13])\/([24])$/.exec(t);
  if (mixed && Number(mixed[2]) < Number(mixed[3])) return Number(mixed[1]) + Number(mixed[2]) / Number(mixed[3]);
  // "a quarter of a century", "three-quarters of an hour".
  const quarters = /^(a|one|three)[- ]quarters? of an?$/.exec(t);
  if (quarters) return quarters[1] === 'three' ? 0.75 : 0.25;
  if (VAGUE.includes(t)) return null;
  if (Object.hasOwn(SMALL, t)) return SMALL[t];
  if (t === 'ten') return 10;
  if (t === 'a hundred' || t === 'one hundred') return 100;
  const compound = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](\w+))?$/.exec(t);
  if (compound) return TENS[compound[1]] + (compound[2] && Object.hasOwn(SMALL, compound[2]) ? SMALL[compound[2]] : 0);
  return null;
}

export function parseUnit(word: string): Unit | null {
  const w = word.toLowerCase();
  if (w.startsWith('second')) return 'second';
  if (w.startsWith('minute')) return 'minute';
  if (w.startsWith('hour')) return 'hour';
  if (w.startsWith('day') || w.startsWith('night')) return 'day';
  if (w.startsWith('week') || w.startsWith('fortnight')) return 'week';
  if (w.startsWith('month')) return 'month';
  if (w.startsWith('quarter')) return 'quarter';
  if (w.startsWith('year')) return 'year';
  if (w.startsWith('decade')) return 'decade';
  if (w.startsWith('centur') || w.startsWith('millenni')) return 'century';
  return null;
}

/** TimeML duration value: `P5Y`, `P2W`, `PT3H`, `PXM` for a vague count. */
export function durationValue(count: number | null, unit: Unit, word = ''): string {
  let n = count;
  let u: Unit = unit;
  if (/^fortnight/i.test(word)) n = n === null ? null : n * 2;
  if (/^millenni/i.test(word)) n = n === null ? null : n * 10;
  if (u === 'decade') { n = n === null ? null : n * 10; u = 'year'; }
  if (u === 'century') { n = n === null ? null : n * 100; u = 'year'; }
  if (n !== null && !Number.isInteger(n) && u in SMALLER) {
    // TimeML has no fractions: the whole units, then the rest in the next smaller unit
    // ("5 1/2 hours" PT5H30M, "a year and a half" P1Y6M, "half an hour" PT30M).
    const [smaller, factor] = SMALLER[u as keyof typeof SMALLER];
    const whole = Math.floor(n);
    const rest = Math.round((n - whole) * factor * 1000) / 1000;
    if (whole > 0 && Number.isInteger(rest)) return joinUnits(durationValue(whole, u), durationValue(rest, smaller));
    n *= factor;
    u = smaller;
  }
  const amount = n === null ? 'X' : String(n);
  switch (u) {
    case 'second': return `PT${amount}S`;
    case 'minute': return `PT${amount}M`;
    case 'hour': return `PT${amount}H`;
    case 'day': return `P${amount}D`;
    case 'week': return `P${amount}W`;
    case 'month': return `P${amount}M`;
    case 'quarter': return `P${amount}Q`;
    default: return `P${amount}Y`;
  }
}

/** Units from the longest down, for lengths written in parts ("two hours and 42 minutes"). */
const UNIT_RANK: Record<Unit, number> = { century: 9, decade: 8, year: 7, quarter: 6, month: 5, week: 4, day: 3, hour: 2, minute: 1, second: 0 };

/** A counted unit of a length written in parts, as found: "2 hours", "forty-two minutes". */
const PART = new RegExp(`(${COUNT_SOURCE})\\s+(${UNIT_SOURCE})`, 'giu');

/**
 * "two hours and 42 minutes" PT2H42M, "3 minutes 32 seconds" PT3M32S, "a year and three months"
 * P1Y3M: the TimeML value of a length written as counted parts, each unit shorter than the one
 * before and each count exact; null otherwise (not one length: "two days and three weeks").
 */
export function partsDurationValue(text: string): string | null {
  let value: string | null = null;
  let rank = Infinity;
  PART.lastIndex = 0;
  for (let m = PART.exec(text); m !== null; m = PART.exec(text)) {
    const count = parseCount(m[1]);
    const unit = parseUnit(m[2]);
    if (count === null || !Number.isInteger(count) || unit === null || unit === 'quarter' || UNIT_RANK[unit] >= rank) return null;
    rank = UNIT_RANK[unit];
    const part = durationValue(count, unit, m[2]);
    value = value === null ? part : joinUnits(value, part);
  }
  return value;
}

/** "PT5H" and "PT30M" as "PT5H30M", "P1Y" and "P6M" as "P1Y6M", "P1D" and "PT12H" as "P1DT12H". */
function joinUnits(big: string, small: string): string {
  if (small.startsWith('PT')) return big.startsWith('PT') || big.includes('T') ? big + small.slice(2) : `${big}T${small.slice(2)}`;
  return big + small.slice(1);
}

const SMALLER = { year: ['month', 12], month: ['day', 30], week: ['day', 7], day: ['hour', 24], hour: ['minute', 60], minute: ['second', 60] } as const;
