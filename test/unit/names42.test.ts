import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import { retypeMentions } from '../../src/core/entities/mentionTypes';
import { withPronounsMarked } from '../../src/core/names/pronounsAfterNames';
import { findNamesWithTagger } from '../../src/core/names/taggedNameFinder';
import { namesAroundVerbs } from '../../src/core/names/verbsInNames';
import { withoutNumbersAlone } from '../../src/core/names/numbersInNames';
import { withStaffOwnersMarked } from '../../src/core/names/staffOwners';
import { analyzeText } from '../../src/core/text/analyzedText';
import type { NameMention } from '../../src/core/names/nameMention';
import { mentionsIn } from './helpers/handMentions';

// Session 42 (names42 helper): a name's kind across the article, speakers read as places,
// owners before their staff, numbers, and a surname two people share. Every sentence here is
// written for the test.

/** The kinds retypeMentions gives hand-written mentions (marked, as the name finder marks them, where a firm's staff follows): "TYPE text" each. */
const retyped = (text: string, names: Array<[string, NameMention['type'], string?]>): string[] =>
  retypeMentions(withStaffOwnersMarked(text, mentionsIn(text, names)), undefined, text).map((m) => `${m.type} ${m.text}`);

suite('names42: one name, one kind per article', () => {
  test('a firm read as a person, a place and a firm takes the firm\'s kind everywhere', () => {
    const text = 'Brandlow cut 200 jobs. Workers at Brandlow were told on Monday. The union said Brandlow had broken its word.';
    assert.deepEqual(retyped(text, [['Brandlow', 'PER'], ['Brandlow', 'LOC'], ['Brandlow', 'ORG']]), ['ORG Brandlow', 'ORG Brandlow', 'ORG Brandlow']);
  });

  test('a name read as a body more often than as a person, with no one given it, is the body', () => {
    const text = 'Orvane said profits doubled. Orvane shares rose. Staff at Orvane cheered. Analysts said Orvane would grow. Orvane expects more.';
    assert.deepEqual(retyped(text, [['Orvane', 'PER'], ['Orvane', 'ORG'], ['Orvane', 'LOC'], ['Orvane', 'PER'], ['Orvane', 'ORG']]), ['ORG Orvane', 'ORG Orvane', 'ORG Orvane', 'ORG Orvane', 'ORG Orvane']);
  });

  test('a word of a full name the article gives someone is the person\'s, however else read', () => {
    const text = 'Melania Trump spoke in Ohio. Melania thanked the crowd. Later Melania left.';
    assert.deepEqual(retyped(text, [['Melania Trump', 'PER'], ['Ohio', 'LOC'], ['Melania', 'ORG'], ['Melania', 'LOC']]), ['PER Melania Trump', 'LOC Ohio', 'PER Melania', 'PER Melania']);
  });

  test('a surname after a title is the person\'s', () => {
    const text = 'Judge Okafor ruled on Monday. Okafor wrote that the law was clear. Lawyers for Okafor declined to comment.';
    assert.deepEqual(retyped(text, [['Okafor', 'PER', 'Judge'], ['Okafor', 'ORG'], ['Okafor', 'LOC']]), ['PER Okafor', 'PER Okafor', 'PER Okafor']);
  });

  test('a sizeable city named like a person the article gives stays as read', () => {
    const text = 'George Washington crossed the river. Washington said it was cold. Officials in Washington agreed.';
    assert.deepEqual(retyped(text, [['George Washington', 'PER'], ['Washington', 'PER'], ['Washington', 'LOC']]), ['PER George Washington', 'PER Washington', 'LOC Washington']);
  });

  test('a given name no one bears, read once as a person and once as a body, is left as read', () => {
    const text = 'Sandy flooded the coast. Relief after Sandy was slow.';
    assert.deepEqual(retyped(text, [['Sandy', 'PER'], ['Sandy', 'ORG']]), ['PER Sandy', 'ORG Sandy']);
  });

  test('a building read as a place, a firm and a person is the place; a full name read as a person twice stays a person', () => {
    const text = 'Protesters gathered at Harlow Tower. Harlow Tower said it would close. Guards at Harlow Tower stood by. Harlow Tower was shut.';
    assert.deepEqual(retyped(text, [['Harlow Tower', 'LOC'], ['Harlow Tower', 'ORG'], ['Harlow Tower', 'LOC'], ['Harlow Tower', 'PER']]), ['LOC Harlow Tower', 'LOC Harlow Tower', 'LOC Harlow Tower', 'LOC Harlow Tower']);
    const actress = 'Zarina Velasquez starred. Velasquez won. Critics praised Zarina Velasquez. Fans of Zarina Velasquez cheered. Zarina Velasquez thanked them.';
    assert.deepEqual(retyped(actress, [['Zarina Velasquez', 'LOC'], ['Velasquez', 'PER'], ['Zarina Velasquez', 'PER'], ['Zarina Velasquez', 'ORG'], ['Zarina Velasquez', 'PER']]).filter((n) => n.includes('Zarina')), ['LOC Zarina Velasquez', 'PER Zarina Velasquez', 'ORG Zarina Velasquez', 'PER Zarina Velasquez']);
  });

  test('a small town read as a place more than twice as often as a person is the place; a surname it shares, read twice as a place, is left', () => {
    const text = 'Flint residents waited. Officials in Flint met. Water in Flint was tested. Flint said more. Schools in Flint closed.';
    assert.deepEqual(retyped(text, [['Flint', 'LOC'], ['Flint', 'LOC'], ['Flint', 'LOC'], ['Flint', 'PER'], ['Flint', 'ORG']]), ['LOC Flint', 'LOC Flint', 'LOC Flint', 'LOC Flint', 'LOC Flint']);
    const president = 'Voters under Bush and Obama lost out. The former Obama adviser agreed. Obama spoke.';
    assert.deepEqual(retyped(president, [['Bush', 'LOC'], ['Obama', 'LOC'], ['Obama', 'LOC'], ['Obama', 'PER']]).slice(1), ['LOC Obama', 'LOC Obama', 'PER Obama']);
  });

  test('a name read more often as a person, with no full name, is left as read', () => {
    const text = 'Velkan said the plan would work. Velkan added that talks went well. Critics of Velkan disagreed.';
    assert.deepEqual(retyped(text, [['Velkan', 'PER'], ['Velkan', 'PER'], ['Velkan', 'ORG']]), ['PER Velkan', 'PER Velkan', 'ORG Velkan']);
  });
});

