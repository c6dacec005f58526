// `npm run build:calendar-holidays`: writes src/core/dates/data/otherCalendarHolidays.json, the
// Gregorian days of the holidays of other calendars that news dates things by, 1970–2080.
//
// - Lunar New Year (1 Zhengyue), from ICU's Chinese calendar (Intl.DateTimeFormat "chinese"),
//   as China keeps it, the day of the new moon in Beijing put right by Meeus (below); Korea's Seollal and Vietnam's Tet fall on the same day in nearly every year.
// - Ramadan's first day, Eid al-Fitr (1 Shawwal) and Eid al-Adha (10 Dhu al-Hijjah), from ICU's
//   Umm al-Qura calendar ("islamic-umalqura"), Saudi Arabia's official one; countries that go by
//   sighting the moon may keep them a day later.
// - Rosh Hashanah (1 Tishrei), Yom Kippur (10 Tishrei), Passover (15 Nisan) and Hanukkah's first
//   day (25 Kislev), from ICU's Hebrew calendar: the daytime of each; each begins at the sundown before.
// - Diwali (Lakshmi Puja): the Amavasya ending the lunar month in which the Sun enters sidereal
//   Libra (Tula, Lahiri ayanamsa), on the day whose evening (pradosh, about 17:45–20:15 IST) it
//   covers longest. New moons by Meeus, Astronomical Algorithms (2nd ed.), ch. 49; the Sun's and
//   the Moon's longitudes by ch. 25 and the main terms of ch. 47. It gives the day India's central
//   government lists for every year checked (2010–2030).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FIRST_YEAR = 1970;
const LAST_YEAR = 2080;

type Calendar = 'chinese' | 'islamic-umalqura' | 'hebrew';

/** The calendar's month (as ICU writes it) and day of a Gregorian day. */
const formats = new Map<Calendar, Intl.DateTimeFormat>();

function dayIn(calendar: Calendar, utc: Date): { month: string; day: number } {
  let format = formats.get(calendar);
  if (!format) formats.set(calendar, (format = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, { timeZone: 'UTC', month: calendar === 'hebrew' ? 'long' : 'numeric', day: 'numeric' })));
  const parts = format.formatToParts(utc);
  return { month: parts.find((p) => p.type === 'month')?.value ?? '', day: Number(parts.find((p) => p.type === 'day')?.value) };
}

function isoOf(utc: Date): string {
  return utc.toISOString().slice(0, 10);
}

/** Every day from FIRST_YEAR to LAST_YEAR that is `day` of `month` in `calendar`. */
function daysOf(calendar: Calendar, month: string, day: number): string[] {
  const out: string[] = [];
  for (let t = Date.UTC(FIRST_YEAR, 0, 1, 12); t <= Date.UTC(LAST_YEAR, 11, 31, 12); t += 86400000) {
    const d = dayIn(calendar, new Date(t));
    // Hebrew leap years have Adar I and Adar II; the other months keep their names.
    if (d.month === month && d.day === day) out.push(isoOf(new Date(t)));
  }
  return out;
}

const rad = (d: number): number => (d * Math.PI) / 180;

