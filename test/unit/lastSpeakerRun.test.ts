import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import { Annotator } from '../../src/core/annotator';
import { LOOK_BACK } from '../../src/core/quotes/referenceResolver';
import type { Annotations } from '../../src/core/types';

// After an edit, a quote keeps the speaker of the version before only when the edit lies
// outside what resolving it reads, LOOK_BACK characters back included: "he" stands for the
// person named in the nearest sentence before it, up to LOOK_BACK characters back, so a
// name typed in between changes whom it stands for.

/** Paragraphs that name no one and hold no pronoun, about `chars` characters in all. */
function filler(chars: number): string {
  const lines = [
    'The hall was full and the crowd was loud for most of the night.',
    'Rain fell on the town square while the band played old songs.',
    'Tickets sold out within an hour of the doors opening that evening.',
    'A long line of cars waited at the bridge until well after dark.',
  ];
  const out: string[] = [];
  for (let n = 0; out.join('\n').length < chars; n++) out.push(lines[n % lines.length]);
  return out.join('\n');
}

const OPENING = '"The plan is ready," said Bill Hayes, the mayor.\nBill Hayes and John Carter spoke at the town hall.';

function speakerOf(result: Annotations, quote: string): string | null {
  const q = result.quotes.find((x) => x.text === quote);
  assert.ok(q, `the quote ${quote} is found`);
  return q.speakerName;
}

const QUOTE = '"We will win,"';

