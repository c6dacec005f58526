import * as assert from 'node:assert/strict';
import { groupEntities } from '../../src/core/entities/entityGrouper';
import { parsePersonName } from '../../src/core/entities/personName';
import { analyzeText } from '../../src/core/text/analyzedText';
import { mentionsIn } from './helpers/handMentions';

// Grouping of name mentions into people and organizations, and what the text says about
// each person. Mentions are written by hand so that the tests do not depend on the tagger.


function peopleOf(text: string, names: Array<[string, 'PER' | 'ORG', string?]>): string[][] {
  const g = groupEntities(mentionsIn(text, names), analyzeText(text));
  return g.people.map((p) => [p.name, ...p.mentions.map((m) => m.text)]);
}

suite('entities: people', () => {
  test('a surname joins the full name that carries it', () => {
    const text = 'Antony Blinken arrived. Blinken spoke.';
    assert.deepEqual(peopleOf(text, [['Antony Blinken', 'PER'], ['Blinken', 'PER']]), [['Antony Blinken', 'Antony Blinken', 'Blinken']]);
  });

  test('a middle initial does not make another person; the longest form names them', () => {
    const text = 'Donald Trump spoke. Donald J. Trump signed. Trump left.';
    assert.deepEqual(peopleOf(text, [['Donald Trump', 'PER'], ['Donald J. Trump', 'PER'], ['Trump', 'PER']]), [
      ['Donald J. Trump', 'Donald Trump', 'Donald J. Trump', 'Trump'],
    ]);
  });

  test('"Jr." is someone else', () => {
    const text = 'Donald Trump spoke. Donald Trump Jr. listened.';
    assert.equal(peopleOf(text, [['Donald Trump', 'PER'], ['Donald Trump Jr.', 'PER']]).length, 2);
  });

  test('a surname shared by two people: the two stay apart', () => {
    const text = 'Hillary Clinton spoke. Bill Clinton listened.';
    assert.equal(peopleOf(text, [['Hillary Clinton', 'PER'], ['Bill Clinton', 'PER']]).length, 2);
  });

  test('a title of descriptions only ("former", "Republican", "nominee") makes no alias; an office does', () => {
    const text = 'Former Clinton aide spoke. Republican Donald Trump, nominee Trump and Senator Trump disagreed.';
    const g = groupEntities(
      mentionsIn(text, [['Clinton', 'PER', 'Former'], ['Donald Trump', 'PER', 'Republican'], ['Trump', 'PER', 'nominee'], ['Trump', 'PER', 'Senator']]),
      analyzeText(text),
    );
    assert.deepEqual(g.people.map((p) => [p.name, p.aliases]), [['Clinton', []], ['Donald Trump', ['Trump', 'Senator Trump']]]);
  });

  test('a shared surname goes to the person a title points to', () => {
    const text = 'Hillary Clinton spoke. Bill Clinton listened. Later Mrs. Clinton left, and Mr. Clinton stayed.';
    const g = groupEntities(
      mentionsIn(text, [['Hillary Clinton', 'PER'], ['Bill Clinton', 'PER'], ['Clinton', 'PER', 'Mrs.'], ['Clinton', 'PER', 'Mr.']]),
      analyzeText(text),
    );
    const hillary = g.people.find((p) => p.name === 'Hillary Clinton')!;
    const bill = g.people.find((p) => p.name === 'Bill Clinton')!;
    assert.equal(hillary.mentions.length, 2);
    assert.equal(bill.mentions.length, 2);
    assert.ok(hillary.aliases.includes('Mrs. Clinton'));
  });

  test('without a title, a shared surname goes to the one named just before', () => {
    const text = 'Hillary Clinton spoke first. Much later in the day, Bill Clinton took the stage and Clinton spoke for an hour.';
    const g = groupEntities(mentionsIn(text, [['Hillary Clinton', 'PER'], ['Bill Clinton', 'PER'], ['Clinton', 'PER']]), analyzeText(text));
    assert.equal(g.people.find((p) => p.name === 'Bill Clinton')!.mentions.length, 2);
  });

  test('a shared surname given by recency does not carry the next one along: no chain from a relative named once', () => {
    const filler = ' He spoke about farm policy, trade and the schools of the state for a long time.'.repeat(6);
    const text = `Ted Cruz campaigned in Iowa. He deployed his father, Rafael Cruz, as a surrogate. Cruz praised him.${filler} Cruz thanked the crowd.${filler} Mr. Cruz left.`;
    const mentions = mentionsIn(text, [['Ted Cruz', 'PER'], ['Rafael Cruz', 'PER'], ['Cruz', 'PER'], ['Cruz', 'PER'], ['Cruz', 'PER', 'Mr.']]);
    const g = groupEntities(mentions, analyzeText(text));
    const of = (name: string): string[] => g.people.find((p) => p.name === name)!.mentions.map((m) => `${m.text}@${m.start}`);
    // The two bare names within a paragraph's length of the father's name are his; "Mr. Cruz",
    // far from it (though close to the last bare "Cruz"), is the man the article is about.
    assert.equal(of('Rafael Cruz').length, 3);
    assert.deepEqual(of('Ted Cruz'), ['Ted Cruz@0', `Cruz@${text.lastIndexOf('Cruz')}`]);
  });

  test('an initial joins only a full name it agrees with', () => {
    const text = 'John Smith arrived. J. Smith signed. Mary Jones waved.';
    const people = peopleOf(text, [['John Smith', 'PER'], ['J. Smith', 'PER'], ['Mary Jones', 'PER']]);
    assert.deepEqual(people[0], ['John Smith', 'John Smith', 'J. Smith']);
  });

  test('initials and a surname, with no fuller name, are a person the bare surname refers back to', () => {
    const text = 'J.K. Rowling spoke in London. Rowling said she writes daily.';
    assert.deepEqual(peopleOf(text, [['J.K. Rowling', 'PER'], ['Rowling', 'PER']]), [['J.K. Rowling', 'J.K. Rowling', 'Rowling']]);
    // A fuller name later in the article still takes the initial.
    const later = 'J. Smith signed. John Smith arrived. Smith left.';
    assert.deepEqual(peopleOf(later, [['J. Smith', 'PER'], ['John Smith', 'PER'], ['Smith', 'PER']]), [['John Smith', 'J. Smith', 'John Smith', 'Smith']]);
  });

  test('a given name alone joins the one person who has it', () => {
    const text = 'Bernie Sanders spoke. Bernie waved.';
    assert.equal(peopleOf(text, [['Bernie Sanders', 'PER'], ['Bernie', 'PER']]).length, 1);
  });

  test('ids follow the order of first mention', () => {
    const text = 'Carter spoke. Maria Lopez listened. John Carter left.';
    const g = groupEntities(mentionsIn(text, [['Carter', 'PER'], ['Maria Lopez', 'PER'], ['John Carter', 'PER']]), analyzeText(text));
    assert.deepEqual(g.people.map((p) => [p.id, p.name]), [['p1', 'John Carter'], ['p2', 'Maria Lopez']]);
  });

  test('possessive and suffix come off a name', () => {
    assert.equal(parsePersonName("Trump's").surname, 'Trump');
    assert.equal(parsePersonName('Martin Luther King Jr.').suffix, 'Jr');
    assert.equal(parsePersonName('Martin Luther King Jr.').surname, 'King');
  });
});