/** The Julian Ephemeris Day of the new moon numbered k (0 in January 2000): Meeus ch. 49. */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const s = Math.sin;
  let jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * T ** 2 - 0.00000015 * T ** 3 + 0.00000000073 * T ** 4;
  const E = 1 - 0.002516 * T - 0.0000074 * T ** 2;
  const M = rad(2.5534 + 29.1053567 * k - 0.0000014 * T ** 2 - 0.00000011 * T ** 3);
  const Mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * T ** 2 + 0.00001238 * T ** 3 - 0.000000058 * T ** 4);
  const F = rad(160.7108 + 390.67050284 * k - 0.0016118 * T ** 2 - 0.00000227 * T ** 3 + 0.000000011 * T ** 4);
  const O = rad(124.7746 - 1.56375588 * k + 0.0020672 * T ** 2 + 0.00000215 * T ** 3);
  jde += -0.4072 * s(Mp) + 0.17241 * E * s(M) + 0.01608 * s(2 * Mp) + 0.01039 * s(2 * F) + 0.00739 * E * s(Mp - M) - 0.00514 * E * s(Mp + M)
    + 0.00208 * E * E * s(2 * M) - 0.00111 * s(Mp - 2 * F) - 0.00057 * s(Mp + 2 * F) + 0.00056 * E * s(2 * Mp + M) - 0.00042 * s(3 * Mp)
    + 0.00042 * E * s(M + 2 * F) + 0.00038 * E * s(M - 2 * F) - 0.00024 * E * s(2 * Mp - M) - 0.00017 * s(O) - 0.00007 * s(Mp + 2 * M)
    + 0.00004 * s(2 * Mp - 2 * F) + 0.00004 * s(3 * M) + 0.00003 * s(Mp + M - 2 * F) + 0.00003 * s(2 * Mp + 2 * F) - 0.00003 * s(Mp + M + 2 * F)
    + 0.00003 * s(Mp - M + 2 * F) - 0.00002 * s(Mp - M - 2 * F) - 0.00002 * s(3 * Mp + M) + 0.00002 * s(4 * Mp);
  const planetary: Array<[number, number, number]> = [
    [299.77, 0.107408, 0.000325], [251.88, 0.016321, 0.000165], [251.83, 26.651886, 0.000164], [349.42, 36.412478, 0.000126],
    [84.66, 18.206239, 0.00011], [141.74, 53.303771, 0.000062], [207.14, 2.453732, 0.00006], [154.84, 7.30686, 0.000056],
    [34.52, 27.261239, 0.000047], [207.19, 0.121824, 0.000042], [291.34, 1.844379, 0.00004], [161.72, 24.198154, 0.000037],
    [239.56, 25.513099, 0.000035], [331.55, 3.592518, 0.000023],
  ];
  planetary.forEach(([a, b, c], i) => {
    jde += c * s(rad(a + b * k - (i === 0 ? 0.009173 * T * T : 0)));
  });
  // Terrestrial to Universal Time: about a minute in these years.
  return jde - 69 / 86400;
}

/** The Sun's apparent longitude, degrees: Meeus ch. 25, low accuracy (0.01°). */
function sunLongitude(jd: number): number {
  const T = (jd - 2451545) / 36525;
  const L0 = 280.46646 + 36000.76983 * T + 0.0003032 * T * T;
  const M = rad(357.52911 + 35999.05029 * T - 0.0001537 * T * T);
  const C = (1.914602 - 0.004817 * T - 0.000014 * T * T) * Math.sin(M) + (0.019993 - 0.000101 * T) * Math.sin(2 * M) + 0.000289 * Math.sin(3 * M);
  return (((L0 + C - 0.00569 - 0.00478 * Math.sin(rad(125.04 - 1934.136 * T))) % 360) + 360) % 360;
}

/** The Moon's longitude, degrees: the largest terms of Meeus ch. 47 (about 0.05°, a few minutes of a tithi). */
function moonLongitude(jd: number): number {
  const T = (jd - 2451545) / 36525;
  const D = rad(297.8501921 + 445267.1114034 * T);
  const M = rad(357.5291092 + 35999.0502909 * T);
  const Mp = rad(134.9633964 + 477198.8675055 * T);
  const F = rad(93.272095 + 483202.0175233 * T);
  const s = Math.sin;
  const lon = 218.3164477 + 481267.88123421 * T + 6.288774 * s(Mp) + 1.274027 * s(2 * D - Mp) + 0.658314 * s(2 * D) + 0.213618 * s(2 * Mp) - 0.185116 * s(M) - 0.114332 * s(2 * F)
    + 0.058793 * s(2 * D - 2 * Mp) + 0.057066 * s(2 * D - M - Mp) + 0.053322 * s(2 * D + Mp) + 0.045758 * s(2 * D - M) - 0.040923 * s(M - Mp)
    - 0.03472 * s(D) - 0.030383 * s(M + Mp) + 0.015327 * s(2 * D - 2 * F) - 0.012528 * s(Mp + 2 * F) + 0.01098 * s(Mp - 2 * F)
    + 0.010675 * s(4 * D - Mp) + 0.010034 * s(3 * Mp) + 0.008548 * s(4 * D - 2 * Mp) - 0.007888 * s(2 * D + M - Mp) - 0.006766 * s(2 * D + M);
  return ((lon % 360) + 360) % 360;
}

const julianDay = (utcMs: number): number => utcMs / 86400000 + 2440587.5;
const utcMsOf = (jd: number): number => (jd - 2440587.5) * 86400000;

