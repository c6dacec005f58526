import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import { Annotator } from '../../src/core/annotator';
import type { Annotations } from '../../src/core/types';
import { findNamesWithTagger } from '../../src/core/names/taggedNameFinder';
import { defaultTagger } from '../../src/core/names/defaultTagger';
import { editorAnalyzer } from './helpers/editorAnalyzer';
import type { NameMention } from '../../src/core/names/nameMention';

// The incremental tagger (src/core/names/incrementalTagging.ts) keeps each paragraph's
// share of what the tagger reads of the whole document, and after an edit decodes again
// only the sentences whose own text or whose words' sums changed. An edit in one paragraph
// must still change the reading of unchanged paragraphs exactly as a fresh annotate()
// does. Fixture sentences written for these tests.

/** Where the people of the result are mentioned. */
const peopleAt = (a: Annotations): string[] => a.people.flatMap((p) => p.mentions.map((m) => `${m.start}-${m.end}`)).sort();

/** Annotates each text in turn with one Annotator, each result compared with a fresh annotate(); returns the people of each. */
function throughEdits(texts: string[]): string[][] {
  const annotator = new Annotator();
  return texts.map((text) => {
    const result = annotator.annotate(text);
    assert.deepStrictEqual(result, annotate(text));
    return peopleAt(result);
  });
}

suite('incremental tagger: document evidence from other paragraphs', () => {
  test('a word at a sentence start reads as a name or not by its lower-case use in another paragraph, after each edit', () => {
    // "Rose" opens the first paragraph, which no edit touches; "rose" in lower case in
    // another paragraph says the capital is the sentence's, not a name's.
    const first = 'Rose told the council that the plan would work.';
    const lower = 'Prices rose again on Monday, officials said.';
    const other = 'Prices fell again on Monday, officials said.';
    const texts = [
      `${first}\n${lower}`,
      `${first}\n${other}`,
      `${first}\n${lower}\n${lower}`,
      // One of two copies of the lower-case paragraph gone: the word is still seen in lower case.
      `${first}\n${lower}\n${other}`,
      `${first}\n${other}\n${other}`,
      `${first}\n${lower}`,
    ];
    const people = throughEdits(texts).map((at) => at.includes('0-4'));
    // The fixture has teeth: the unchanged first paragraph's reading follows the others.
    assert.deepEqual(people, [false, true, false, false, true, false]);
  });

  test('a full name added or taken away in one paragraph decides whether a lone surname elsewhere is the person', () => {
    const lone = 'The award went to Flowers on Monday, and FLOWERS’s team cheered.';
    const texts = [
      `${lone}\nNobody else spoke.`,
      `${lone}\nGennifer Flowers spoke later.`,
      `${lone}\nNobody else spoke.`,
      `Nobody else spoke.\nGennifer Flowers spoke later.\n${lone}`,
      `Nobody else spoke.\nGennifer Flower spoke later.\n${lone}`,
    ];
    const people = throughEdits(texts);
    const flowersAt = lone.indexOf('Flowers');
    const shifted = (text: string): number => text.indexOf(lone) + flowersAt;
    const loneIsPerson = people.map((at, k) => at.includes(`${shifted(texts[k])}-${shifted(texts[k]) + 'Flowers'.length}`));
    // The fixture has teeth: the lone surname is the person only while the full name stands.
    assert.deepEqual(loneIsPerson, [false, true, false, true, false]);
  });

  test('lone surnames in and after an edited paragraph are the person while the full name stands, as the edits move them', () => {
    // In "said Flowers." alone on a line the tagger finds no name: the surname is the person
    // only by the full name before it (propagateSurnames, through the session's index of
    // capitalized tokens).
    const flowers = 'Gennifer Flowers spoke.';
    const hawkins = 'Tom Hawkins agreed.';
    const texts = [
      [flowers, hawkins, 'Nothing else happened.', 'said Flowers.', 'said Hawkins.'],
      [flowers, hawkins, 'said Flowers.', 'said Flowers.', 'said Hawkins.'],
      [flowers, 'Tom Hawkin agreed.', 'said Flowers.', 'said Flowers.', 'said Hawkins.'],
      [flowers, hawkins, 'said Flowers.', 'said Flowers.', 'said Hawkins.'],
      ['A headline', flowers, hawkins, 'Nothing.', 'said Flowers.', 'said Hawkins.', 'said Flowers.'],
    ].map((lines) => lines.join('\n'));
    const people = throughEdits(texts);
    // The fixture has teeth: each "said Flowers." is the person's mention, and "said
    // Hawkins." only while "Tom Hawkins" is written.
    people.forEach((at, k) => {
      const lone = [...texts[k].matchAll(/said (Flowers|Hawkins)/gu)];
      assert.ok(lone.length >= 2);
      for (const m of lone) assert.equal(at.includes(`${m.index + 5}-${m.index + 5 + m[1].length}`), m[1] === 'Flowers' || k !== 2, `${k}: ${m.index}`);
    });
  });

  test('a nickname in marks stays one person when edits elsewhere move its paragraph', () => {
    const nickname = 'Marcia "Cia" Price spoke to the crowd.';
    let text = `A headline here\n${nickname}\nThe end came on Friday.`;
    const annotator = new Annotator();
    for (const before of ['A headline', 'The end', 'A headline', nickname]) {
      const at = text.indexOf(before);
      text = `${text.slice(0, at)}Some more words. ${text.slice(at)}`;
      const result = annotator.annotate(text);
      assert.deepStrictEqual(result, annotate(text));
      // The fixture has teeth: the three pieces are one mention.
      assert.ok(result.people.some((p) => p.mentions.some((m) => m.text === 'Marcia "Cia" Price')), JSON.stringify(result.people));
    }
  });

  test('a name read with the tokens before its sentence follows an edit of the paragraph before', () => {
    // "OH" after a town and a comma is the state; the comma ends the paragraph before, so
    // the paragraph of "OH" is unchanged while its reading changes.
    const second = 'OH officials said the plan would work.';
    const texts = [`The firm moved to Berea,\n${second}`, `The firm moved to Berea.\n${second}`, `The firm moved to Berea,\n${second}`];
    const annotator = new Annotator();
    const kinds = texts.map((text) => {
      const result = annotator.annotate(text);
      assert.deepStrictEqual(result, annotate(text));
      const start = text.indexOf(second);
      return result.places.some((p) => p.mentions.some((m) => m.start === start)) ? 'place' : 'other';
    });
    // The fixture has teeth: the comma before decides.
    assert.deepEqual(kinds, ['place', 'other', 'place']);
  });
});

