import * as assert from 'node:assert/strict';
import { findArticleDate } from '../../src/core/dates/articleDate';
import { annotate } from '../../src/core/annotate';

// The article date from each kind of source, with small articles written for the test,
// and the order in which the sources are tried.

const BODY = 'The two sides met for five hours on Monday and agreed to keep talking.\n';

suite('article date: sources', () => {
  test('the date the user set wins over everything in the text', () => {
    const text = `---\ndate: 2023-06-19\n---\nBEIJING, June 18 (Reuters) - ${BODY}`;
    assert.deepEqual(findArticleDate(text, '2024-01-02', '2022-05-05-story.txt'), { date: '2024-01-02', source: 'user' });
  });

  test('an impossible user date is ignored', () => {
    assert.equal(findArticleDate(BODY, '2023-02-30').source, 'none');
  });

  test('front matter date:, with or without quotes and time', () => {
    for (const value of ['2023-06-19', '"2023-06-19"', "'2023-06-19T08:30:00Z'", 'June 19, 2023']) {
      const text = `---\ntitle: Talks in Beijing\ndate: ${value}\ntags: [china]\n---\n\n${BODY}`;
      const found = findArticleDate(text);
      assert.deepEqual([found.date, found.source], ['2023-06-19', 'front-matter'], value);
      assert.ok(found.span && text.slice(found.span.start, found.span.end).includes('19'));
    }
  });

  test('a wire dateline with the year', () => {
    const text = `Blinken meets Xi\n\nNEW YORK, Sept. 5, 2023 /PRNewswire/ -- ${BODY}`;
    const found = findArticleDate(text);
    assert.deepEqual([found.date, found.source], ['2023-09-05', 'dateline']);
    assert.equal(text.slice(found.span!.start, found.span!.end), 'Sept. 5, 2023');
  });

  test('a dateline of date alone', () => {
    assert.deepEqual(findArticleDate(`June 19, 2023 — ${BODY}`), { date: '2023-06-19', source: 'dateline', span: { start: 0, end: 13 } });
    assert.equal(findArticleDate(`LONDON, 19 June 2023 (AFP) - ${BODY}`).date, '2023-06-19');
    // Places filed from together.
    assert.equal(findArticleDate(`BEIJING/TAIPEI, 19 June 2023 (Reuters) - ${BODY}`).date, '2023-06-19');
  });

  test('a dateline without a year takes it from a Published line or the file name', () => {
    const withLine = `Published: June 20, 2023\n\nBEIJING, June 19 (Reuters) - ${BODY}`;
    assert.deepEqual([findArticleDate(withLine).date, findArticleDate(withLine).source], ['2023-06-19', 'dateline']);
    const noLine = `BEIJING, June 19 (Reuters) - ${BODY}`;
    assert.deepEqual([findArticleDate(noLine, null, 'news/2023-06-20-talks.txt').date, findArticleDate(noLine, null, 'news/2023-06-20-talks.txt').source], ['2023-06-19', 'dateline']);
  });

  test('a dateline without a year and nothing to take it from is no evidence', () => {
    assert.deepEqual(findArticleDate(`BEIJING, June 19 (Reuters) - ${BODY}`), { date: null, source: 'none' });
  });

  test('a dateline without a year read on a known day is the latest such day up to it', () => {
    const text = `BEIJING, June 19 (Reuters) - ${BODY}`;
    const read = (today: string): [string | null, string] => {
      const found = findArticleDate(text, null, undefined, today);
      return [found.date, found.source];
    };
    assert.deepEqual(read('2026-11-29'), ['2026-06-19', 'dateline-without-year']);
    assert.deepEqual(read('2026-06-19'), ['2026-06-19', 'dateline-without-year']);
    // Before June 19 of this year, the last one was a year ago.
    assert.deepEqual(read('2026-03-01'), ['2025-06-19', 'dateline-without-year']);
    // February 29 goes back to the last leap year.
    assert.equal(findArticleDate(`ROME, Feb. 29 (AP) - ${BODY}`, null, undefined, '2026-03-10').date, '2024-02-29');
    // A year written elsewhere still wins, and an impossible today is no today.
    assert.deepEqual(findArticleDate(`Published: June 20, 2023\n\n${text}`, null, undefined, '2026-11-29').date, '2023-06-19');
    assert.equal(findArticleDate(text, null, undefined, '2026-02-30').source, 'none');
  });

  test('"Published" and "Updated" lines', () => {
    assert.equal(findArticleDate(`Talks resume\nPublished: June 19, 2023 at 10:15 a.m. ET\n\n${BODY}`).date, '2023-06-19');
    assert.equal(findArticleDate(`Talks resume\nUpdated 2:34 PM EDT, Mon June 19, 2023\n\n${BODY}`).date, '2023-06-19');
    assert.equal(findArticleDate(`Posted on 2023-06-19\n${BODY}`).source, 'published-line');
  });

  test('a line of the place in its own spelling and the date, under the headline', () => {
    assert.deepEqual(findArticleDate(`Talks resume\n\nPune, March 4, 2024\n\n${BODY}`), { date: '2024-03-04', source: 'dateline', span: { start: 20, end: 33 } });
    assert.equal(findArticleDate(`Talks resume\nPerth, Friday, 8 March 2024\n${BODY}`).date, '2024-03-08');
    assert.equal(findArticleDate(`Talks resume\nSan Jose, Calif., March 4, 2024\n${BODY}`).date, '2024-03-04');
    // A sentence that ends in a date is not a dateline.
    assert.equal(findArticleDate(`The council met in Pune, then on March 4, 2024\n${BODY}`).source, 'none');
  });

  test('a "Published" line after the place or the agency', () => {
    assert.deepEqual([findArticleDate(`Talks resume\nPerth, Published 8 March 2024\n${BODY}`).date, findArticleDate(`Talks resume\nPerth, Published 8 March 2024\n${BODY}`).source], ['2024-03-08', 'published-line']);
    assert.equal(findArticleDate(`Talks resume\nDenver (AP) — Published Mar. 8, 2024\n${BODY}`).date, '2024-03-08');
  });

  test('a publication line is preferred to an update', () => {
    const text = `Updated: June 21, 2023\nPublished: June 19, 2023\n\n${BODY}`;
    assert.equal(findArticleDate(text).date, '2023-06-19');
  });

  test('a date in the file name', () => {
    for (const name of ['2023-06-19-beijing.txt', '20230619_talks.md', 'story_2023_06_19.txt', '/home/me/news/2023/06/19/talks.txt', 'C:\\news\\2023-06-19 talks.txt']) {
      assert.deepEqual(findArticleDate(BODY, null, name), { date: '2023-06-19', source: 'file-name' }, name);
    }
    assert.equal(findArticleDate(BODY, null, 'report-2023-13-45.txt').source, 'none');
  });

  test('nothing: unknown', () => {
    assert.deepEqual(findArticleDate(BODY, undefined, 'talks.txt'), { date: null, source: 'none' });
  });
});