/** Bisection for the instant in [lo, hi] where `after` turns true. */
function whenTurns(lo: number, hi: number, after: (jd: number) => boolean): number {
  for (let i = 0; i < 50; i++) {
    const mid = (lo + hi) / 2;
    if (after(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

const IST = 5.5 / 24;

function diwali(year: number): string {
  // Lahiri ayanamsa: 23.853° in 2000, growing by 50.28" a year.
  const ayanamsa = 23.853 + 0.013966 * (year - 2000);
  const tula = whenTurns(julianDay(Date.UTC(year, 9, 1)), julianDay(Date.UTC(year, 10, 5)), (jd) => (sunLongitude(jd) - ayanamsa + 360) % 360 >= 180);
  let k = Math.floor((year - 2000) * 12.3685) + 5;
  while (newMoon(k) <= tula) k++;
  const amavasyaEnd = newMoon(k);
  // Amavasya, the 30th tithi, begins when the Moon is 12° short of the Sun.
  const elongation = (jd: number): number => (moonLongitude(jd) - sunLongitude(jd) + 360) % 360;
  const amavasyaStart = whenTurns(amavasyaEnd - 1.3, amavasyaEnd - 0.5, (jd) => elongation(jd) >= 348 || elongation(jd) < 180);
  const endDay = new Date(utcMsOf(amavasyaEnd + IST));
  const endMidnight = Date.UTC(endDay.getUTCFullYear(), endDay.getUTCMonth(), endDay.getUTCDate());
  let best = endMidnight;
  let bestCover = -Infinity;
  for (const back of [1, 0]) {
    const midnight = endMidnight - back * 86400000;
    // Pradosh, 17:45 to 20:15 IST, in UTC.
    const from = julianDay(midnight) + 12.25 / 24;
    const to = julianDay(midnight) + 14.75 / 24;
    const cover = Math.min(to, amavasyaEnd) - Math.max(from, amavasyaStart);
    if (cover > bestCover) {
      bestCover = cover;
      best = midnight;
    }
  }
  return isoOf(new Date(best));
}

/**
 * ICU places a month's first day by an approximate new moon, a day out when the new moon falls
 * within minutes of midnight in Beijing (2027, 2030): ICU's months, each started on the Beijing
 * day of Meeus's new moon nearest to ICU's.
 */
function lunarNewYears(): string[] {
  return daysOf('chinese', '1', 1).map((icu) => {
    const [y, m, d] = icu.split('-').map(Number);
    const near = julianDay(Date.UTC(y, m - 1, d, 12));
    let k = Math.round((near - 2451550.09766) / 29.530588861);
    if (Math.abs(newMoon(k + 1) - near) < Math.abs(newMoon(k) - near)) k++;
    if (Math.abs(newMoon(k - 1) - near) < Math.abs(newMoon(k) - near)) k--;
    return isoOf(new Date(utcMsOf(newMoon(k) + 8 / 24)));
  });
}

const days: Record<string, string[]> = {
  'lunar-new-year': lunarNewYears(),
  'ramadan': daysOf('islamic-umalqura', '9', 1),
  'eid-al-fitr': daysOf('islamic-umalqura', '10', 1),
  'eid-al-adha': daysOf('islamic-umalqura', '12', 10),
  'rosh-hashanah': daysOf('hebrew', 'Tishri', 1),
  'yom-kippur': daysOf('hebrew', 'Tishri', 10),
  'passover': daysOf('hebrew', 'Nisan', 15),
  'hanukkah': daysOf('hebrew', 'Kislev', 25),
  'diwali': Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => diwali(FIRST_YEAR + i)),
};
// Days as YYYYMMDD, space-separated: a tenth of the size of a JSON list of ISO dates.
const table = Object.fromEntries(Object.entries(days).map(([k, v]) => [k, v.map((d) => d.replace(/-/g, '')).join(' ')]));
const out = join(__dirname, '..', 'src', 'core', 'dates', 'data', 'otherCalendarHolidays.json');
writeFileSync(out, `${JSON.stringify({ from: FIRST_YEAR, to: LAST_YEAR, days: table }, null, 1)}\n`);
console.log(`wrote ${out}: ${Object.entries(days).map(([k, v]) => `${k} ${v.length}`).join(', ')}`);
