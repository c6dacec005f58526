import * as assert from 'node:assert/strict';
import { groupEntities, type GroupedEntities } from '../../src/core/entities/entityGrouper';
import type { GroupingPlan } from '../../src/core/entities/groupingPlan';
import { LruMemo } from '../../src/core/incremental/memo';
import { analyzeText, type AnalyzedText } from '../../src/core/text/analyzedText';
import { tokenize, type Token } from '../../src/core/text/tokenizer';
import type { NameMention } from '../../src/core/names/nameMention';
import { Annotator } from '../../src/core/annotator';
import { annotate } from '../../src/core/annotate';
import { mentionsIn } from './helpers/handMentions';

// What the entity stage keeps between versions of a text: the grouping of mentions by their
// texts in order (groupingPlan.ts), and what the words around mentions and the pronouns of a
// paragraph say, by the paragraph's token list (personProfiles.ts). Each reuse must give what
// a fresh grouping gives, also when an edit elsewhere changes what was kept.


/** The text analyzed as the incremental annotator does: paragraph token lists from a memo. */
function incrementalDoc(text: string, tokens: Map<string, readonly Token[]>): AnalyzedText {
  return analyzeText(text, { tokensOf: (p) => {
    let list = tokens.get(p);
    if (!list) {
      list = tokenize(p);
      tokens.set(p, list);
    }
    return list;
  } });
}

/** The parts of a grouping a test can compare (profiles hold sets). */
function comparable(g: GroupedEntities): unknown {
  const profiles = [...g.profiles].map(([id, p]) => [id, [...p.roles], p.gender, [...p.countries]]);
  return { people: g.people, organizations: g.organizations, places: g.places, personIdAt: [...g.personIdAt], organizationIdAt: [...g.organizationIdAt], profiles };
}

suite('entity memos: the grouping kept by the mentions read in order', () => {
  const names: Array<[string, NameMention['type'], string?]> = [
    ['Hillary Clinton', 'PER'],
    ['Bill Clinton', 'PER'],
    ['State Department', 'ORG'],
    ['Paris', 'LOC'],
    ['Clinton', 'PER'],
    ['Governor Pence', 'LOC'],
    ['Mike Pence', 'PER'],
  ];
  const text = 'Hillary Clinton spoke. Bill Clinton listened at the State Department in Paris. Later Clinton left, and Governor Pence met Mike Pence.';

  test('an edit that changes no name reuses the grouping, at the new positions', () => {
    const memo = new LruMemo<GroupingPlan>(8);
    const tokens = new Map<string, readonly Token[]>();
    groupEntities(mentionsIn(text, names), incrementalDoc(text, tokens), memo);
    const edited = `Today ${text.replace('spoke', 'spoke briefly')}\n\nNo names here.`;
    const reused = groupEntities(mentionsIn(edited, names), incrementalDoc(edited, tokens), memo);
    assert.equal(memo.hits, 1);
    assert.deepStrictEqual(comparable(reused), comparable(groupEntities(mentionsIn(edited, names), analyzeText(edited))));
    // Positions are the edited text's.
    const bill = reused.people.find((p) => p.name === 'Bill Clinton');
    assert.equal(bill?.mentions[0].start, edited.indexOf('Bill Clinton'));
  });

  test('a bare surname that moves out of reach of the person named just before goes to the one introduced first', () => {
    const memo = new LruMemo<GroupingPlan>(8);
    const tokens = new Map<string, readonly Token[]>();
    const near = groupEntities(mentionsIn(text, names), incrementalDoc(text, tokens), memo);
    const clintonAt = (g: GroupedEntities, t: string): string | undefined => g.personIdAt.get(t.indexOf('Clinton left'));
    assert.equal(near.people.find((p) => p.id === clintonAt(near, text))?.name, 'Bill Clinton');
    // The same mentions in the same order, but far apart: only the distance changed.
    const far = text.replace('Later', `${'Nothing happened for a long while. '.repeat(20)}Later`);
    const reused = groupEntities(mentionsIn(far, names), incrementalDoc(far, tokens), memo);
    assert.equal(memo.hits, 1);
    assert.equal(reused.people.find((p) => p.id === clintonAt(reused, far))?.name, 'Hillary Clinton');
    assert.deepStrictEqual(comparable(reused), comparable(groupEntities(mentionsIn(far, names), analyzeText(far))));
  });

  test('a changed name changes the grouping, also one of the same length', () => {
    const memo = new LruMemo<GroupingPlan>(8);
    const tokens = new Map<string, readonly Token[]>();
    groupEntities(mentionsIn(text, names), incrementalDoc(text, tokens), memo);
    const renamed = text.replace('Bill Clinton', 'Bill Clintin');
    const renamedNames = names.map(([n, t, title]): [string, NameMention['type'], string?] => [n === 'Bill Clinton' ? 'Bill Clintin' : n, t, title]);
    const g = groupEntities(mentionsIn(renamed, renamedNames), incrementalDoc(renamed, tokens), memo);
    // A name of the same length in the same place: the kept grouping is found, and its texts tell it apart.
    assert.ok(g.people.some((p) => p.name === 'Bill Clintin'));
    assert.deepStrictEqual(comparable(g), comparable(groupEntities(mentionsIn(renamed, renamedNames), analyzeText(renamed))));
  });

  test('"Paris, Texas" pulled apart by an edit is read again: the kept grouping counts the two characters between names', () => {
    const memo = new LruMemo<GroupingPlan>(8);
    const tokens = new Map<string, readonly Token[]>();
    const places: Array<[string, NameMention['type']]> = [['Paris', 'LOC'], ['Texas', 'LOC']];
    const joined = 'The show opened in Paris, Texas on Monday.';
    const before = groupEntities(mentionsIn(joined, places), incrementalDoc(joined, tokens), memo);
    assert.equal(before.places.find((p) => p.name === 'Paris')?.country, 'US');
    const apart = joined.replace(', Texas', ' and in Texas');
    const after = groupEntities(mentionsIn(apart, places), incrementalDoc(apart, tokens), memo);
    assert.equal(after.places.find((p) => p.name === 'Paris')?.country, 'FR');
    assert.deepStrictEqual(comparable(after), comparable(groupEntities(mentionsIn(apart, places), analyzeText(apart))));
  });

  test('the Annotator reuses the grouping after an edit between names', () => {
    const annotator = new Annotator();
    const article = 'WASHINGTON - Hillary Clinton met Bill Clinton on Monday.\n\nThe two spoke about the campaign, Clinton said.\n';
    annotator.annotate(article);
    const edited = article.replace('spoke', 'spoke at length');
    assert.deepStrictEqual(annotator.annotate(edited), annotate(edited));
    assert.equal(annotator.lastReuse()?.entityGroups.reused, 1);
  });
});

