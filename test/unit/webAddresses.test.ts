import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { annotate } from '../../src/core/annotate';
import { outsideAddresses, webAddresses } from '../../src/core/text/webAddresses';

suite('web and e-mail addresses: nothing inside them is the article\'s', () => {
  test('links with and without a scheme, e-mail addresses, and the sentence punctuation after them', () => {
    const text = 'See https://www.reuters.com/world/2023/06/12/talks/. Or www.state.gov, or write to press@state.gov.';
    assert.deepEqual(webAddresses(text).map((a) => a.text), ['https://www.reuters.com/world/2023/06/12/talks/', 'www.state.gov', 'press@state.gov']);
  });

  test('links pasted from a tweet: glued to the sentence before, or written without a scheme', () => {
    const text = 'Coming September 30th.https://t.co/hbaWqfjJcp pic.twitter.com/P2qpm3h3Pm and nytimes.com/2016/09/x.';
    assert.deepEqual(webAddresses(text).map((a) => a.text), ['https://t.co/hbaWqfjJcp', 'pic.twitter.com/P2qpm3h3Pm', 'nytimes.com/2016/09/x']);
  });

  test('social-media handles of an embedded tweet, not an @ inside a word or before nothing', () => {
    const text = 'Like you’ve never seen them before.@MaryJBlige sits down with @HillaryClinton. — Apple Music (@AppleMusic) Meet @ 5, see x@y or @_2.';
    assert.deepEqual(webAddresses(text).map((a) => a.text), ['@MaryJBlige', '@HillaryClinton', '@AppleMusic']);
    // One plain word names its owner as the prose would.
    assert.deepEqual(webAddresses('Time to stand up to the @NRA. Follow him at @Stranahan or @lee_s.').map((a) => a.text), ['@lee_s']);
    const doc = annotate(text, { documentDate: '2016-09-27' });
    const names = [...doc.people, ...doc.organizations, ...doc.places].flatMap((e) => e.mentions.map((m) => m.text));
    assert.ok(!names.some((n) => /MaryJBlige|HillaryClinton|AppleMusic/u.test(n)), names.join(', '));
  });

  test('prose with slashes and dots is no link: capitals, abbreviations, units, a bare site name', () => {
    const text = 'U.S./Mexico talks, 9 p.m./10 p.m., 50 km/h, and/or 24/7; Breitbart.com reported; the e.g./i.e. rule; Sept./Oct. issue.';
    assert.deepEqual(webAddresses(text), []);
  });

  test('a Markdown link ends at its bracket', () => {
    const text = '[according to Reuters](https://www.reuters.com/a-may-2023) and more';
    assert.deepEqual(webAddresses(text).map((a) => a.text), ['https://www.reuters.com/a-may-2023']);
  });

  test('prose with no address has none, and keeps every item', () => {
    const text = 'The meeting on June 12 in Washington, at 10 a.m.';
    assert.deepEqual(webAddresses(text), []);
    const items = [{ start: 0, end: 3 }];
    assert.equal(outsideAddresses(items, webAddresses(text)), items);
  });

  test('items overlapping an address are dropped, the others kept', () => {
    const addresses = [{ start: 10, end: 20, text: '' }, { start: 30, end: 40, text: '' }];
    const items = [{ start: 0, end: 10 }, { start: 8, end: 12 }, { start: 20, end: 30 }, { start: 35, end: 36 }, { start: 39, end: 45 }, { start: 40, end: 41 }];
    assert.deepEqual(outsideAddresses(items, addresses), [{ start: 0, end: 10 }, { start: 20, end: 30 }, { start: 40, end: 41 }]);
  });

  test('annotate: no date or name from a link\'s path, the prose around it still read', () => {
    const text = 'Antony Blinken met Wang Yi on Monday, [according to Reuters](https://www.reuters.com/world/2023/06/12/china-talks-may-2023/). Write to news@nytimes.com.';
    const doc = annotate(text, { documentDate: '2023-06-19' });
    assert.deepEqual(doc.dates.map((d) => d.text), ['Monday']);
    const names = [...doc.people, ...doc.organizations, ...doc.places].flatMap((e) => e.mentions.map((m) => m.text));
    assert.ok(names.includes('Antony Blinken') && names.includes('Reuters'), names.join(', '));
    assert.ok(!names.some((n) => /nytimes|china/iu.test(n)), names.join(', '));
  });

  test('linear on one endless dotted run with an address after it (a scheme or local part read from every dot would be quadratic)', () => {
    const perChar = (n: number): number => {
      const text = `${'a.b-'.repeat(n)}/ https://x.org mail@x.org x.co/y ${'a.bc/ x.yz/@'.repeat(n)}`;
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const t0 = performance.now();
        webAddresses(text);
        best = Math.min(best, performance.now() - t0);
      }
      return best / text.length;
    };
    perChar(2_000);
    const small = perChar(25_000);
    const large = perChar(250_000);
    assert.ok(large < small * 3, `per character: ${(small * 1e6).toFixed(1)} ns at 100 KB, ${(large * 1e6).toFixed(1)} ns at 1 MB`);
  });

  test('the scan finds exactly what a regex of the same addresses finds, on random text', () => {
    // The reference: one regex per kind of address, the form the scan replaced (it cost
    // milliseconds per 100 KB); where two overlap, the earlier one stands, as in the scan.
    const URL_BODY = '[^\\s<>"“”\'‘’`()[\\]{}]+';
    const SCHEME = new RegExp(`(?<![a-z0-9+-])[a-z][a-z0-9+-]{0,15}:\\/\\/${URL_BODY}`, 'giu');
    const WWW = new RegExp(`(?<![a-z0-9+.-])www\\.${URL_BODY}`, 'giu');
    // An e-mail address, else a handle: "@" and word characters, one a letter, the "@" not
    // inside a word, nor one plain word ("@NRA", "@Milbank").
    const AT = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\p{L}\p{N}_])@(?!(?:[A-Z]{2,}|[A-Z][a-z]+)(?![A-Za-z0-9_@]))[A-Za-z0-9_]*[A-Za-z][A-Za-z0-9_]*(?![A-Za-z0-9_@])/gu;
    // A link with neither: a lower-case host of two labels or more, a path.
    const BARE = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}_@/:+.-])(?:[a-z0-9-]+\\.)+[a-z]{2,24}\\/${URL_BODY}`, 'gu');
    // What follows a link's opening ("https://", "www.", the host's "/") must name something:
    // "www.://" does not.
    const read = (text: string, re: RegExp, opening: ((raw: string) => number) | null) =>
      [...text.matchAll(re)]
        .map((m) => ({ a: m[0].replace(/[.,;:!?]+$/u, ''), raw: m[0], start: m.index }))
        .filter(({ a, raw }) => opening === null || /[\p{L}\p{N}]/u.test(a.slice(opening(raw))));
    const reference = (text: string): string[] => {
      const spans = [
        ...read(text, SCHEME, (raw) => raw.indexOf('://') + 3),
        ...read(text, WWW, () => 4),
        ...read(text, BARE, (raw) => raw.indexOf('/') + 1),
        ...read(text, AT, null),
      ]
        .sort((x, y) => x.start - y.start || y.a.length - x.a.length);
      // As the scan: one address per stretch of text, the earliest.
      let covered = -1;
      return spans.filter((s) => {
        const keep = s.start >= covered;
        covered = Math.max(covered, s.start + s.a.length);
        return keep;
      }).map((s) => s.a);
    };
    const pieces = ['http', 's', '://', 'www.', 'x', 'Y', '9', '.', '-', '+', '_', '@', '/', ',', ' ', '\n', '(', ')', '"', '“', '\u00a0', '\u2003', 'é', 'com', 'a.b', 't.co/', '@x', '@Ab', 'AB'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        // "www.http://…": the regex reads a scheme there and gives up; the scan then reads the
        // "www." — nonsense either way, and not worth matching the regex on.
        fc.pre(!/www\.[a-z0-9+.-]*:\/\//iu.test(text));
        // "@x://…", a handle running into a scheme: as meaningless.
        fc.pre(!/@[a-z0-9+_-]*:\/\//iu.test(text));
        assert.deepEqual(webAddresses(text).map((a) => a.text), reference(text), JSON.stringify(text));
      }),
      { numRuns: 3000 },
    );
  });
});
