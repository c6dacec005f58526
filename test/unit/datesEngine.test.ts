import * as assert from 'node:assert/strict';
import { addDays, isoWeekOf } from '../../src/core/dates/calendarDay';
import { rememberedTenseAround, tenseAround } from '../../src/core/dates/clauseTense';
import type { Tense } from '../../src/core/dates/tense/tense';
import { findDates } from '../../src/core/dates/dateFinder';
import { TriggerKind, findDateWindows, memoizedLineTriggers, type DateTrigger } from '../../src/core/dates/dateTriggers';
import { LruMemo } from '../../src/core/incremental/memo';
import { holidayDate } from '../../src/core/dates/parsers/holidayParser';
import { NewsChrono, resultsOf } from '../../src/core/dates/newsChrono';
import { durationParsers } from '../../src/core/dates/parsers/durationParser';
import { yearParsers } from '../../src/core/dates/parsers/yearParser';
import { isZoneAbbreviationRefiner, zoneAbbreviationGate } from '../../src/core/dates/refiners/zoneAbbreviationGate';
import * as chrono from 'chrono-node';
import { Chrono, ParsingContext, casual, type Parser, type ParsingResult } from 'chrono-node';
import { casualParserKinds, probeParserKinds } from '../../src/core/dates/chronoParserKinds';

// The machinery under the date finder: the trigger scan, the choice of parsers by the
// kinds of words a window holds, the tense reader, the calendar arithmetic.

const STORY = [
  'WASHINGTON — The Senate voted on Tuesday, June 20, to extend the program until Dec. 31, 2025.',
  'Lawmakers will meet again at 10 a.m. next Monday, and the committee expects a report by the end of the month.',
  'Third-quarter profit rose to $5 million from $4 million a year earlier; the company has grown every year since the 1990s.',
  'Two days later the talks broke down. "We are currently reviewing it," a spokesman said this morning.',
  'The strike, which lasted for five weeks last summer, cost $2 billion a year in the past, officials said recently.',
  'Over the coming months, prices may fall in late November or early next year, around Thanksgiving.',
  'In the 20th century, the 1950s and the winter of 1994 were the coldest; Q4 2022 was warmer than the first half of 2023.',
  'Traders squared positions over the weekend and the fund pays interest every quarter.',
].join('\n\n');

suite('dates engine: trigger windows', () => {
  test('every date lies inside a window, with the kinds of its words', () => {
    const windows = findDateWindows(STORY);
    const found = findDates(STORY, '2023-06-21');
    assert.ok(found.length > 20, `expected many dates, got ${found.length}`);
    for (const d of found) {
      assert.ok(windows.some((w) => w.start <= d.start && d.end <= w.end), `"${d.text}" outside every window`);
    }
    const first = windows.find((w) => w.start <= STORY.indexOf('Tuesday') && STORY.indexOf('Tuesday') < w.end);
    assert.ok(first && first.kinds & TriggerKind.weekday && first.kinds & TriggerKind.month && first.kinds & TriggerKind.year);
  });

  test('scanned line by line with a memo, the windows are those of one scan, edit after edit', () => {
    const memo = new LruMemo<readonly DateTrigger[]>(1000);
    const texts = [STORY, STORY.replace('Tuesday', 'Wednesday'), `${STORY}\nAt 5\npm nothing; at 5 pm the vote.`, STORY];
    for (const text of texts) assert.deepEqual(findDateWindows(text, memoizedLineTriggers(memo)), findDateWindows(text));
    assert.ok(memo.hits > 10, `lines reused: ${memo.hits}`);
  });

  test('a clock time does not run over a line break ("5" ending one line, "pm" opening the next)', () => {
    assert.deepEqual(findDateWindows('Polls close at 5\npm'), []);
    assert.equal(findDateWindows('Polls close at 5\u00a0pm').length, 1);
  });

  test('a text with no date word gives no window', () => {
    assert.deepEqual(findDateWindows('The committee discussed the budget at length and adjourned.'), []);
  });

  test('lowercase "may" and "sun" open no window', () => {
    assert.deepEqual(findDateWindows('They may see the sun rise.'), []);
  });

  test('the scan is linear: a long line without spaces or dates is scanned quickly', () => {
    const line = 'x'.repeat(2_000_000);
    const started = Date.now();
    assert.deepEqual(findDateWindows(line), []);
    findDates(`${'a1b2/'.repeat(200_000)} on Monday`, '2023-06-21');
    assert.ok(Date.now() - started < 5000, 'scan took too long');
  });
});