suite('entity memos: what is read around mentions, kept by paragraph', () => {
  test('words before a name at the start of a paragraph run on from the paragraph before, and follow its edits', () => {
    const tokens = new Map<string, readonly Token[]>();
    const first = 'Remarks by the senator\n\nJohn Smith spoke to reporters.';
    const second = first.replace('senator', 'governor');
    const roles = (t: string): string[] => [...groupEntities(mentionsIn(t, [['John Smith', 'PER']]), incrementalDoc(t, tokens)).profiles.get('p1')!.roles];
    assert.deepEqual(roles(first), ['senator']);
    assert.deepEqual(roles(second), ['governor']);
  });

  test('an appositive that runs on into the next paragraph follows its edits', () => {
    const tokens = new Map<string, readonly Token[]>();
    const first = 'He thanked John Smith,\n\nthe senator from Ohio.';
    const second = first.replace('senator', 'governor');
    const roles = (t: string): string[] => [...groupEntities(mentionsIn(t, [['John Smith', 'PER']]), incrementalDoc(t, tokens)).profiles.get('p1')!.roles];
    assert.deepEqual(roles(first), ['senator']);
    assert.deepEqual(roles(second), ['governor']);
  });

  test('pronouns of the next sentence, in the next paragraph, vote with what that paragraph now says', () => {
    const tokens = new Map<string, readonly Token[]>();
    const withPronoun = (p: string): string => `Jordan Reyes arrived late.\n\n${p} said the vote would wait, and ${p.toLowerCase()} left.`;
    const gender = (t: string): string | null =>
      groupEntities(mentionsIn(t, [['Jordan Reyes', 'PER']]), incrementalDoc(t, tokens)).profiles.get('p1')!.gender;
    for (const [p, expected] of [['She', 'female'], ['He', 'male'], ['She', 'female']] as const) {
      const t = withPronoun(p);
      assert.equal(gender(t), expected);
      assert.deepStrictEqual(comparable(groupEntities(mentionsIn(t, [['Jordan Reyes', 'PER']]), incrementalDoc(t, tokens))), comparable(groupEntities(mentionsIn(t, [['Jordan Reyes', 'PER']]), analyzeText(t))));
    }
  });
});

suite('entity memos: the text the retyping reads right after a name', () => {
  // The same mentions in the same order, but the words right after a name changed: the
  // retyping reads them ("the Zika virus" is no place, "Kerry said" a person), so the
  // grouping kept for the last version does not serve.
  const opening = 'Barack Obama spoke in Washington on Monday.\n\n';
  for (const [before, after] of [
    ['Doctors fear the Zika virus in Brazil.', 'Doctors fear the Zika vitus in Brazil.'],
    ['Doctors fear the Zika vitus in Brazil.', 'Doctors fear the Zika virus in Brazil.'],
    ['Kerry said the talks went well in Dublin.', 'Kerry sand the talks went well in Dublin.'],
    ['They recalled the Obama years in Chicago.', 'They recalled the Obama yeats in Chicago.'],
    ['They recalled the Obama yeats in Chicago.', 'They recalled the Obama years in Chicago.'],
    ["They recalled the Obama's years in Chicago.", "They recalled the Obama's  years in Chicago."],
    ['They recalled the Obama administration in Chicago.', 'They recalled the Obama administrations in Chicago.'],
    ['They recalled the Obama administrations in Chicago.', 'They recalled the Obama administrationsx in Chicago.'],
  ]) {
    test(`"${before}" edited into "${after}"`, () => {
      const annotator = new Annotator();
      annotator.annotate(opening + before);
      assert.deepStrictEqual(annotator.annotate(opening + after), annotate(opening + after));
    });
  }

  test('typing a few words after a place reuses the grouping: the words after it read like no leader\'s term from the first', () => {
    const memo = new LruMemo<GroupingPlan>(8);
    let made = 0;
    const set = memo.set.bind(memo);
    memo.set = (...args) => {
      made++;
      set(...args);
    };
    const tokens = new Map<string, readonly Token[]>();
    const places: Array<[string, NameMention['type']]> = [['Washington', 'LOC'], ['Chicago', 'LOC']];
    const article = 'He spoke in Washington on Monday.\n\nShootings in Chicago this year alone. They checked.';
    groupEntities(mentionsIn(article, places), incrementalDoc(article, tokens), memo);
    assert.equal(made, 1);
    const edited = article.replace('alone.', 'alone.x');
    const g = groupEntities(mentionsIn(edited, places), incrementalDoc(edited, tokens), memo);
    assert.equal(made, 1);
    assert.deepStrictEqual(comparable(g), comparable(groupEntities(mentionsIn(edited, places), analyzeText(edited))));
  });
});
