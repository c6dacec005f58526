import * as assert from 'node:assert/strict';
import { retypeMentions } from '../../src/core/entities/mentionTypes';
import { LastRetyping } from '../../src/core/entities/lastRetypeRun';
import { Annotator } from '../../src/core/annotator';
import { annotate } from '../../src/core/annotate';
import type { NameMention } from '../../src/core/names/nameMention';
import { mentionsIn } from './helpers/handMentions';

// After an edit inside a name, the mentions are retyped afresh, taking back the last version's
// retyping of each mention that reads the same text around it and asked no word of the
// article's that changed (lastRetypeRun.ts). Each version must retype as retypeMentions does.

type Names = Array<[string, NameMention['type'], string?]>;

/** Retypes each version with one LastRetyping, checks it against retypeMentions, and gives the counts of retypings taken back. */
function retypeInTurn(versions: Array<[string, Names]>): number[] {
  const last = new LastRetyping();
  return versions.map(([text, names]) => {
    const sources: number[] = [];
    const kept = last.retype(mentionsIn(text, names), sources, text);
    const freshSources: number[] = [];
    assert.deepStrictEqual(kept, retypeMentions(mentionsIn(text, names), freshSources, text), text);
    assert.deepStrictEqual(sources, freshSources);
    return last.hits;
  });
}

suite('last retyping: the last version\'s retypings where they still hold', () => {
  const names: Names = [
    ['Melania Trump', 'PER'],
    ['Trump', 'LOC'],
    ['Governor Pence', 'LOC'],
    ['Pence', 'PER'],
    ['Obama', 'LOC'],
    ['Twitter', 'LOC'],
  ];
  const text = 'Melania Trump spoke. Later Trump left, and Governor Pence met Pence aides. The Obama years ended. Twitter said nothing.';

  test('an edit inside a name takes back the others\' retypings and gives what a fresh retyping gives', () => {
    const edited = text.replace('Twitter', 'Twittxer');
    const hits = retypeInTurn([[text, names], [edited, names.map(([n, t, title]): [string, NameMention['type'], string?] => [n === 'Twitter' ? 'Twittxer' : n, t, title])]]);
    assert.equal(hits[0], 0);
    assert.ok(hits[1] >= 4, `taken back: ${hits[1]}`);
  });

  test('a name whose words change the article\'s words retypes the mentions that asked about them', () => {
    // "Trump" read as a place is Melania Trump's surname; without her full name it stays a place.
    const renamed = text.replace('Melania Trump', 'Melania Trumps');
    const renamedNames = names.map(([n, t, title]): [string, NameMention['type'], string?] => [n === 'Melania Trump' ? 'Melania Trumps' : n, t, title]);
    retypeInTurn([[text, names], [renamed, renamedNames], [text, names]]);
  });

  test('a change of the text right after a name retypes it, though the name reads the same', () => {
    // "the Obama years": the leader; "the Obama yards": the place, as read.
    const yards = text.replace('Obama years', 'Obama yards');
    const hits = retypeInTurn([[text, names], [yards, names], [text, names]]);
    assert.ok(hits[1] < names.length);
  });
});

suite('last retyping in an editor session', () => {
  test('typing inside names gives what a fresh annotation gives', () => {
    const base = [
      'Melania Trump visited Orlando on Monday. Trump said the Obama years were over.',
      'Governor Pence spoke later. Pence told reporters that Twitter was wrong, and Clinton disagreed.',
      'The Orlando Sentinel reported that Hillary Clinton would visit Charlotte, and Charlotte officials agreed.',
    ].join('\n\n');
    const annotator = new Annotator();
    annotator.annotate(base);
    let text = base;
    for (const [name, typed] of [['Orlando', 'Orlxando'], ['Pence', 'Pencxe'], ['Charlotte', 'Charlottex'], ['Twitter', 'Twittery']]) {
      text = text.replace(name, typed);
      assert.deepStrictEqual(annotator.annotate(text), annotate(text), `after typing into ${name}`);
    }
  });

  test('typing inside a name in one paragraph and right after a name in another gives what a fresh annotation gives', () => {
    // The retypings of an unchanged paragraph are taken back by its number; those of the edited one compare the text around them.
    const base = [
      'Melania Trump visited Orlando on Monday. Trump said the Obama years were over.',
      'Doctors in Brazil fear the Zika virus. Kerry said the talks went well.',
      'Hillary Clinton would visit Charlotte, and Charlotte officials agreed.',
    ].join('\n\n');
    const annotator = new Annotator();
    annotator.annotate(base);
    let text = base;
    for (const [from, to] of [['Orlando', 'Orlxando'], ['Zika virus', 'Zika vitus'], ['Charlotte,', 'Charlottex,'], ['Obama years', 'Obama yeans'], ['Kerry said', 'Kerry sand'], ['Orlxando', 'Orlando']]) {
      text = text.replace(from, to);
      assert.deepStrictEqual(annotator.annotate(text), annotate(text), `after ${from} -> ${to}`);
    }
  });
});