/** Each person's name and the texts of their mentions, from annotate(). */
const people = (text: string): string[][] => annotate(text).people.map((p) => [p.name, ...p.mentions.map((m) => text.slice(m.start, m.end))]);
/** The person a quote is credited to, by the quote's text. */
const speakerOf = (text: string, quote: string): string | null | undefined => annotate(text).quotes.find((q) => text.slice(q.start, q.end).includes(quote))?.speakerName;

suite('names42: a surname two people share', () => {
  test('a bare surname goes to the bearer the pronoun after it fits, not the full name named last', () => {
    assert.deepEqual(people('Hillary Clinton and Bill Clinton arrived in Iowa. Bill Clinton spoke first. The crowd cheered when Clinton said she would fight for them.'), [
      ['Hillary Clinton', 'Hillary Clinton', 'Clinton'],
      ['Bill Clinton', 'Bill Clinton', 'Bill Clinton'],
    ]);
    assert.deepEqual(people('Bill Clinton and Hillary Clinton arrived in Iowa. Hillary Clinton spoke first. The crowd cheered when Clinton said he was proud of her.'), [
      ['Bill Clinton', 'Bill Clinton', 'Clinton'],
      ['Hillary Clinton', 'Hillary Clinton', 'Hillary Clinton'],
    ]);
  });

  test('the bearer the article calls by the given name is not the one a bare surname means', () => {
    assert.deepEqual(people('Melania Trump spoke in Cleveland on Monday. Donald Trump watched from the front row. Melania thanked the crowd. Melania waved. Later that night, Trump left the hall.'), [
      ['Melania Trump', 'Melania Trump', 'Melania', 'Melania'],
      ['Donald Trump', 'Donald Trump', 'Trump'],
    ]);
  });

  test('the speaker of a quote after "Trump demands …" with "his" and "he" nearby is the man of the two', () => {
    const text = 'Melania Trump and Donald Trump visited Ohio. Melania said little. Melania smiled. It is astounding that Trump demands transparency, yet refuses to release his tax records. "We will win," Trump said, and he left.';
    assert.equal(speakerOf(text, 'We will win'), 'Donald Trump');
    assert.equal(speakerOf(text, 'yet refuses to release his tax records'), 'Donald Trump');
  });
});

