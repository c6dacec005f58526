import * as assert from 'node:assert/strict';
import { buildTree, dateDays, personTooltip } from '../../src/extension/treeModel';
import { sampleAnnotations } from './helpers/sampleAnnotations';

suite('sidebar tree model', () => {
  test('groups with counts, in the documented order', () => {
    const roots = buildTree(sampleAnnotations());
    assert.deepEqual(
      roots.map((r) => `${r.label} ${r.description}`),
      ['Speakers 2', 'Quotes 2', 'People 2', 'Organizations 1', 'Places 2', 'Dates 3'],
    );
  });

  test('each speaker has their own quotes beneath and a target to reveal', () => {
    const speakers = buildTree(sampleAnnotations())[0].children ?? [];
    assert.deepEqual(speakers.map((s) => s.label), ['Antony Blinken', 'Xi Jinping']);
    assert.equal(speakers[0].description, '1 quote');
    assert.deepEqual(speakers[0].children?.map((q) => q.label), ['"We agreed to stabilise ties,"']);
    assert.equal(speakers[0].target?.text, 'Antony Blinken');
  });

  test('a person\'s tooltip, read on hover: what the article calls them and the other forms; none for organizations', () => {
    const text = 'Antony Blinken, the US secretary of state, met Xi Jinping. Blinken left.';
    const a = sampleAnnotations();
    a.people[0].mentions = [{ start: 0, end: 14, text: 'Antony Blinken' }, { start: text.indexOf('Blinken left'), end: text.indexOf('Blinken left') + 7, text: 'Blinken' }];
    const roots = buildTree(a);
    const speaker = roots.find((r) => r.label === 'Speakers')?.children?.find((n) => n.label === 'Antony Blinken');
    const person = roots.find((r) => r.label === 'People')?.children?.find((n) => n.label === 'Antony Blinken');
    assert.ok(speaker?.person && person?.person);
    assert.equal(speaker.tooltip, undefined, 'left for VS Code to resolve on hover');
    assert.equal(personTooltip(person.person, text), 'Described as: the US secretary of state\nAlso: Blinken');
    const org = roots.find((r) => r.label === 'Organizations')?.children?.[0];
    assert.equal(org?.person, undefined);
  });

  test('ids are unique across the whole tree', () => {
    const ids: string[] = [];
    const walk = (nodes: ReturnType<typeof buildTree>): void => nodes.forEach((n) => { ids.push(n.id ?? ''); walk(n.children ?? []); });
    walk(buildTree(sampleAnnotations()));
    assert.equal(new Set(ids).size, ids.length);
  });

  test('the Dates group opens with the article date and where it came from; selecting it sets another', () => {
    const a = sampleAnnotations();
    const first = (): ReturnType<typeof buildTree>[number] => buildTree(a)[5].children![0];
    assert.deepEqual([first().label, first().description, first().command], ['Article date 2023-06-19', 'from the dateline', 'newsAnnotator.setArticleDate']);
    a.documentDateSource = 'dateline-without-year';
    assert.match(first().description ?? '', /gives no year/);
    a.documentDate = null;
    a.documentDateSource = 'none';
    assert.deepEqual([first().label, first().description], ['Article date unknown', 'relative dates are not resolved']);
  });

  test('dates in calendar order, grouped by day, unresolved last', () => {
    const a = sampleAnnotations();
    a.dates.push(
      { start: 0, end: 3, text: 'Tuesday', type: 'DATE', value: null },
      { start: 5, end: 9, text: '2020', type: 'DATE', value: '2020' },
      { start: 10, end: 19, text: 'mid-May', type: 'DATE', value: '2023-W20' },
    );
    const days = dateDays(a.dates);
    assert.deepEqual(days.map((d) => d.label), ['2020', 'week 20, 2023', 'Mon 19 Jun 2023', 'week 26, 2023', 'unresolved (no article date)']);
    const june19 = days[2];
    assert.deepEqual(june19.children?.map((d) => d.label), ['June 19', 'Monday']);
    assert.equal(june19.description, 'June 19, Monday');
  });
});