suite('entities: organizations', () => {
  test('an acronym joins the name it abbreviates', () => {
    const text = 'The Federal Bureau of Investigation said so. The FBI agreed.';
    const g = groupEntities(mentionsIn(text, [['Federal Bureau of Investigation', 'ORG'], ['FBI', 'ORG']]));
    assert.equal(g.organizations.length, 1);
    assert.equal(g.organizations[0].mentions.length, 2);
  });

  test('a short form joins the one longer name it ends', () => {
    const text = 'The Washington Post reported it. The Post said more.';
    const g = groupEntities(mentionsIn(text, [['The Washington Post', 'ORG'], ['The Post', 'ORG']]));
    assert.equal(g.organizations.length, 1);
    assert.equal(g.organizations[0].name, 'Washington Post');
  });
});

suite('entities: what the text says about people', () => {
  test('roles from a title, an appositive and the words before a name', () => {
    const text = "Sen. Maria Lopez met John Carter, the trade minister, and China's top diplomat Wang Yi.";
    const g = groupEntities(
      mentionsIn(text, [['Maria Lopez', 'PER', 'Sen.'], ['John Carter', 'PER'], ['Wang Yi', 'PER']]),
      analyzeText(text),
    );
    const roles = (name: string): string[] => [...g.profiles.get(g.people.find((p) => p.name === name)!.id)!.roles].sort();
    assert.deepEqual(roles('Maria Lopez'), ['senator']);
    assert.deepEqual(roles('John Carter'), ['minister']);
    assert.deepEqual(roles('Wang Yi'), ['diplomat']);
  });

  test('a role before a verb is the subject\'s, not that of the name after the verb', () => {
    const text = 'Pollster Douglas Schoen spoke. The former secretary of state mocked Donald Trump. The pollster even hypothesized Clinton could lose.';
    const g = groupEntities(
      mentionsIn(text, [['Douglas Schoen', 'PER'], ['Donald Trump', 'PER'], ['Clinton', 'PER']]),
      analyzeText(text),
    );
    const roles = (name: string): string[] => [...g.profiles.get(g.people.find((p) => p.name === name)!.id)!.roles].sort();
    assert.deepEqual(roles('Douglas Schoen'), ['pollster']);
    assert.deepEqual(roles('Donald Trump'), []);
    assert.deepEqual(roles('Clinton'), []);
  });

  test('gender from a title, a given name, and pronouns about the person', () => {
    const text = 'Mrs. Lopez spoke. John Carter listened. Robin Hale arrived late. She said she was tired.';
    const g = groupEntities(mentionsIn(text, [['Lopez', 'PER', 'Mrs.'], ['John Carter', 'PER'], ['Robin Hale', 'PER']]), analyzeText(text));
    const gender = (name: string): string | null => g.profiles.get(g.people.find((p) => p.name === name)!.id)!.gender;
    assert.equal(gender('Lopez'), 'female');
    assert.equal(gender('John Carter'), 'male');
    assert.equal(gender('Robin Hale'), 'female');
  });
});

