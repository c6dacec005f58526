import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import { Annotator } from '../../src/core/annotator';
import type { Annotations } from '../../src/core/types';

// In an editor session a quote whose reading region (LOOK_BACK characters back from it, a few
// paragraphs on) misses an edit keeps its last speaker (lastSpeakerRun.ts). Some resolvers read
// beyond that region: every mention of a person (the body and the parties named beside them),
// every name before the quote (the company the story is about), the text's start and end (an
// interview's introduction and closing note, a byline), every person's name (a label of
// initials, an undescribed role's holder). Each test annotates a text, edits it more than
// LOOK_BACK characters from a quote in a way that changes what such a resolver answers for it,
// and asks the Annotator for what a fresh annotate() gives. Short articles written for the test;
// the filler sentences name no one and quote nothing.

const OPTIONS = { documentDate: '2024-05-01' };

/** Neutral paragraphs, more than LOOK_BACK characters and the margins of a reading region. */
const FILLER = Array.from({ length: 60 }, (_, i) => `The weather stayed mild in the valley and the roads were quiet for most of day ${i + 1}.`).join('\n\n');

function speakerOf(a: Annotations, quoteText: string): string | null {
  const q = a.quotes.find((x) => x.text.includes(quoteText));
  assert.ok(q, `no quote containing ${JSON.stringify(quoteText)} in ${JSON.stringify(a.quotes.map((x) => x.text))}`);
  return q.speakerName;
}

/**
 * Annotates `before`, then `after`, then `before` again in one editor session, each equal to a
 * fresh annotate(); the quote holding `quoteText` is said by `was` before the edit and by someone
 * else after it (so the edit does change what a fresh resolution answers).
 */
function editEqualsFresh(before: string, after: string, quoteText: string, was: string | null): void {
  const fresh = [annotate(before, OPTIONS), annotate(after, OPTIONS)];
  assert.equal(speakerOf(fresh[0], quoteText), was);
  assert.notEqual(speakerOf(fresh[1], quoteText), was);
  const editor = new Annotator();
  for (const [i, text] of [before, after, before, after].entries()) assert.deepStrictEqual(editor.annotate(text, OPTIONS), fresh[i % 2], `call ${i + 1}`);
}

/**
 * An edit of a filler sentence far from the quote leaves what its resolvers read as it was: the
 * Annotator keeps its speaker (and every quote's), equal to a fresh annotate().
 */
function keptAcrossNeutralEdit(text: string): void {
  const edited = replaced(text, 'most of day 5.', 'most of day five.');
  const editor = new Annotator();
  editor.annotate(text, OPTIONS);
  const now = editor.annotate(edited, OPTIONS);
  assert.deepStrictEqual(now, annotate(edited, OPTIONS));
  // The quotes past the filler, more than LOOK_BACK and a region's margins after the edit.
  const far = now.quotes.filter((q) => q.start > edited.indexOf('day five') + 4000).length;
  const { reused } = editor.lastReuse()!.speakers;
  assert.ok(far > 0 && reused >= far, `speakers reused ${reused} of ${far} far quotes`);
}