suite('article date: order of the sources', () => {
  test('front matter before dateline before Published line before file name', () => {
    const front = '---\ndate: 2023-01-01\n---\n';
    const dateline = 'BEIJING, Feb. 2, 2023 (Reuters) - ';
    const published = 'Published: March 3, 2023\n';
    const file = '2023-04-04-story.txt';
    assert.equal(findArticleDate(`${front}${published}\n${dateline}${BODY}`, null, file).source, 'front-matter');
    assert.equal(findArticleDate(`${published}\n${dateline}${BODY}`, null, file).source, 'dateline');
    assert.equal(findArticleDate(`${published}\n${BODY}`, null, file).source, 'published-line');
    assert.equal(findArticleDate(BODY, null, file).source, 'file-name');
  });

  test('the date is searched near the top only', () => {
    const text = `${'The talks went on. '.repeat(400)}\nPublished: June 19, 2023\n`;
    assert.equal(findArticleDate(text).source, 'none');
  });
});

suite('article date: in annotate()', () => {
  test('the found date anchors relative dates and its source is reported', () => {
    const a = annotate(`BEIJING, June 21, 2023 (Reuters) - The ministers met on Monday.\n`);
    assert.equal(a.documentDate, '2023-06-21');
    assert.equal(a.documentDateSource, 'dateline');
    assert.equal(a.dates.find((d) => d.text === 'Monday')?.value, '2023-06-19');
  });

  test('a year-less dateline read today anchors relative dates, and says where its year came from', () => {
    const a = annotate(`BEIJING, June 21 (Reuters) - The ministers met on Monday.\n`, { today: '2023-11-29' });
    assert.equal(a.documentDate, '2023-06-21');
    assert.equal(a.documentDateSource, 'dateline-without-year');
    assert.equal(a.dates.find((d) => d.text === 'Monday')?.value, '2023-06-19');
  });

  test('without an article date, relative dates are unresolved', () => {
    const a = annotate('The ministers met on Monday.\n');
    assert.equal(a.documentDateSource, 'none');
    assert.equal(a.dates[0].value, null);
  });
});

suite('article date: a place and a dash before the date line', () => {
  test('"Ottawa, Ontario — Published Nov. 20, 2026" and "Mumbai — April 17, 2025" date the article; a headline and a dash do not', () => {
    assert.equal(findArticleDate(`Ottawa, Ontario — Published Nov. 20, 2026\n\nBureau sues carrier\n\n${BODY}`).date, '2026-11-20');
    assert.equal(findArticleDate(`Mumbai — April 17, 2025\n\n${BODY}`).date, '2025-04-17');
    assert.equal(findArticleDate(`Storm hits coast — Published Monday\n\n${BODY}`).date, null);
  });
});