suite('dates engine: parsers chosen by kind', () => {
  const chrono = new NewsChrono();
  const reference = new Date(2023, 5, 21, 12);

  test('running only the parsers a window needs gives what running all of them gives', () => {
    for (const w of findDateWindows(STORY)) {
      const text = STORY.slice(w.start, w.end);
      const chosen = chrono.parse(text, reference, w.kinds).map((r) => [r.index, r.text]);
      const all = chrono.parseWithAllParsers(text, reference).map((r) => [r.index, r.text]);
      assert.deepEqual(chosen, all, `window ${JSON.stringify(text)}`);
    }
  });

  test("each parser's results are what chrono's own run of one parser gives", () => {
    // NewsChrono runs the parsers itself (one context for parsers and refiners); a chrono-node
    // whose way of running a parser changed would show here.
    const executeParser = (Chrono as unknown as { executeParser(c: ParsingContext, p: Parser): ParsingResult[] }).executeParser;
    const read = (r: ParsingResult): string => `${r.index} ${r.text} ${r.start.date().toISOString()} ${r.end?.date().toISOString() ?? ''}`;
    let found = 0;
    for (const parser of [...casual.parsers, ...yearParsers(), ...durationParsers()]) {
      for (const w of findDateWindows(STORY)) {
        const text = STORY.slice(w.start, w.end);
        const ours = resultsOf(new ParsingContext(text, reference), parser).map(read);
        assert.deepEqual(ours, executeParser(new ParsingContext(text, reference), parser).map(read), text);
        found += ours.length;
      }
    }
    assert.ok(found > 20, `${found} results`);
  });

  test('a parser gated on a pattern its matches hold still runs on each form it reads', () => {
    const cases: Array<[string, string]> = [
      ['Sales fell in June last year, the company said.', 'June last year'],
      ['The 4th of July this year falls on a Friday.', '4th of July this year'],
      ['The embargo lifts at 0900 GMT, the agency said.', '0900 GMT'],
      ['The polls close at 2030 local time in the capital.', '2030 local time'],
      ['The pumps are checked at 0600 hrs each day.', '0600 hrs'],
      ['The match kicks off at 20.45 on Saturday in Milan.', '20.45'],
      ['The law took effect on 12.03.2025 across the bloc.', '12.03.2025'],
    ];
    for (const [sentence, phrase] of cases) {
      const windows = findDateWindows(sentence);
      const read = (r: chrono.ParsedResult): string => `${r.text} ${r.start.date().toISOString()}`;
      const chosen = windows.flatMap((w) => chrono.parse(sentence.slice(w.start, w.end), reference, w.kinds).map(read));
      const all = windows.flatMap((w) => chrono.parseWithAllParsers(sentence.slice(w.start, w.end), reference).map(read));
      assert.deepEqual(chosen, all, sentence);
      assert.ok(chosen.some((t) => t.includes(phrase)), `${phrase} in ${JSON.stringify(chosen)}`);
    }
  });
});