suite('incremental tagger: the paragraphs before an edit', () => {
  test('paragraphs kept at the start give their mentions again, unless an edit after them changes their reading or moves them', () => {
    const rose = 'Rose told the council that the plan would work.';
    const full = 'Gennifer Flowers spoke to Tom Hawkins in Leeds.';
    const endsInName = 'The mayor thanked Hawkins';
    const lower = 'Prices rose again on Monday, officials said.';
    const other = 'Prices fell again on Monday, officials said.';
    const texts = [
      [rose, full, endsInName, 'Hawkins left early.', lower],
      [rose, full, endsInName, 'Hawkins left early.', other],
      [rose, full, endsInName, 'Hawkins left early.', lower],
      // Blank lines between kept paragraphs: the same token lists at other places.
      [rose, '', full, endsInName, 'Hawkins left early.', lower],
      [rose, '', full, endsInName, ', officials said.', lower],
      [rose, '', full, endsInName, 'Hawkins left early.', lower],
      [rose, full, endsInName, 'Hawkins left early.', lower, 'said Flowers.'],
    ].map((lines) => lines.join('\n'));
    const people = throughEdits(texts);
    // The fixture has teeth: the untouched "Rose" follows the last paragraph's "rose".
    assert.deepEqual(people.map((at) => at.includes('0-4')), [false, true, false, false, false, false, false]);
  });
});