suite('Speakers kept from the version before an edit', () => {
  test('a name typed within LOOK_BACK before a pronoun\'s quote, beyond the quote\'s own surroundings, changes its speaker', () => {
    // The edit stands about half of LOOK_BACK before the quote: past every margin around it, inside the pronoun's look-back.
    const gap = filler(LOOK_BACK / 2);
    const before = `${OPENING}\n${filler(600)}\nJohn Carter arrived late.\nMARK\n${gap}\n${QUOTE} he said.\n${filler(400)}\n`;
    const text = before.replace('MARK\n', '');
    const edited = before.replace('MARK\n', 'Bill Hayes left early.\n');
    const options = { documentDate: '2016-09-20' };
    assert.equal(speakerOf(annotate(text, options), QUOTE), 'John Carter');
    assert.equal(speakerOf(annotate(edited, options), QUOTE), 'Bill Hayes', 'the fixture makes the edit change the speaker');
    const annotator = new Annotator();
    annotator.annotate(text, options);
    const result = annotator.annotate(edited, options);
    assert.equal(JSON.stringify(result), JSON.stringify(annotate(edited, options)));
    assert.equal(speakerOf(result, QUOTE), 'Bill Hayes');
    assert.ok(annotator.lastReuse()!.speakers.reused >= 1, 'the quote before the edit keeps its speaker');
  });

  test('a quote more than LOOK_BACK after an edit keeps its speaker, moved', () => {
    const text = `${OPENING}\n${filler(600)}\nJohn Carter arrived late.\n${filler(LOOK_BACK + 1200)}\nJohn Carter took the stage.\n${QUOTE} he said.\n`;
    const edited = text.replace('arrived late', 'arrived very late');
    const options = { documentDate: '2016-09-20' };
    const annotator = new Annotator();
    annotator.annotate(text, options);
    const result = annotator.annotate(edited, options);
    assert.equal(JSON.stringify(result), JSON.stringify(annotate(edited, options)));
    assert.equal(speakerOf(result, QUOTE), 'John Carter');
    const reuse = annotator.lastReuse()!.speakers;
    assert.equal(reuse.reused, result.quotes.length, 'both quotes keep their speakers: the first before the edit, the last far after it');
    assert.equal(reuse.computed, 0);
    assert.equal(result.quotes[1].speakerMention?.start, edited.indexOf(`${QUOTE} he said`) + QUOTE.length + 1, 'the kept speaker mention is moved by the edit');
  });

  test('a quote that names its speaker reads no further back than its paragraphs: an edit within LOOK_BACK before it keeps it, while a pronoun\'s quote there is read again', () => {
    const options = { documentDate: '2016-09-20' };
    const named = '"The roads are ready,"';
    const text = `${OPENING}\n${filler(600)}\nJohn Carter arrived late.\n${filler(LOOK_BACK / 2)}\n${named} said Bill Hayes.\n${filler(800)}\nJohn Carter took the stage.\n${filler(LOOK_BACK / 2)}\n${QUOTE} he said.\n${filler(400)}\n`;
    // A letter typed half of LOOK_BACK before the named quote, in no one's name.
    const edited = text.replace('arrived late.\n', 'arrived late.\nx');
    const annotator = new Annotator();
    annotator.annotate(text, options);
    const result = annotator.annotate(edited, options);
    assert.equal(JSON.stringify(result), JSON.stringify(annotate(edited, options)));
    assert.deepEqual(annotator.lastReuse()!.speakers, { reused: 3, computed: 0 }, 'the named quote keeps its speaker, moved');
    // Typed before the pronoun's quote, within its LOOK_BACK: it alone is read again.
    const later = edited.replace('took the stage.\n', 'took the stage.\nx');
    assert.equal(JSON.stringify(annotator.annotate(later, options)), JSON.stringify(annotate(later, options)));
    assert.deepEqual(annotator.lastReuse()!.speakers, { reused: 2, computed: 1 });
  });

  test('a role noun reads back LOOK_BACK characters: a holder named within it, past the quote\'s paragraphs, is found after an edit', () => {
    const options = { documentDate: '2016-09-20' };
    const text = `Tom Hale, the mayor, arrived on Monday.\n${filler(600)}\nMARK\n${filler(LOOK_BACK / 2)}\n${QUOTE} the mayor said.\n${filler(400)}\n`;
    const before = text.replace('MARK\n', '');
    const edited = text.replace('MARK\n', 'The new mayor, Ann Reed, spoke.\n');
    assert.equal(speakerOf(annotate(before, options), QUOTE), 'Tom Hale');
    assert.equal(speakerOf(annotate(edited, options), QUOTE), 'Ann Reed', 'the fixture makes the holder named in the edit the speaker');
    const annotator = new Annotator();
    annotator.annotate(before, options);
    const result = annotator.annotate(edited, options);
    assert.equal(JSON.stringify(result), JSON.stringify(annotate(edited, options)));
    // Back, and a letter typed in the filler: the role's quote is read again, the edit being within its LOOK_BACK.
    annotator.annotate(before, options);
    const typed = before.replace('arrived on Monday.\n', 'arrived on Monday.\nx');
    assert.equal(JSON.stringify(annotator.annotate(typed, options)), JSON.stringify(annotate(typed, options)));
    assert.equal(annotator.lastReuse()!.speakers.computed, 1);
  });

  test('an edit that changes what the article says of its people resolves every quote again', () => {
    const text = `${OPENING}\n${filler(600)}\nJohn Carter arrived late.\n${filler(LOOK_BACK + 1200)}\nJohn Carter took the stage.\n${QUOTE} he said.\n`;
    // "Senator" gives John Carter a role: every quote's resolution may read it.
    const edited = text.replace('John Carter arrived late', 'Senator John Carter arrived late');
    const options = { documentDate: '2016-09-20' };
    const annotator = new Annotator();
    annotator.annotate(text, options);
    const result = annotator.annotate(edited, options);
    assert.equal(JSON.stringify(result), JSON.stringify(annotate(edited, options)));
    assert.equal(annotator.lastReuse()!.speakers.reused, 0);
  });
});

