import * as assert from 'node:assert/strict';
import { groupPeople } from '../../src/core/entities/personGrouper';
import { LastPeopleGrouping } from '../../src/core/entities/lastPeopleRun';
import { Annotator } from '../../src/core/annotator';
import { annotate } from '../../src/core/annotate';
import type { NameMention } from '../../src/core/names/nameMention';
import { mentionsIn } from './helpers/handMentions';

// An edit that regroups afresh but leaves the PER mentions reading the same (a place's or an
// organization's name edited) takes the last grouping of people, placed at the new positions
// (lastPeopleRun.ts). Each version must be grouped as groupPeople groups it.

type Names = Array<[string, NameMention['type'], string?]>;

/** Groups each version with one LastPeopleGrouping, checks it against groupPeople, and gives the hits after each. */
function groupInTurn(versions: Array<[string, Names]>): number[] {
  const last = new LastPeopleGrouping();
  return versions.map(([text, names]) => {
    assert.deepStrictEqual(last.group(mentionsIn(text, names)), groupPeople(mentionsIn(text, names)), text);
    return last.hits;
  });
}

suite('last people grouping: the last grouping of people where the PER mentions read the same', () => {
  const names: Names = [
    ['Bill Clinton', 'PER'],
    ['Hillary Clinton', 'PER'],
    ['Acme Corp', 'ORG'],
    ['Clinton', 'PER', 'Mrs.'],
    ['Paris', 'LOC'],
    ['Clinton', 'PER'],
  ];
  const text = 'Bill Clinton met Hillary Clinton at Acme Corp. Later Mrs. Clinton spoke in Paris, and Clinton left.';

  test('an organization\'s name edited keeps the people, placed where the mentions now stand', () => {
    const edited = text.replace('Acme Corp', 'Acmex Corp');
    const renamed = names.map(([n, t, title]): [string, NameMention['type'], string?] => [n === 'Acme Corp' ? 'Acmex Corp' : n, t, title]);
    assert.deepStrictEqual(groupInTurn([[text, names], [edited, renamed], [text, names]]), [0, 1, 2]);
  });

  test('a person\'s name edited, a title changed or a bare name moved out of recency groups afresh', () => {
    const renamed = names.map(([n, t, title]): [string, NameMention['type'], string?] => [n === 'Bill Clinton' ? 'Billy Clinton' : n, t, title]);
    const untitled = names.map(([n, t, title]): [string, NameMention['type'], string?] => [n, t, title === 'Mrs.' ? 'Mr.' : title]);
    // The last bare "Clinton" goes to whoever was named just before; far on, to the first introduced.
    const far = text.replace('and Clinton left', `${'and then, '.repeat(70)}Clinton left`);
    assert.deepStrictEqual(groupInTurn([[text, names], [text.replace('Bill', 'Billy'), renamed], [text.replace('Mrs.', 'Mr.'), untitled], [far, names]]), [0, 0, 0, 0]);
  });

  test('the Annotator gives what annotate() gives after an edit in an organization\'s name', () => {
    const article = 'Donald Trump met Melania Trump at the Federal Reserve on Monday. Trump said the Federal Reserve was wrong.\n\nMrs. Trump visited Paris, and Trump left for Ohio.\n';
    const annotator = new Annotator();
    annotator.annotate(article);
    for (const edited of [article.replace('Federal Reserve on', 'Federal Reservex on'), article.replace('Paris', 'Pariss'), article]) {
      assert.deepStrictEqual(annotator.annotate(edited), annotate(edited));
    }
  });
});
