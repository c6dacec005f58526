import * as assert from 'node:assert/strict';
import { CHECKS, runChecks } from '../../src/core/checks/checkRegistry';
import { isEditFix, type CheckFinding } from '../../src/core/checks/checkTypes';
import { quoteWithoutSpeaker } from '../../src/core/checks/quoteWithoutSpeaker';
import { speakerWithoutReferent } from '../../src/core/checks/speakerWithoutReferent';
import { damagedQuotationMarks } from '../../src/core/checks/damagedQuotationMarks';
import { nameSpelling } from '../../src/core/checks/nameSpelling';
import { oneEditApart, looksLikeMisspelling } from '../../src/core/checks/nameSimilarity';
import { relativeDateWithoutArticleDate } from '../../src/core/checks/relativeDateWithoutArticleDate';
import { webBoilerplate } from '../../src/core/checks/webBoilerplate';
import { unnamedSource } from '../../src/core/checks/unnamedSource';
import { invisibleCharacters } from '../../src/core/checks/invisibleCharacters';
import { misencodedText } from '../../src/core/checks/misencodedText';
import { apDayNames } from '../../src/core/checks/apDayNames';
import { annotate } from '../../src/core/annotate';
import { applyEdits, emptyAnnotations, person, quote, spanOf } from './checkFixtures';

function editsOf(f: CheckFinding, fix = 0) {
  const chosen = f.fixes[fix];
  assert.ok(chosen && isEditFix(chosen), 'expected a text-edit fix');
  return chosen.edits;
}