suite('dates engine: the time-zone refiner, gated', () => {
  test('gives what chrono\'s refiner gives, zone or no zone after the result', () => {
    const reference = new Date(2023, 5, 21, 12);
    const [zones] = casual.refiners.filter(isZoneAbbreviationRefiner);
    assert.ok(zones, "chrono's time-zone abbreviation refiner is found by its overrides");
    const gated = zoneAbbreviationGate(zones);
    const texts = [
      ...findDateWindows(STORY).map((w) => STORY.slice(w.start, w.end)),
      'The polls close at 8 p.m. EST on Tuesday.', 'at 5pm (PST), then 6pm, gmt', 'at 9:30 BST', 'Monday to Friday', 'last week in Ohio',
      'at 10am cet and at 11am, CEST', 'at 7 p.m. ET', 'in 1952, West Germany', 'At 3pm pet food sales', 'on Friday AWST time',
    ];
    const read = (rs: ParsingResult[]): string[] => rs.map((r) => `${r.index} ${r.text} ${r.start.get('timezoneOffset')} ${r.end?.get('timezoneOffset') ?? ''}`);
    let changed = 0;
    for (const text of texts) {
      const parse = (): ParsingResult[] => {
        const context = new ParsingContext(text, reference);
        return casual.parsers.flatMap((p) => resultsOf(context, p));
      };
      const plain = parse();
      const before = read(plain);
      const expected = read(zones.refine(new ParsingContext(text, reference), plain));
      if (expected.join() !== before.join()) changed++;
      assert.deepEqual(read(gated.refine(new ParsingContext(text, reference), parse())), expected, text);
    }
    assert.ok(changed >= 4, `zones read in ${changed} texts`);
  });
});

suite('dates engine: tense of the clause', () => {
  const tense = (sentence: string, date: string): string => {
    const i = sentence.indexOf(date);
    return tenseAround(sentence, i, i + date.length);
  };

  test('past, future, present and none', () => {
    assert.equal(tense('The ministers met on Monday.', 'Monday'), 'past');
    assert.equal(tense('The ministers will meet on Monday.', 'Monday'), 'future');
    assert.equal(tense("They'll meet on Monday.", 'Monday'), 'future');
    // A day the present "is" predicates is a timetable's, ahead (datesSchedules.test.ts).
    assert.equal(tense('The meeting is on Monday.', 'Monday'), 'future');
    assert.equal(tense('The shares are worth less than on Monday.', 'Monday'), 'present');
    assert.equal(tense('Monday: talks in Geneva', 'Monday'), 'none');
  });

  test('"will be held" is future although "held" is a past form', () => {
    assert.equal(tense('The vote will be held on Monday.', 'Monday'), 'future');
  });

  test('a report after a comma does not date the event', () => {
    assert.equal(tense('The plant will close on Friday, the company said.', 'Friday'), 'future');
  });

  test('an infinitive carries its own date', () => {
    // An infinitive stops the search for a verb; under a past verb it is told as the past, as before
    // (a weekday looks back, a month is read as in the present).
    assert.equal(tense('The bank announced an agreement to acquire the firm in January.', 'January'), 'underPast');
    // Under no past verb it points neither way.
    assert.equal(tense('He is in a strong position to win the state in January.', 'January'), 'none');
    assert.equal(tense('The deal is scheduled to close Monday.', 'Monday'), 'future');
    assert.equal(tense('Trading is to resume in Paris Tuesday.', 'Tuesday'), 'future');
  });

  test('a past verb before "to" that does not look ahead dates the clause: "was shot to death on Oct. 23"', () => {
    assert.equal(tense('The doctor was shot to death on Oct. 23 in his kitchen.', 'Oct. 23'), 'past');
    assert.equal(tense('The minister was forced to resign on Monday.', 'Monday'), 'past');
  });

  test('an infinitive right after the date is a purpose: the verb before it decides', () => {
    assert.equal(tense('The mayor held a rally Thursday to demand the boy\'s return.', 'Thursday'), 'past');
  });

  test('"unspecified", "unexpected" are adjectives, not past verbs', () => {
    assert.equal(tense('The split would be paid on an unspecified date in January.', 'January'), 'future');
  });

  test('a sentence does not end at "vs." or before a lowercase word', () => {
    assert.equal(tense('In January, a week after the anniversary of Roe vs. Wade, a bomb killed a guard.', 'January'), 'past');
    assert.equal(tense('In March, the police in Mobile, Ala. said a guard died.', 'March'), 'past');
  });

  test('the sentence before does not count', () => {
    assert.equal(tense('He resigned. Elections are on Monday.', 'Monday'), 'future');
  });

  test('a remembered tense is the fresh one, whatever text stands around the clause', () => {
    // The memo key is the text the tense reader can see; clauses near a sentence end after an
    // abbreviation, near the edges of the text and at the edge of the reach must all agree.
    const clauses = [
      'In March, the police in Mobile, Ala. said a guard died.',
      'He resigned. Elections are on Monday.',
      'The plant will close on Friday, the company said.',
      `${'word '.repeat(60)}and the vote will be held on Monday ${'later '.repeat(60)}`,
      // The verb far back from the date: the same last hundred characters, opposite tenses.
      `The council will ${'of the old city '.repeat(8)}on Monday.`,
      `The council met ${'of the old city '.repeat(8)}on Monday.`,
    ];
    const surroundings = ['', 'Gov. ', 'The U.S. ', 'x'.repeat(236) + '. ', 'Sen.\n\n', 'It rained. '];
    const memo = new LruMemo<Tense>(1000);
    let compared = 0;
    for (const before of surroundings) {
      for (const after of ['', ' vs. Wade', ' Then it rained.', ` ${'y'.repeat(240)}`]) {
        for (const clause of clauses) {
          const text = before + clause + after;
          for (const date of ['Monday', 'Friday', 'March']) {
            const i = text.indexOf(date);
            if (i < 0) continue;
            assert.equal(rememberedTenseAround(text, i, i + date.length, memo), tenseAround(text, i, i + date.length), JSON.stringify(text));
            compared++;
          }
        }
      }
    }
    assert.ok(memo.hits > 0 && compared === 144, `${memo.hits} hits of ${compared}`);
  });
});