/** `text` with `from` replaced by `to`, once, where `from` occurs. */
function replaced(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), `no ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

suite('speaker keep rule: resolvers that read beyond the reading region', () => {
  test('bodyNamingsOf: the body named beside a holder\'s far first mention', () => {
    // (Only the body changes: the person's profile, read apart, stays the same.)
    const before = `Senate Democratic Leader Ray Cole met the mayor on Monday.\n\n${FILLER}\n\nSenate Majority Leader Tom Hale spoke to reporters. Ray Cole spoke later. "We will not give up," Cole said. The Senate Democratic leader said he would not budge.\n`;
    const after = replaced(before, 'Senate Democratic Leader Ray Cole', 'House Democratic Leader Ray Cole');
    editEqualsFresh(before, after, 'not budge', 'Ray Cole');
    keptAcrossNeutralEdit(before);
  });

  test('partiesOf: the party and state given a person far before the quote', () => {
    const before = `Ray Cole (D-Nev.) met the mayor on Monday.\n\n${FILLER}\n\nTom Hale and Ray Cole met on Tuesday. "We will wait," the Republican said.\n`;
    const after = replaced(before, 'Ray Cole (D-Nev.)', 'Ray Cole (R-Nev.)');
    editEqualsFresh(before, after, 'We will wait', 'Tom Hale');
    keptAcrossNeutralEdit(before);
  });

  test('storySubjectOver: how often the text named a company far before the quote', () => {
    const before = `Acme Corp opened a plant in the north. Acme Corp hired many workers there.\n\n${FILLER}\n\nAcme Corp shares rose on Monday.\n\nShares of Zenith Inc also rose on Monday.\n\n"We are pleased with the results," the company said.\n`;
    const after = replaced(before, 'Acme Corp opened a plant in the north. Acme Corp hired many workers there.', 'A plant opened in the north and hired many workers there.');
    editEqualsFresh(before, after, 'pleased', 'Acme Corp');
    // The names before it are counted: an edit far after the quote keeps it, one far before not.
    const longer = `${before}\n${FILLER.replace(/ day /gu, ' night ')}\n`;
    const editor = new Annotator();
    editor.annotate(longer, OPTIONS);
    const later = replaced(longer, 'most of night 55.', 'most of night fifty-five.');
    assert.deepStrictEqual(editor.annotate(later, OPTIONS), annotate(later, OPTIONS));
    assert.deepStrictEqual(editor.lastReuse()!.speakers, { reused: 1, computed: 0 });
    const earlier = replaced(longer, 'most of day 5.', 'most of day five.');
    assert.deepStrictEqual(editor.annotate(earlier, OPTIONS), annotate(earlier, OPTIONS));
    assert.deepStrictEqual(editor.lastReuse()!.speakers, { reused: 0, computed: 1 });
  });

  test('interviewee: the person an interview\'s introduction names most', () => {
    const before = `Ann Hale and Bob Reed spoke to the Gazette about the budget. Hale was tired.\n\n${FILLER}\n\nQ: What will the city cut first?\n\nA: We will cut the parking budget before anything else.\n`;
    const after = replaced(before, 'Hale was tired.', 'Reed was tired.');
    editEqualsFresh(before, after, 'parking budget', 'Ann Hale');
    keptAcrossNeutralEdit(before);
  });

  test('interviewee: the note after the last answer, where the introduction names no one', () => {
    const answers = Array.from({ length: 8 }, (_, i) => `Q: What about the plan for the year ${2000 + i}?\n\nA: The plan for that year stays as it was and the roads will be repaired in spring.`).join('\n\n');
    const before = `The city spoke to its mayor about the budget.\n\nQ: What will the city cut first?\n\nA: We will cut the parking budget before anything else.\n\n${answers}\n\nAnn Hale and Bob Reed run the city. Hale was tired.\n`;
    const after = replaced(before, 'Hale was tired.', 'Reed was tired.');
    editEqualsFresh(before, after, 'parking budget', 'Ann Hale');
  });

  test('askersOf: the interviewer an introduction names', () => {
    const before = `Ann Hale spoke to Bob Reed about the budget. Hale was tired.\n\n${FILLER}\n\nQ: What will the city cut first?\n\nA: We will cut the parking budget before anything else.\n`;
    const after = replaced(before, 'Ann Hale spoke to Bob Reed', 'Ann Hale was interviewed by Bob Reed');
    editEqualsFresh(before, after, 'What will the city', null);
  });

  test('bylineWriters: a byline added at the text\'s start', () => {
    const before = `Ray Cole\n\n${FILLER}\n\nRay Cole met the mayor on Tuesday. "We will wait," he said.\n`;
    const after = replaced(before, 'Ray Cole\n\n', 'By Ray Cole\n\n');
    editEqualsFresh(before, after, 'We will wait', 'Ray Cole');
    keptAcrossNeutralEdit(before);
  });

  test('personOfInitials: another person with the same initials named far away', () => {
    const before = `The architect John Smith spoke about the tower.\n\n${FILLER}\n\nJS: We never planned it that way.\n`;
    const after = replaced(before, 'The architect John Smith spoke', 'The architect John Smith and the engineer Jane Swift spoke');
    editEqualsFresh(before, after, 'never planned', 'John Smith');
    keptAcrossNeutralEdit(before);
  });

  test('kinNamedEarlier: the relative named after the same words far before', () => {
    const before = `John Miller and his wife, Linda Miller, moved to the town last year.\n\n${FILLER}\n\nJohn Miller arrived on Monday. "We are very tired," his wife said.\n`;
    const after = replaced(before, 'moved to the town last year.', 'moved to the town last year. Tom Hale and his wife, Ann Hale, stayed.');
    editEqualsFresh(before, after, 'very tired', 'Linda Miller');
    keptAcrossNeutralEdit(before);
  });

  test('onlyPersonOf: the one person the text made of a nation, named far before', () => {
    const before = `Portuguese striker Cristiano Ronaldo arrived on Monday.\n\n${FILLER}\n\nThe match ended late. "We lost the game," the Portuguese said.\n`;
    const after = replaced(before, 'arrived on Monday.', 'arrived on Monday. Portuguese coach Paulo Bento followed him.');
    editEqualsFresh(before, after, 'lost the game', 'Cristiano Ronaldo');
    keptAcrossNeutralEdit(before);
  });

  test('namedBeforeNoun: a body named with the noun after its name far before', () => {
    const before = `Leaders of the Aslef union met on Monday.\n\n${FILLER}\n\nAslef members met again on Tuesday. "We will strike," the union said.\n`;
    const after = replaced(before, 'the Aslef union met', 'the Aslef group met');
    editEqualsFresh(before, after, 'will strike', 'Aslef');
    keptAcrossNeutralEdit(before);
  });

  test('resolveRole: the holder a lede\'s role finds LOOK_AHEAD after it, past the paragraphs of its region', () => {
    // Short paragraphs: the region ends some 400 characters after the quote, the holder stands 500 after.
    const parts = Array.from({ length: 20 }, (_, i) => `The bill had ${i + 2} parts.`).join('\n\n');
    const before = `Arizona's governor vetoed a bill on Monday. "We must act now," the governor said.\n\n${parts}\n\nGov. Katie Hobbs, a Democrat, spoke later.\n\n${FILLER}\n`;
    const after = replaced(before, 'Gov. Katie Hobbs, a Democrat,', 'Katie Hobbs, a Democrat,');
    editEqualsFresh(before, after, 'act now', 'Katie Hobbs');
    const editor = new Annotator();
    editor.annotate(before, OPTIONS);
    const later = replaced(before, 'most of day 30.', 'most of day thirty.');
    assert.deepStrictEqual(editor.annotate(later, OPTIONS), annotate(later, OPTIONS));
    assert.deepStrictEqual(editor.lastReuse()!.speakers, { reused: 1, computed: 0 });
  });

  test('resolveUndescribedRole: whether the person is named in full far before', () => {
    const before = `Eddie Howe arrived in the city on Monday.\n\n${FILLER}\n\nMr. Howe was left frustrated. "We were poor today," the coach said.\n`;
    const after = replaced(before, 'Eddie Howe arrived', 'Howe arrived');
    editEqualsFresh(before, after, 'poor today', 'Eddie Howe');
    keptAcrossNeutralEdit(before);
  });
});