suite('checks', () => {
  test('every check has a unique kebab-case id and its own setting', () => {
    assert.equal(new Set(CHECKS.map((c) => c.id)).size, CHECKS.length);
    assert.equal(new Set(CHECKS.map((c) => c.setting)).size, CHECKS.length);
    for (const c of CHECKS) assert.match(c.id, /^[a-z]+(?:-[a-z]+)*$/);
  });

  suite('quote-without-speaker', () => {
    const text = '"It is over." Jane Doe said nothing else. "We go on," Mr. Roe said.';
    const jane = person('p1', 'Jane Doe', [spanOf(text, 'Jane Doe')]);
    const roe = person('p2', 'Roe', [spanOf(text, 'Roe')], 1);
    const a = emptyAnnotations();
    a.people.push(jane, roe);
    a.quotes.push(quote('q1', spanOf(text, '"It is over."'), null), quote('q2', spanOf(text, '"We go on,"'), roe, spanOf(text, 'Roe')));

    test('flags only the quote nobody said, with a fix that asks for the speaker', () => {
      const found = quoteWithoutSpeaker.run({ text, annotations: a });
      assert.deepEqual(found.map((f) => [f.start, f.end]), [[0, 13]]);
      assert.deepEqual(found[0].fixes[0], { title: 'Choose the speaker of this quote…', action: { kind: 'attribute-quote', quoteStart: 0 } });
    });

    test('a quote inside a quote is not flagged on its own', () => {
      const t = '"He asked me: “Why now?” and left," Roe said. "Alone."';
      const b = emptyAnnotations();
      b.quotes.push(quote('q1', spanOf(t, '"He asked me: “Why now?” and left,"'), null), quote('q2', spanOf(t, '“Why now?”'), null), quote('q3', spanOf(t, '"Alone."'), null));
      assert.deepEqual(quoteWithoutSpeaker.run({ text: t, annotations: b }).map((f) => f.start), [0, t.indexOf('"Alone."')]);
    });

    test('"a sign that shoppers are spending again": the writer reading the facts is no reported speech to flag', () => {
      const t = 'Sales rose by a quarter, a sign that shoppers are spending again.';
      const b = emptyAnnotations();
      b.quotes.push({ ...quote('q1', spanOf(t, 'that shoppers are spending again'), null), kind: 'indirect', cue: spanOf(t, 'sign') });
      assert.deepEqual(quoteWithoutSpeaker.run({ text: t, annotations: b }), []);
    });

    test('"Asked about X, Saka said": the writer\'s question is not flagged, nor asked again mid-text; other reported speech is', () => {
      const t = 'Asked about his celebrations, Saka said the fans deserved it.\nThe rules were asked about by nobody.';
      const found = quoteWithoutSpeaker.run({ text: t, annotations: annotate(t, { documentDate: '2026-11-24' }) });
      assert.ok(!found.some((f) => f.start < t.indexOf(',')), JSON.stringify(found));
      // Reported speech with a cue of its own and no speaker is still flagged.
      const u = 'It is said that taxes are too high.';
      const b = emptyAnnotations();
      b.quotes.push({ ...quote('q9', spanOf(u, 'that taxes are too high'), null), kind: 'indirect', cue: spanOf(u, 'said') });
      assert.equal(quoteWithoutSpeaker.run({ text: u, annotations: b }).length, 1);
    });

    test('a quote with an unresolved pronoun is left to the other check', () => {
      const b = structuredClone(a);
      b.quotes[0].speakerMention = { start: 0, end: 2, text: 'he' };
      assert.equal(quoteWithoutSpeaker.run({ text, annotations: b }).length, 0);
    });
  });

  suite('speaker-without-referent', () => {
    const text = '"We will win," he said.\n"They lost," said Ann Lee.';
    const a = emptyAnnotations();
    const ann = person('p1', 'Ann Lee', [spanOf(text, 'Ann Lee')], 1);
    a.people.push(ann);
    a.quotes.push(
      quote('q1', spanOf(text, '"We will win,"'), null, spanOf(text, 'he'), spanOf(text, 'said')),
      quote('q2', spanOf(text, '"They lost,"'), ann, spanOf(text, 'Ann Lee'), spanOf(text, 'said', 1)),
    );

    test('flags the pronoun with no referent, at the pronoun', () => {
      const found = speakerWithoutReferent.run({ text, annotations: a });
      assert.equal(found.length, 1);
      assert.equal(text.slice(found[0].start, found[0].end), 'he');
      assert.match(found[0].message, /only "he"/);
    });

    test('groups and first-person pronouns next to a cue are not flagged', () => {
      const t = '"Too late," experts said. "Not me," I said. "Fine," she said.';
      const b = emptyAnnotations();
      b.quotes.push(
        quote('q1', spanOf(t, '"Too late,"'), null, spanOf(t, 'experts')),
        quote('q2', spanOf(t, '"Not me,"'), null, spanOf(t, 'I')),
        quote('q3', spanOf(t, '"Fine,"'), null, spanOf(t, 'she')),
      );
      assert.deepEqual(speakerWithoutReferent.run({ text: t, annotations: b }).map((f) => t.slice(f.start, f.end)), ['she']);
    });

    test('a resolved pronoun is not flagged', () => {
      const b = structuredClone(a);
      b.quotes[0].speakerId = 'p1';
      assert.equal(speakerWithoutReferent.run({ text, annotations: b }).length, 0);
    });
  });

  suite('unnamed-source', () => {
    const flagged = (text: string): string[] =>
      unnamedSource.run({ text, annotations: annotate(text, { documentDate: '2024-03-06' }) }).map((f) => text.slice(f.start, f.end));

    test('flags quotes from sources the article does not name, at the words naming the source', () => {
      assert.deepEqual(flagged('"It is a bad deal," a spokesman for Mayor Tom Reed said.'), ['a spokesman for Mayor Tom Reed']);
      assert.deepEqual(flagged('"We are reviewing it," a senior administration official said on Monday.'), ['a senior administration official']);
      assert.deepEqual(flagged('"The deal is close," people familiar with the matter said.'), ['people familiar with the matter']);
      assert.deepEqual(flagged('"The deal is close," a source close to the talks told Reuters.'), ['a source close to the talks']);
    });

    test('named speakers, groups that speak as groups and reported speech are not flagged', () => {
      assert.deepEqual(flagged('"It is a bad deal," Reed spokesman Joe Blog said.'), []);
      assert.deepEqual(flagged('"We are worried," residents said. "Too late," experts said.'), []);
      assert.deepEqual(flagged('Officials said the plan would be reviewed.'), []);
    });

    test('the fix chooses the speaker of the quote', () => {
      const text = '"It is a bad deal," a spokesman for the mayor said.';
      const [finding] = unnamedSource.run({ text, annotations: annotate(text) });
      assert.deepEqual(finding?.fixes[0], { title: 'Choose the speaker of this quote…', action: { kind: 'attribute-quote', quoteStart: 0 } });
      assert.match(finding.message, /unnamed source, "a spokesman for the mayor": name the source, or say why it is not named/);
    });
  });

  suite('quotation-marks', () => {
    test('an unclosed mark gets its closing mark back after the words the quote kept', () => {
      const text = '“We will not give up, Blinken said on Monday.\n\nNext paragraph.';
      const a = emptyAnnotations();
      a.quotes.push(quote('q1', spanOf(text, '“We will not give up,'), null));
      a.problems.push({ start: 0, end: 1, code: 'unbalanced-quote', message: 'Quotation mark “ is never closed in its paragraph.' });
      const [f] = damagedQuotationMarks.run({ text, annotations: a });
      assert.equal(f.checkId, 'quotation-marks');
      assert.equal(applyEdits(text, editsOf(f)), '“We will not give up,” Blinken said on Monday.\n\nNext paragraph.');
    });

    test('without a quote span the mark closes at the end of the line, before trailing spaces', () => {
      const text = '"Never closed here  \nOther line.';
      const a = emptyAnnotations();
      a.problems.push({ start: 0, end: 1, code: 'unbalanced-quote', message: 'never closed' });
      const [f] = damagedQuotationMarks.run({ text, annotations: a });
      assert.equal(applyEdits(text, editsOf(f)), '"Never closed here"  \nOther line.');
    });

    test('a ? where the closing mark belongs is replaced by the mark answering the opening one', () => {
      const text = 'He said: «Nous gagnerons,? et il est parti.';
      const q = spanOf(text, '«Nous gagnerons,?');
      const a = emptyAnnotations();
      a.quotes.push(quote('q1', q, null));
      a.problems.push({ start: q.end - 1, end: q.end, code: 'damaged-quote', message: 'damaged' });
      const [f] = damagedQuotationMarks.run({ text, annotations: a });
      assert.equal(applyEdits(text, editsOf(f)), 'He said: «Nous gagnerons,» et il est parti.');
    });

    test('curly marks lost to the encoding on both sides are restored as a pair', () => {
      const text = 'She said \uFFFDno comment.\uFFFD Then left.';
      const q = spanOf(text, '\uFFFDno comment.\uFFFD');
      const a = emptyAnnotations();
      a.quotes.push(quote('q1', q, null));
      a.problems.push({ start: q.end - 1, end: q.end, code: 'damaged-quote', message: 'damaged' });
      const [f] = damagedQuotationMarks.run({ text, annotations: a });
      assert.equal(applyEdits(text, editsOf(f)), 'She said “no comment.” Then left.');
    });

    test('a closing mark with no opening one gets its opening mark where the finder took the quote to begin', () => {
      const text = 'Talks ended.\nWe will be back,” Jane Doe said.';
      const a = emptyAnnotations();
      a.quotes.push(quote('q1', spanOf(text, 'We will be back,”'), null));
      const at = text.indexOf('”');
      a.problems.push({ start: at, end: at + 1, code: 'unbalanced-quote', message: 'Closing quotation mark without an opening one.' });
      const [f] = damagedQuotationMarks.run({ text, annotations: a });
      assert.equal(applyEdits(text, editsOf(f)), 'Talks ended.\n“We will be back,” Jane Doe said.');
    });

    test('a lone closing mark with no quote gets no guess', () => {
      const text = 'It ended," she said.';
      const a = emptyAnnotations();
      a.problems.push({ start: 9, end: 10, code: 'unbalanced-quote', message: 'Closing quotation mark without an opening one.' });
      const [f] = damagedQuotationMarks.run({ text, annotations: a });
      assert.deepEqual(f.fixes, []);
    });

    test('a damaged opening mark is replaced by the one answering the closing mark', () => {
      const text = 'He said ?Nous gagnerons» et partit.';
      const q = spanOf(text, '?Nous gagnerons»');
      const a = emptyAnnotations();
      a.quotes.push(quote('q1', q, null));
      a.problems.push({ start: q.start, end: q.start + 1, code: 'damaged-quote', message: 'damaged opening' });
      const [f] = damagedQuotationMarks.run({ text, annotations: a });
      assert.equal(applyEdits(text, editsOf(f)), 'He said «Nous gagnerons» et partit.');
    });

    test('other problem codes are not this check’s business', () => {
      const a = emptyAnnotations();
      a.problems.push({ start: 0, end: 1, code: 'something-else', message: 'x' });
      assert.equal(damagedQuotationMarks.run({ text: 'abc', annotations: a }).length, 0);
    });

    test('end to end: a closing mark with no opening one, as the finder reports it, gets its opening mark back', () => {
      const text = 'Talks ended on Monday.\n\nWe will be back,” Jane Doe said.\n';
      const a = annotate(text, { documentDate: '2024-03-06' });
      assert.ok(a.problems.some((p) => p.code === 'unopened-quote'));
      const found = runChecks({ text, annotations: a }).findings.filter((f) => f.checkId === 'quotation-marks');
      assert.equal(found.length, 1);
      const fixed = applyEdits(text, editsOf(found[0]));
      assert.match(fixed, /“We will be back,” Jane Doe said/);
      assert.equal(annotate(fixed, { documentDate: '2024-03-06' }).problems.length, 0);
    });

    test('end to end: the finder’s problems become findings whose fix closes the quote', () => {
      const text = 'Officials met on Monday.\n\n"We will not give up, Blinken said.\n';
      const a = annotate(text, { documentDate: '2024-03-06' });
      const found = runChecks({ text, annotations: a }).findings.filter((f) => f.checkId === 'quotation-marks');
      assert.equal(found.length, 1);
      const fixed = applyEdits(text, editsOf(found[0]));
      assert.match(fixed, /"We will not give up," Blinken said/);
      assert.equal(annotate(fixed, { documentDate: '2024-03-06' }).problems.length, 0);
    });
  });

  suite('name-spelling', () => {
    test('similarity: one edit apart and similar by Jaro-Winkler', () => {
      assert.ok(oneEditApart('gang', 'geng'));
      assert.ok(oneEditApart('blinken', 'blinkn'));
      assert.ok(oneEditApart('merkel', 'mekrel'));
      assert.ok(!oneEditApart('martin', 'martinez'));
      assert.ok(looksLikeMisspelling('Blinken', 'Blinkin'));
      assert.ok(!looksLikeMisspelling('Harris', 'Morris'));
      assert.ok(!looksLikeMisspelling('Smith', 'Smith'));
    });

    const text = 'Qin Gang met Antony Blinken. Qin Gang spoke first. Later Qin Geng left, and Blinkin stayed with Mark Smith and Mary Smith.';
    const a = emptyAnnotations();
    a.people.push(
      person('p1', 'Qin Gang', [spanOf(text, 'Qin Gang'), spanOf(text, 'Qin Gang', 1)]),
      person('p2', 'Antony Blinken', [spanOf(text, 'Antony Blinken')]),
      person('p3', 'Qin Geng', [spanOf(text, 'Qin Geng')]),
      person('p4', 'Blinkin', [spanOf(text, 'Blinkin')]),
      person('p5', 'Mark Smith', [spanOf(text, 'Mark Smith')]),
      person('p6', 'Mary Smith', [spanOf(text, 'Mary Smith')]),
    );

    test('flags the rarer spelling and fixes it to the usual one', () => {
      const found = nameSpelling.run({ text, annotations: a });
      assert.deepEqual(found.map((f) => text.slice(f.start, f.end)).sort(), ['Blinkin', 'Geng']);
      const geng = found.find((f) => text.slice(f.start, f.end) === 'Geng');
      assert.ok(geng);
      assert.match(geng.message, /"Geng" here, "Gang" elsewhere \(twice\)/);
      assert.equal(applyEdits(text, editsOf(geng)), text.replace('Qin Geng', 'Qin Gang'));
      // the other way round rewrites both mentions of the usual spelling
      assert.equal(applyEdits(text, editsOf(geng, 1)), text.replace(/Qin Gang/g, 'Qin Geng'));
    });

    test('different first names with one surname are two people, not a typo', () => {
      const found = nameSpelling.run({ text, annotations: a });
      assert.ok(!found.some((f) => /Smith|Mark|Mary/.test(f.message)));
    });

    test('a plural (the Clintons) or a full stop left on a name is not a second spelling', () => {
      const t = 'Clinton spoke. The Clintons left. Trump. came later, and Trump won.';
      const b = emptyAnnotations();
      b.people.push(
        person('p1', 'Clinton', [spanOf(t, 'Clinton')]),
        person('p2', 'Clintons', [spanOf(t, 'Clintons')]),
        person('p3', 'Trump.', [spanOf(t, 'Trump.')]),
        person('p4', 'Trump', [spanOf(t, 'Trump', 1)]),
      );
      assert.equal(nameSpelling.run({ text: t, annotations: b }).length, 0);
    });

    test('two frequent spellings are taken for two people', () => {
      const t = 'Wang Ming, Wong Ming. '.repeat(3);
      const b = emptyAnnotations();
      b.people.push(
        person('p1', 'Wang', [0, 1, 2].map((i) => spanOf(t, 'Wang', i))),
        person('p2', 'Wong', [0, 1, 2].map((i) => spanOf(t, 'Wong', i))),
      );
      assert.equal(nameSpelling.run({ text: t, annotations: b }).length, 0);
    });
  });

  suite('relative-date-without-article-date', () => {
    const text = 'On Monday, and on June 5, 2023, and last week, and on June 5, for three years.';
    const dates = (documentDate: string | null) => {
      const a = emptyAnnotations(documentDate);
      a.dates.push(
        { ...spanOf(text, 'Monday'), type: 'DATE', value: null },
        { ...spanOf(text, 'June 5, 2023'), type: 'DATE', value: '2023-06-05' },
        // a finder that guessed a value for a relative date must not hide it
        { ...spanOf(text, 'last week'), type: 'DATE', value: '1999-W52' },
        { ...spanOf(text, 'June 5', 1), type: 'DATE', value: 'XXXX-06-05' },
        { ...spanOf(text, 'three years'), type: 'DURATION', value: 'P3Y' },
      );
      return a;
    };

    test('flags each relative date when the article date is unknown, with a fix to set it', () => {
      const found = relativeDateWithoutArticleDate.run({ text, annotations: dates(null) });
      assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['Monday', 'last week', 'June 5']);
      assert.deepEqual(found[0].fixes[0], { title: 'Set the article date…', action: { kind: 'set-article-date' }, preferred: true });
    });

    test('nothing when the article date is known', () => {
      assert.equal(relativeDateWithoutArticleDate.run({ text, annotations: dates('2024-01-01') }).length, 0);
    });
  });

  suite('web-boilerplate', () => {
    const text = 'First paragraph.\n\nADVERTISEMENT\n\nSecond paragraph about an advertisement.\n  Scroll to continue reading  \nCOMMERCIAL BREAK\nLast.';

    test('flags whole boilerplate lines only', () => {
      const found = webBoilerplate.run({ text, annotations: emptyAnnotations() });
      assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['ADVERTISEMENT', 'Scroll to continue reading', 'COMMERCIAL BREAK']);
    });

    test('the fix removes the line and keeps paragraphs one blank line apart', () => {
      const found = webBoilerplate.run({ text, annotations: emptyAnnotations() });
      assert.equal(applyEdits(text, editsOf(found[0])), 'First paragraph.\n\nSecond paragraph about an advertisement.\n  Scroll to continue reading  \nCOMMERCIAL BREAK\nLast.');
      assert.equal(applyEdits(text, editsOf(found[2])), text.replace('COMMERCIAL BREAK\n', ''));
    });

    test('a long line is never tested (prose)', () => {
      const t = `${'advertisement '.repeat(10)}\n`;
      assert.equal(webBoilerplate.run({ text: t, annotations: emptyAnnotations() }).length, 0);
    });
  });

  suite('invisible-characters', () => {
    const text = '\ufeffThe minister,\u200b Jane Doe, met officials in Wash\u00adington.\u200e\u200f A family \u{1F469}\u200d\u{1F469} came; Ja\u200dne left.';
    const found = invisibleCharacters.run({ text, annotations: emptyAnnotations() });

    test('flags zero-width spaces, soft hyphens, direction marks and a joiner between letters, a run as one finding', () => {
      assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['\u200b', '\u00ad', '\u200e\u200f', '\u200d']);
      assert.match(found[0].message, /U\+200B ZERO WIDTH SPACE/u);
      assert.match(found[2].message, /U\+200E LEFT-TO-RIGHT MARK, U\+200F RIGHT-TO-LEFT MARK/u);
    });

    test('not the byte order mark opening the file, nor the joiner inside an emoji', () => {
      assert.ok(found.every((f) => f.start > 0));
      assert.equal(found.filter((f) => text.slice(f.start, f.end) === '\u200d').length, 1);
    });

    test('the fix removes them and nothing else', () => {
      let fixed = text;
      for (const f of [...found].reverse()) fixed = applyEdits(fixed, editsOf(f));
      assert.equal(fixed, '\ufeffThe minister, Jane Doe, met officials in Washington. A family \u{1F469}\u200d\u{1F469} came; Jane left.');
    });

    test('a text without any is not flagged', () => {
      assert.deepEqual(invisibleCharacters.run({ text: 'Plain “quoted” text — with dashes.', annotations: emptyAnnotations() }), []);
    });
  });

  suite('misencoded-text', () => {
    // As such copy arrives: UTF-8 read as Windows-1252, one accent decomposed by a later step ("SÃ ̈ne").
    const text = 'Detainees held at GuantÃ¡namo Bay, said FranÃ§ois Delattre. â€œWe donâ€™t know,â€ he said. SÃ©golÃ ̈ne Royal and a cafÃ© owner in Ciudad JuÃ¡rez agreed.';
    const found = misencodedText.run({ text, annotations: emptyAnnotations() });

    test('flags each run of mis-encoded characters and says what it reads as', () => {
      assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['Ã¡', 'Ã§', 'â€œ', 'â€™', 'â€\u009d', 'Ã©', 'Ã \u0308', 'Ã©', 'Ã¡']);
      assert.match(found[0].message, /“Ã¡” is “á” mis-encoded/u);
    });

    test('the fix restores the characters and nothing else', () => {
      let fixed = text;
      for (const f of [...found].reverse()) fixed = applyEdits(fixed, editsOf(f));
      assert.equal(fixed, 'Detainees held at Guantánamo Bay, said François Delattre. “We don’t know,” he said. Ségolène Royal and a café\u00a0owner in Ciudad Juárez agreed.');
    });

    test('text as meant is not flagged: accents, curly marks, Portuguese "São", a lone "Â"', () => {
      const meant = 'São Paulo’s mayor, Françoise Müller and José Ñúñez said “Â” is a letter; ÅÆÇ are too. Ça va, à bientôt.';
      assert.deepEqual(misencodedText.run({ text: meant, annotations: emptyAnnotations() }), []);
    });
  });

  suite('ap-day-names (opt-in)', () => {
    const text = 'Jane Doe said yesterday that the bill would pass. "We vote tomorrow," she said. Yesterday morning the Senate met; it meets again tomorrow.';
    const annotations = annotate(text, { documentDate: '2016-09-27' });
    const found = apDayNames.run({ text, annotations });

    test('"yesterday" and "tomorrow" outside quotations are named by their weekday, the fix writes it', () => {
      assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['yesterday', 'Yesterday', 'tomorrow']);
      assert.match(found[0].message, /"yesterday" is Monday \(2016-09-26\)/u);
      let fixed = text;
      for (const f of [...found].reverse()) fixed = applyEdits(fixed, editsOf(f));
      assert.equal(fixed, 'Jane Doe said Monday that the bill would pass. "We vote tomorrow," she said. Monday morning the Senate met; it meets again Wednesday.');
    });

    test('off unless switched on; no finding where the article date is unknown', () => {
      assert.equal(runChecks({ text, annotations }).findings.filter((f) => f.checkId === 'ap-day-names').length, 0);
      assert.equal(runChecks({ text, annotations }, { optedIn: new Set(['ap-day-names']) }).findings.filter((f) => f.checkId === 'ap-day-names').length, 3);
      assert.deepEqual(apDayNames.run({ text, annotations: annotate(text, {}) }), []);
    });
  });

  suite('registry', () => {
    const text = 'ADVERTISEMENT\n'.repeat(250);

    test('caps the findings and reports how many there were', () => {
      const r = runChecks({ text, annotations: emptyAnnotations() }, { maxFindings: 100 });
      assert.equal(r.findings.length, 100);
      assert.equal(r.total, 250);
      assert.ok(r.findings.every((f, i) => i === 0 || r.findings[i - 1].start <= f.start));
    });

    test('a disabled check does not run', () => {
      assert.equal(runChecks({ text, annotations: emptyAnnotations() }, { disabled: new Set(['web-boilerplate']) }).total, 0);
    });

    test('stays linear on a long file full of findings', () => {
      const big = 'ADVERTISEMENT\nSome sentence of the article that goes on for a while.\n'.repeat(20000);
      const t0 = process.hrtime.bigint();
      const r = runChecks({ text: big, annotations: emptyAnnotations() });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      assert.equal(r.total, 20000);
      assert.ok(ms < 1000, `took ${ms} ms on ${big.length} chars`);
    });
  });
});