suite('dates engine: the kinds of chrono\'s parsers', () => {
  test('the shipped table is what probing the installed chrono-node gives (else: npm run build:chrono-kinds)', () => {
    const parsers = chrono.casual.clone().parsers;
    assert.deepEqual(casualParserKinds(parsers), parsers.map(probeParserKinds));
  });

  test('a chrono with another set of parsers is probed, not read from the table', () => {
    const parsers = chrono.casual.clone().parsers.slice(0, 3);
    assert.deepEqual(casualParserKinds(parsers, { parsers: 18, kinds: new Array(18).fill(1) }), parsers.map(probeParserKinds));
  });
});

suite('dates engine: calendar', () => {
  test('ISO weeks across year ends', () => {
    assert.equal(isoWeekOf({ year: 2023, month: 6, day: 21 }), '2023-W25');
    assert.equal(isoWeekOf({ year: 2021, month: 1, day: 3 }), '2020-W53');
    assert.equal(isoWeekOf({ year: 2024, month: 12, day: 30 }), '2025-W01');
  });

  test('adding days across months and leap years', () => {
    assert.deepEqual(addDays({ year: 2024, month: 2, day: 28 }, 1), { year: 2024, month: 2, day: 29 });
    assert.deepEqual(addDays({ year: 2023, month: 1, day: 1 }, -1), { year: 2022, month: 12, day: 31 });
  });

  test('holidays that move', () => {
    assert.deepEqual(holidayDate('thanksgiving', 2023), { year: 2023, month: 11, day: 23 });
    assert.deepEqual(holidayDate('easter', 2024), { year: 2024, month: 3, day: 31 });
    assert.deepEqual(holidayDate('easter', 2025), { year: 2025, month: 4, day: 20 });
    assert.deepEqual(holidayDate('election', 2024), { year: 2024, month: 11, day: 5 });
    assert.deepEqual(holidayDate('memorial', 2023), { year: 2023, month: 5, day: 29 });
  });
});