suite('names42: the pronoun after a bare name', () => {
  const marks = (text: string, names: Array<[string, NameMention['type'], string?]>): Array<string | undefined> => withPronounsMarked(text, mentionsIn(text, names)).map((m) => m.pronoun);

  test('"Clinton said she …": the subject pronoun of the sentence the name opens', () => {
    assert.deepEqual(marks('Clinton said she would win.', [['Clinton', 'PER']]), ['female']);
    assert.deepEqual(marks('Voters agree that Clinton knows he is wrong.', [['Clinton', 'PER']]), ['male']);
  });

  test('no mark after another person named before it, after an article, inside a quotation, or past the sentence', () => {
    assert.deepEqual(marks('Sanders, who endorsed Clinton, said he agrees.', [['Sanders', 'PER'], ['Clinton', 'PER']]), [undefined, undefined]);
    assert.deepEqual(marks('Rendell, a Clinton surrogate, said he was ill.', [['Clinton', 'PER']]), [undefined]);
    assert.deepEqual(marks("''Trump has smeared women,'' she wrote.", [['Trump', 'PER']]), [undefined]);
    assert.deepEqual(marks('Clinton won. She thanked them.', [['Clinton', 'PER']]), [undefined]);
    assert.deepEqual(marks('Clinton cited it as an example of his disrespect.', [['Clinton', 'PER']]), [undefined]);
  });
});

/** The name finder's mentions, "TYPE text" each. */
const found = (text: string): string[] => findNamesWithTagger(analyzeText(text)).map((m) => `${m.type} ${m.text}`);

suite('names42: places do not speak', () => {
  test('a one-word place the gazetteer does not know, opening its clause before "said" or "says", is a person', () => {
    assert.ok(found('Klein said that two other women had called.').includes('PER Klein'), found('Klein said that two other women had called.').join(' | '));
    assert.ok(found('Voters in Ohio were angry. Klein says the vote was rigged.').includes('PER Klein'));
  });

  test('a known place that speaks stays a place; a name after a preposition is no subject', () => {
    assert.ok(found('"It is over," Vermont said.').includes('LOC Vermont'));
    assert.ok(!found('The pitch on Kickstarter says the book is banned.').includes('PER Kickstarter'));
  });
});

suite('names42: verbs between two names', () => {
  test('"Smith won Ohio", "Kasich loses Ohio": a name run over "won", "wins", "lost" or "loses" is two names', () => {
    const split = (text: string, type: NameMention['type']): string[] => namesAroundVerbs(text, mentionsIn(text, [[text.replace(/ in .*$/u, ''), type]])).map((m) => `${m.type} ${m.text}`);
    assert.deepEqual(split('Smith won Ohio in 2016.', 'PER'), ['PER Smith', 'PER Ohio']);
    assert.deepEqual(split('Kasich loses Ohio in March.', 'LOC'), ['LOC Kasich', 'LOC Ohio']);
    assert.deepEqual(split('Okafor lost Harlow in May.', 'PER'), ['PER Okafor', 'PER Harlow']);
    assert.deepEqual(split('Varga wins Tolna in June.', 'PER'), ['PER Varga', 'PER Tolna']);
    // A verb's form written with a capital is a word of a title: "Paradise Lost".
    assert.deepEqual(split('Paradise Lost in print.', 'MISC'), ['MISC Paradise Lost']);
  });
});