suite('entities: the article corrects the tagger\'s type of a mention', () => {
  test('"Governor Pence" read as a place is the person the article names', () => {
    const text = 'Mike Pence spoke. Governor Pence left early.';
    const g = groupEntities(mentionsIn(text, [['Mike Pence', 'PER'], ['Governor Pence', 'LOC']]), analyzeText(text));
    assert.deepEqual(g.places, []);
    assert.deepEqual(g.people.map((p) => [p.name, p.mentions.map((m) => m.text)]), [['Mike Pence', ['Mike Pence', 'Pence']]]);
  });

  test('"President Obama" read as a place is the "Obama" the article reads as a person, untitled', () => {
    const text = 'Obama spoke first. Critics lashed out at President Obama on Friday.';
    const g = groupEntities(mentionsIn(text, [['Obama', 'PER'], ['President Obama', 'LOC']]), analyzeText(text));
    assert.deepEqual(g.places, []);
    assert.deepEqual(g.people.map((p) => [p.name, p.mentions.map((m) => m.text)]), [['Obama', ['Obama', 'Obama']]]);
  });

  test('a given name and a surname read as a place, naming no place, are a person: "Melania Trump", not "Marion County" or "Nazi Germany"', () => {
    const text = 'Melania Trump visited Marion County and Lincoln Park, and spoke of Nazi Germany and the Sharon Statement.';
    const g = groupEntities(
      mentionsIn(text, [['Melania Trump', 'LOC'], ['Marion County', 'LOC'], ['Lincoln Park', 'LOC'], ['Nazi Germany', 'LOC'], ['Sharon Statement', 'LOC']]),
      analyzeText(text),
    );
    assert.deepEqual(g.people.map((p) => p.name), ['Melania Trump']);
    assert.deepEqual(g.places.map((p) => p.name), ['Marion County', 'Lincoln Park', 'Nazi Germany', 'Sharon Statement']);
  });

  test('words for a faith or a people are nobody\'s name, and a group word ends an organization\'s: "Muslim", "Sunni Arab", "the Muslim Brotherhood"', () => {
    const text = 'Muslim leaders, Sunni Arab groups, the Muslim Brotherhood and the Reagan Coalition met David French.';
    const g = groupEntities(
      mentionsIn(text, [['Muslim', 'PER'], ['Sunni Arab', 'PER'], ['Muslim Brotherhood', 'PER'], ['Reagan Coalition', 'PER'], ['David French', 'PER']]),
      analyzeText(text),
    );
    assert.deepEqual(g.people.map((p) => p.name), ['David French']);
    assert.deepEqual(g.organizations.map((o) => o.name), ['Muslim Brotherhood', 'Reagan Coalition']);
  });

  test('one word read as a place that is the given name or surname of someone named in full is that person: "Melania", not "Jordan"', () => {
    const text = 'Melania Trump and Michael Jordan arrived. Melania waved; Jordan stayed home.';
    const g = groupEntities(
      mentionsIn(text, [['Melania Trump', 'PER'], ['Michael Jordan', 'PER'], ['Melania', 'LOC'], ['Jordan', 'LOC']]),
      analyzeText(text),
    );
    assert.deepEqual(g.people.map((p) => [p.name, p.mentions.length]), [['Melania Trump', 2], ['Michael Jordan', 1]]);
    assert.deepEqual(g.places.map((p) => p.name), ['Jordan']);
  });

  test('the same for a person read as an organization: "Jared Diamond", not "the Nazi Party" or "the Rand Corporation"', () => {
    const text = 'Jared Diamond wrote about the Nazi Party and the Rand Corporation.';
    const g = groupEntities(mentionsIn(text, [['Jared Diamond', 'ORG'], ['Nazi Party', 'ORG'], ['Rand Corporation', 'ORG']]), analyzeText(text));
    assert.deepEqual(g.people.map((p) => p.name), ['Jared Diamond']);
    assert.deepEqual(g.organizations.map((o) => o.name), ['Nazi Party', 'Rand Corporation']);
  });

  test('a name ending in a newspaper\'s word is the paper, not a person: "the Charlotte Observer"', () => {
    const text = 'The mayor told the Charlotte Observer that Jim Herald would stay.';
    const g = groupEntities(mentionsIn(text, [['Charlotte Observer', 'PER'], ['Jim Herald', 'PER']]), analyzeText(text));
    assert.deepEqual([g.people.map((p) => p.name), g.organizations.map((o) => o.name)], [['Jim Herald'], ['Charlotte Observer']]);
  });

  test('a well-known organization read as a person is the organization, unless the article gives someone that surname: "Twitter", not "Vicente Fox"', () => {
    const text = 'Twitter suspended the account, Vicente Fox said. Fox added that Twitter was right.';
    const g = groupEntities(mentionsIn(text, [['Twitter', 'PER'], ['Vicente Fox', 'PER'], ['Fox', 'PER'], ['Twitter', 'PER']]), analyzeText(text));
    assert.deepEqual(g.people.map((p) => [p.name, p.mentions.length]), [['Vicente Fox', 2]]);
    assert.deepEqual(g.organizations.map((o) => [o.name, o.mentions.length]), [['Twitter', 2]]);
  });

  test('the first word of a firm\'s name read alone as a person is the firm, unless it is a word of someone\'s name: "Pfizer" of "Pfizer Inc."', () => {
    const text = 'Pfizer Inc. agreed to the merger. Pfizer said it would move, and Jack Murdoch of Murdoch Holdings agreed; Murdoch left.';
    const g = groupEntities(
      mentionsIn(text, [['Pfizer Inc.', 'ORG'], ['Pfizer', 'PER'], ['Jack Murdoch', 'PER'], ['Murdoch Holdings', 'ORG'], ['Murdoch', 'PER']]),
      analyzeText(text),
    );
    assert.deepEqual(g.people.map((p) => [p.name, p.mentions.length]), [['Jack Murdoch', 2]]);
    assert.deepEqual(g.organizations.flatMap((o) => o.mentions.map((m) => m.text)).sort(), ['Murdoch Holdings', 'Pfizer', 'Pfizer Inc.']);
  });

  test('a name ending in a firm\'s word read as a person is the firm, and its first word alone after it the same firm: "Walter Energy", "Fenwick Homes"', () => {
    const text = 'The developer, Fenwick Homes, said work would begin. He bought a plant from Walter Energy and then from Walter.';
    const g = groupEntities(mentionsIn(text, [['Fenwick Homes', 'PER'], ['Walter Energy', 'PER'], ['Walter', 'PER']]), analyzeText(text));
    assert.deepEqual(g.people.map((p) => p.name), []);
    assert.deepEqual(g.organizations.map((o) => [o.name, o.mentions.length]), [['Fenwick Homes', 1], ['Walter Energy', 2]]);
  });

  test('one word shaped as a product\'s name read as a person is no one: "ChatGPT", "iPhone"; "McDonald" and "DeSantis" stay people', () => {
    const text = 'ChatGPT wrote it. The iPhone sold well. McDonald and DeSantis spoke.';
    const g = groupEntities(mentionsIn(text, [['ChatGPT', 'PER'], ['iPhone', 'PER'], ['McDonald', 'PER'], ['DeSantis', 'PER']]), analyzeText(text));
    assert.deepEqual(g.people.map((p) => p.name), ['McDonald', 'DeSantis']);
  });

  test('"the New York Democrat" names a place and an epithet; "Senate Majority" of a title is the Senate', () => {
    const text = 'Ann Lee spoke. The New York Democrat left. Senate Majority Leader Tom Reed stayed. The Emerging Republican Majority sold well.';
    const g = groupEntities(
      mentionsIn(text, [['Ann Lee', 'PER'], ['New York Democrat', 'ORG'], ['Senate Majority', 'ORG'], ['Tom Reed', 'PER'], ['Emerging Republican Majority', 'ORG']]),
      analyzeText(text),
    );
    assert.deepEqual(g.places.map((p) => p.name), ['New York']);
    assert.deepEqual(g.organizations.map((o) => o.name), ['Senate', 'Emerging Republican Majority']);
  });

  test('a party named by one word is an organization: "Labour", "the SNP"', () => {
    const text = 'Mel Stride said Labour had broken its promises, and the SNP agreed.';
    const g = groupEntities(mentionsIn(text, [['Mel Stride', 'PER'], ['Labour', 'PER'], ['SNP', 'LOC']]), analyzeText(text));
    assert.deepEqual(g.people.map((p) => p.name), ['Mel Stride']);
    assert.deepEqual(g.organizations.map((o) => o.name), ['Labour', 'SNP']);
  });

  test('a firm\'s first word read as a place is the firm; a press wire is no place', () => {
    const text = 'Acme Corp. reported results, PRNewswire said. Jane Doe, chief executive of Acme, was pleased.';
    const g = groupEntities(mentionsIn(text, [['Acme Corp.', 'ORG'], ['PRNewswire', 'LOC'], ['Jane Doe', 'PER'], ['Acme', 'LOC']]), analyzeText(text));
    assert.deepEqual(g.places.map((p) => p.name), []);
    assert.deepEqual(g.organizations.map((o) => [o.name, o.mentions.length]), [['Acme Corp.', 2], ['PRNewswire', 1]]);
  });

  test('a name ending in a word for a group is an organization: "the Clinton Camp"', () => {
    const text = 'A spokesman for the Clinton Camp said no.';
    const g = groupEntities(mentionsIn(text, [['Clinton Camp', 'PER']]), analyzeText(text));
    assert.deepEqual([g.people.length, g.organizations.map((o) => o.name)], [0, ['Clinton Camp']]);
    // Schools named after someone: "Sarah Lawrence College".
    const school = 'She studied at Sarah Lawrence College and taught at the Thomas Jefferson School.';
    const s = groupEntities(mentionsIn(school, [['Sarah Lawrence College', 'PER'], ['Thomas Jefferson School', 'PER']]), analyzeText(school));
    assert.deepEqual([s.people.length, s.organizations.map((o) => o.name)], [0, ['Sarah Lawrence College', 'Thomas Jefferson School']]);
  });

  test('a weekday run into a name is no part of it, a weekday alone is no name; named days keep theirs', () => {
    const text = 'The film debuts on Netflix Friday. Clinton Friday said no. Sunday he left. Black Friday sales fell.';
    const g = groupEntities(mentionsIn(text, [['Netflix Friday', 'LOC'], ['Clinton Friday', 'PER'], ['Sunday', 'PER'], ['Black Friday', 'MISC']]), analyzeText(text));
    assert.deepEqual(g.people.map((p) => p.mentions.map((m) => `${m.text}@${m.start}`)), [[`Clinton@${text.indexOf('Clinton')}`]]);
    // The platform, read as a place by the tagger here, is the firm (mentionTypes.ts PLATFORMS).
    assert.deepEqual(g.organizations.map((o) => o.mentions.map((m) => m.text)), [['Netflix']]);
  });

  test('a name built with "bin" or "ibn" read as a place or a group is a person\'s; "Bin Laden" is the surname of "Osama Bin Laden"', () => {
    const text = 'The FBI listed Osama Bin Laden. Bin Laden is in hiding, as was Ibn Saud in Kuwait. The Saudi Bin Laden Group said no.';
    const g = groupEntities(mentionsIn(text, [['Osama Bin Laden', 'ORG'], ['Bin Laden', 'LOC'], ['Ibn Saud', 'LOC'], ['Kuwait', 'LOC'], ['Saudi Bin Laden Group', 'ORG']]), analyzeText(text));
    assert.deepEqual(g.people.map((p) => [p.name, p.mentions.map((m) => m.text)]), [['Osama Bin Laden', ['Osama Bin Laden', 'Bin Laden']], ['Ibn Saud', ['Ibn Saud']]]);
    assert.deepEqual(g.places.map((p) => p.name), ['Kuwait']);
    assert.deepEqual(g.organizations.map((o) => o.name), ['Saudi Bin Laden Group']);
  });

  test('names joined by an ampersand are a firm, not a person; two given names so joined stay as read', () => {
    const text = 'She worked at Moore & Van Allen and later met Hillary & Chelsea.';
    const g = groupEntities(mentionsIn(text, [['Moore & Van Allen', 'PER'], ['Hillary & Chelsea', 'PER']]), analyzeText(text));
    assert.deepEqual(g.organizations.map((o) => o.name), ['Moore & Van Allen']);
    assert.deepEqual(g.people.map((p) => p.name), ['Hillary & Chelsea']);
  });

  test('the plural of a surname the article gives is a family, not another person: "the Clintons"', () => {
    const text = 'Hillary Clinton spoke. The Clintons left early.';
    const g = groupEntities(mentionsIn(text, [['Hillary Clinton', 'PER'], ['Clintons', 'PER']]), analyzeText(text));
    assert.deepEqual(g.people.map((p) => p.name), ['Hillary Clinton']);
  });

  test('a well-known organization read as a place is the organization; a real place stays', () => {
    const text = 'He posted on Twitter from Paris.';
    const g = groupEntities(mentionsIn(text, [['Twitter', 'LOC'], ['Paris', 'LOC']]), analyzeText(text));
    assert.deepEqual(g.organizations.map((o) => o.name), ['Twitter']);
    assert.deepEqual(g.places.map((p) => p.name), ['Paris']);
  });

  test('a programme named after its host is no person: "the Rachel Maddow Show"', () => {
    const text = 'She told the Rachel Maddow Show that she would run.';
    const g = groupEntities(mentionsIn(text, [['Rachel Maddow Show', 'PER']]), analyzeText(text));
    assert.deepEqual([g.people.length, g.organizations.length, g.places.length], [0, 0, 0]);
  });

  test('a name ending in a word for land or water is a place, unless a given name opens it: "Easter Island", not "Mary Lake"', () => {
    const text = 'Mary Lake sailed past Easter Island into Long Island Sound.';
    const g = groupEntities(mentionsIn(text, [['Mary Lake', 'PER'], ['Easter Island', 'PER'], ['Long Island Sound', 'ORG']]), analyzeText(text));
    assert.deepEqual(g.people.map((p) => p.name), ['Mary Lake']);
    assert.deepEqual(g.organizations, []);
    assert.deepEqual(g.places.map((p) => p.name), ['Easter Island', 'Long Island Sound']);
  });
});