suite('incremental tagger: several texts in turn', () => {
  test('a text annotated again after another keeps what was tagged of it', () => {
    const first = [
      'Senator Maria Delgado said on Tuesday that the committee would wait.',
      'Rep. Tom Hawkins of Ohio disagreed with the plan.',
      'Hawkins said the delay would cost the Treasury Department money.',
      'The White House wants a deal before the end of the year.',
    ].join('\n');
    const second = [
      'Heavy rain flooded parts of Jakarta on Monday morning.',
      'President Joko Widodo visited a shelter in Bekasi.',
      'Widodo promised new canals within three years.',
    ].join('\n');
    const annotator = new Annotator();
    annotator.annotate(first);
    annotator.annotate(second);
    const edited = first.replace('would wait', 'would wait a week');
    assert.deepStrictEqual(annotator.annotate(edited), annotate(edited));
    const stats = annotator.lastReuse();
    assert.ok(stats);
    // The edited sentence's two stages at most; the other sentences of the first text come from before.
    assert.ok(stats.sentenceStages.computed <= 2, `sentence stages computed: ${stats.sentenceStages.computed}`);
    assert.ok(stats.sentenceStages.reused >= 6, `sentence stages reused: ${stats.sentenceStages.reused}`);
    assert.deepStrictEqual(annotator.annotate(second), annotate(second));
    assert.equal(annotator.lastReuse()?.sentenceStages.computed, 0);
  });
});


suite('incremental tagger: mentions handed out again', () => {
  /** The tagger's mentions of each text in turn, through one session, as the Annotator gets them. */
  function mentionsThrough(texts: string[]): NameMention[][] {
    const analyzed = editorAnalyzer();
    return texts.map((text) => findNamesWithTagger(analyzed.next(text), defaultTagger(), analyzed.memos.tagger));
  }

  test('the tokens spelled as surnames follow the surnames asked for and the edits, whether or not every run asks', () => {
    const analyzed = editorAnalyzer();
    const lines = ['Gennifer Flowers spoke.', 'Tom Hawkins agreed.', 'FLOWERS and Hawkins’s aides left.', 'said Flowers.'];
    const runs: Array<[string[], string[] | null]> = [
      [lines, ['Flowers', 'Hawkins']],
      [[lines[0], lines[1], 'Nothing.', ...lines.slice(2)], ['Flowers', 'Hawkins']],
      [[lines[0], lines[1], 'Nothing.', ...lines.slice(2)], ['Flowers']],
      [[lines[0], lines[1], 'Hawkins.', ...lines.slice(2)], ['Flowers', 'Hawkins']],
      [[lines[0], 'Nothing.', ...lines.slice(2)], null],
      [[lines[0], 'Hawkins came.', ...lines.slice(2)], ['Flowers', 'Hawkins']],
    ];
    const spelled = runs.map(([paragraphs, surnames]) => {
      const text = paragraphs.join('\n');
      const tagged = analyzed.memos.tagger.mentions(analyzed.next(text), defaultTagger(), () => undefined)!;
      if (!surnames) return [];
      const found = tagged.tokensSpelled(new Set(surnames));
      // As a session that has seen no other text finds them.
      const fresh = editorAnalyzer();
      assert.deepEqual(found, fresh.memos.tagger.mentions(fresh.next(text), defaultTagger(), () => undefined)!.tokensSpelled(new Set(surnames)));
      return found;
    });
    // The fixture has teeth: the tokens found move with the edits and follow the surnames asked for.
    assert.deepEqual(spelled.map((found) => found.length), [5, 5, 3, 6, 0, 5]);
  });

  test('a paragraph ending in a name, whose mentions are gathered again on every edit, hands out the same mention objects where it has not moved', () => {
    // The headline ends in the name, so its mentions may read past it and are gathered again
    // on every run; an edit after it leaves them the same objects, which it hands out again.
    const headline = 'Interview with Senator Maria Delgado';
    const [before, after] = mentionsThrough([`${headline}\nShe said the plan would work.`, `${headline}\nShe said the new plan would work.`]);
    const named = (ms: NameMention[]): NameMention | undefined => ms.find((m) => m.text === 'Maria Delgado');
    assert.ok(named(before), JSON.stringify(before));
    assert.equal(named(after), named(before));
  });
});