// A quote is kept only where the edit lies outside its reading region: runs of edits at the
// text's ends and in its middle, and a name changed in the cue of a quote before the edit.
suite('Reading regions across runs of edits', () => {
  test('a run of edits typed, paragraphs added at the start and the end, keeps the speakers a fresh annotate() gives', () => {
    const options = { documentDate: '2016-09-20' };
    const part = (n: number): string => `${filler(700)}\nJohn Carter${n} took the stage.\n${QUOTE} he said.\n"Not yet," said Bill Hayes.`;
    let text = `${OPENING}\n${[1, 2, 3, 4, 5, 6].map(part).join('\n')}\n`;
    const annotator = new Annotator();
    annotator.annotate(text, options);
    const edits: Array<(t: string) => string> = [
      (t) => t.replace('took the stage', 'took the stagex'),
      (t) => `${t}"One more," said Bill Hayes.\n`,
      (t) => `A short note.\n${t}`,
      (t) => t.replace('A short note.\n', ''),
      (t) => t.replace('stagex', 'stage'),
      (t) => `${t}\nThe end.`,
      (t) => t.replace(/\nThe end\.$/u, ''),
    ];
    let reused = 0;
    for (const edit of edits) {
      text = edit(text);
      for (const step of [text, `${text.slice(0, 900)}x${text.slice(900)}`]) {
        assert.equal(JSON.stringify(annotator.annotate(step, options)), JSON.stringify(annotate(step, options)));
        reused += annotator.lastReuse()!.speakers.reused;
      }
      annotator.annotate(text, options);
    }
    assert.ok(reused > 0, 'quotes far from the edits keep their speakers');
  });

  test('a quote before an edit whose region reaches it is resolved again: a name changed in its cue', () => {
    const options = { documentDate: '2016-09-20' };
    const text = `Bill Hayes and Bill Hayez spoke.\n${filler(LOOK_BACK + 600)}\n${QUOTE} said Bill Hayes.\n${filler(LOOK_BACK + 600)}\n"Not yet," said Bill Hayez.\n`;
    const edit = text.replace(`${QUOTE} said Bill Hayes`, `${QUOTE} said Bill Hayez`);
    assert.equal(speakerOf(annotate(edit, options), QUOTE), 'Bill Hayez');
    const annotator = new Annotator();
    annotator.annotate(text, options);
    // A first edit far after the quote: the next edit diffs against a version that kept quotes itself.
    annotator.annotate(`${text}\n`, options);
    const result = annotator.annotate(edit, options);
    assert.equal(JSON.stringify(result), JSON.stringify(annotate(edit, options)));
    assert.equal(speakerOf(result, QUOTE), 'Bill Hayez');
    // Typed again far after it: the quote's region is taken over, and still ends before the edit.
    const later = edit.replace('"Not yet," said', '"Not yet, " said');
    assert.equal(JSON.stringify(annotator.annotate(later, options)), JSON.stringify(annotate(later, options)));
  });
});