suite('names42: the owner of a firm\'s or a club\'s staff', () => {
  test('"Orvane\'s chief executive", "Chelsea\'s manager": the possessor is the firm or the club, not a person', () => {
    assert.deepEqual(retyped("Orvane's chief executive resigned on Monday.", [['Orvane', 'PER']]), ['ORG Orvane']);
    assert.deepEqual(retyped("Zentrix's board met on Friday.", [['Zentrix', 'LOC']]), ['ORG Zentrix']);
    assert.deepEqual(retyped("Chelsea's manager was sacked.", [['Chelsea', 'PER']]), ['ORG Chelsea']);
    assert.deepEqual(retyped("Goldwell Partners's managing director left.", [['Goldwell Partners', 'PER']]), ['ORG Goldwell Partners']);
  });

  test('a country owning a team\'s staff is the place; a person the article names keeps a manager; a person\'s staff is no firm\'s', () => {
    assert.deepEqual(retyped("England's captain was injured.", [['England', 'PER']]), ['LOC England']);
    assert.deepEqual(retyped("Donald Trump hired him. Trump's new manager started on Monday.", [['Donald Trump', 'PER'], ['Trump', 'PER']]), ['PER Donald Trump', 'PER Trump']);
    assert.deepEqual(retyped("Jessica's manager denied it.", [['Jessica', 'PER']]), ['PER Jessica']);
    assert.deepEqual(retyped("Kessler's campaign manager and Kessler's lawyer spoke.", [['Kessler', 'PER'], ['Kessler', 'PER']]), ['PER Kessler', 'PER Kessler']);
  });

  test('"Amnesty International Kenya\'s director": a body\'s national branch, not the country', () => {
    assert.ok(found("Amnesty International Kenya's director Irungu Houghton said the police had acted unlawfully.").includes('ORG Amnesty International Kenya'));
    assert.ok(found("In Kenya's capital, the director spoke.").includes('LOC Kenya'));
  });
});

suite('names42: numbers are no names', () => {
  const kept = (text: string, names: Array<[string, NameMention['type'], string?]>): string[] => withoutNumbersAlone(mentionsIn(text, names)).map((m) => `${m.type} ${m.text}`);

  test('a number alone is no name; a year opening a name of two words or more is no part of it', () => {
    assert.deepEqual(kept('A spokesman for No. 10 said 2016 was hard.', [['10', 'LOC'], ['2016', 'ORG']]), []);
    assert.deepEqual(kept('The 1979 Democracy Wall movement grew.', [['1979 Democracy Wall', 'ORG']]), ['ORG Democracy Wall']);
    assert.ok(found('A 2014 University of California paper found it.').includes('ORG University of California'));
  });

  test('a year before one word stays the name\'s own; names with numbers inside stay', () => {
    assert.deepEqual(kept('TSV 1860 Munich won. 1860 Munich lost. The 2016 Committee spent more. G4S said.', [['TSV 1860 Munich', 'ORG'], ['1860 Munich', 'ORG'], ['2016 Committee', 'ORG'], ['G4S', 'ORG']]), ['ORG TSV 1860 Munich', 'ORG 1860 Munich', 'ORG 2016 Committee', 'ORG G4S']);
  });
});

suite('names42: a person of two names keeps a coach', () => {
  test('"Serena Williams\' coach", "Kofi Mensah\'s manager": a player\'s coach or manager is no club\'s', () => {
    assert.deepEqual(retyped("Serena Williams' coach Patrick Mouratoglou agreed.", [['Serena Williams', 'PER'], ['Patrick Mouratoglou', 'PER']]), ['PER Serena Williams', 'PER Patrick Mouratoglou']);
    assert.deepEqual(retyped("Hewlett Packard's chief executive spoke.", [['Hewlett Packard', 'PER']]), ['ORG Hewlett Packard']);
  });
});