// A name typed or changed before a quote renumbers the people after it (ids go in order of
// first mention); a quote whose surroundings the edit did not reach keeps its speaker under
// the new number, as long as the people it may read are the same people, read the same.
suite('Speakers kept across a change of the people', () => {
  const options = { documentDate: '2016-09-20' };
  const far = `${filler(LOOK_BACK + 600)}\nJohn Carter took the stage.\n${QUOTE} he said.\n`;

  function edited(text: string, edit: string): { result: Annotations; reuse: { reused: number; computed: number } } {
    const annotator = new Annotator();
    annotator.annotate(text, options);
    const result = annotator.annotate(edit, options);
    assert.equal(JSON.stringify(result), JSON.stringify(annotate(edit, options)));
    return { result, reuse: annotator.lastReuse()!.speakers };
  }

  test('a person named first far before a quote renumbers everyone; the quote keeps its speaker under the new id', () => {
    const text = `${OPENING}\n${far}`;
    const edit = `Ann Lee opened the meeting.\n${text}`;
    const before = annotate(text, options);
    const after = annotate(edit, options);
    const carter = (r: Annotations): string => r.people.find((p) => p.name === 'John Carter')!.id;
    assert.notEqual(carter(before), carter(after), 'the fixture renumbers John Carter');
    const { result, reuse } = edited(text, edit);
    assert.equal(speakerOf(result, QUOTE), 'John Carter');
    assert.equal(result.quotes.find((q) => q.text === QUOTE)!.speakerId, carter(after));
    assert.ok(reuse.reused >= 1, 'the quote far after the new name keeps its speaker');
  });

  test('a person whose role an edit removes is read again by a far quote that names them by the role', () => {
    // (Introduced by someone else, as the object: a role no one holds is not taken for him.)
    const text = `Senator John Carter arrived late.\n${filler(LOOK_BACK + 600)}\nMary Stone introduced John Carter.\n${QUOTE} the senator said.\n`;
    // Renumbered too (a person named before everyone), and John Carter loses the role "senator".
    const edit = text.replace('Senator John Carter arrived', 'Ann Lee said John Carter arrived');
    assert.equal(speakerOf(annotate(text, options), QUOTE), 'John Carter');
    assert.equal(speakerOf(annotate(edit, options), QUOTE), null, 'the fixture makes the role decide the speaker');
    const { result } = edited(text, edit);
    assert.equal(speakerOf(result, QUOTE), null);
  });

  test('a surname no longer shared makes a far report of its bearer\'s words name the speaker whom "he" goes on with', () => {
    const text = `Tom Hayes spoke first.\n${filler(LOOK_BACK + 600)}\nBill Hayes arrived.\nMark Stone heard that Hayes claimed taxes would rise.\n${QUOTE} he said.\n`;
    const edit = text.replace('Tom Hayes', 'Tom Hayex');
    // With two Hayeses, "Hayes claimed" does not say which one spoke, and "he" is the subject of the sentence before.
    assert.equal(speakerOf(annotate(text, options), QUOTE), 'Mark Stone');
    assert.equal(speakerOf(annotate(edit, options), QUOTE), 'Bill Hayes', 'the fixture makes the shared surname decide the speaker');
    const { result, reuse } = edited(text, edit);
    assert.equal(speakerOf(result, QUOTE), 'Bill Hayes');
    assert.ok(reuse.reused >= 1, 'the report far after the edit keeps its speaker');
  });

  test('a quote whose "he" goes on with the last speaker is read again when that speaker\'s gender changed, though their name lies beyond its surroundings', () => {
    // "the senator" names no one: the last speaker it leaves stands there, and the person's only name is far before the last quote.
    const text = `Senator Pat Morgan arrived on Monday.\n${filler(LOOK_BACK - 400)}\n"The vote is close," the senator said.\n${filler(1400)}\n${QUOTE} he said.\n`;
    const edit = text.replace('arrived on Monday.', 'arrived on Monday. She waved.');
    assert.equal(speakerOf(annotate(text, options), QUOTE), 'Pat Morgan');
    assert.equal(speakerOf(annotate(edit, options), QUOTE), null, 'the fixture makes the pronoun after the name decide whom "he" can be');
    const { result } = edited(text, edit);
    assert.equal(speakerOf(result, QUOTE), null);
  });

  test('a far quote whose speaker\'s bare surname an edit hands to another bearer of it is resolved again', () => {
    const far = filler(LOOK_BACK + 600);
    // "Hayes" goes to the Hayes the article introduced first: Bill, then (Bill renamed where first named) Tom.
    const text = `Bill Hayes spoke.\n${far}\nHayes arrived.\n${QUOTE} Hayes said.\n${far}\nTom Hayes came.\n${far}\nBill Hayes left.\n`;
    const edit = text.replace('Bill Hayes spoke', 'Bill Hayex spoke');
    const speakerIdOf = (r: Annotations): string | null => r.quotes.find((q) => q.text === QUOTE)!.speakerId;
    const tom = (r: Annotations): string => r.people.find((p) => p.name === 'Tom Hayes')!.id;
    assert.notEqual(speakerIdOf(annotate(text, options)), tom(annotate(text, options)));
    assert.equal(speakerIdOf(annotate(edit, options)), tom(annotate(edit, options)), 'the fixture hands the quote to Tom Hayes');
    const { result } = edited(text, edit);
    assert.equal(speakerIdOf(result), tom(result));
  });
});
