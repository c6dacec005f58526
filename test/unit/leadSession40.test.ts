import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import { analyzeText } from '../../src/core/text/analyzedText';
import { findNamesWithTagger } from '../../src/core/names/taggedNameFinder';

// Session 40 (lead): reported speech read where a measure's participle or an infinitive's
// object was taken for it. Every sentence here is written for the test.

const quotes = (text: string) => annotate(text, { documentDate: '2026-11-28' }).quotes.filter((q) => q.kind === 'indirect');
const shown = (text: string): string => quotes(text).map((q) => `${q.speakerMention?.text ?? '-'} ${q.cue?.text ?? '-'}: ${q.text}`).join(' | ');

suite('session 40 (lead): a participle after a measure\'s noun', () => {
  test('"backed a plan announced in May to save the library": a plan announces nothing', () => {
    assert.equal(shown('The council backed a plan announced in May to save the library.'), '');
    assert.equal(shown('A plan announced in May would save the library.'), '');
    assert.ok(!shown('Unions rejected the deal announced on Friday to end the strike.').includes('the deal announced:'));
  });
  test('a measure still calls for what it would do; a named project still estimates', () => {
    assert.match(shown('This initiative called for the deportation of foreign nationals.'), /initiative called: the deportation of foreign nationals/);
    assert.match(shown('The United States Elections Project estimated that turnout was up about 19 points.'), /Project estimated: that turnout was up/);
  });
});

suite('session 40 (lead): an infinitive after the verb is no phrase to skip', () => {
  test('"expected to hit that target": "that" is the target\'s determiner, no clause', () => {
    assert.ok(!quotes('The group expected to hit that target a year early.').some((q) => q.text.startsWith('that target')));
  });
  test('"agreed to delay a decision until March, officials said, after …": no report opens at the closing cue', () => {
    const found = quotes('Ministers agreed to delay a decision until March, officials said, after France pushed back.');
    assert.ok(!found.some((q) => q.text.startsWith('officials said')), found.map((q) => q.text).join(' | '));
    assert.ok(found.some((q) => q.speakerMention?.text === 'officials' && q.text.startsWith('Ministers agreed to delay')));
  });
  test('"continued to insist that …": the clause is the infinitive\'s verb\'s', () => {
    assert.match(shown('Lewandowski continued to insist that he never touched the reporter.'), /insist: that he never touched the reporter/);
  });
  test('one spoken to still comes between: "said to police that", "explained to staff that", "complained to reporters that"', () => {
    assert.match(shown('He said to police that he was innocent.'), /said: that he was innocent/);
    assert.match(shown('She explained to staff that the office would close.'), /explained: that the office would close/);
    assert.match(shown('She complained to reporters that the rules were unfair.'), /complained: that the rules were unfair/);
  });
});

suite('session 40 (lead): a court told what happened', () => {
  test('"told the court the thefts came to light": "to light" is no directive, the court no part of what was said', () => {
    assert.match(shown('Prosecutor Ian West told the court the thefts came to light in May.'), /Ian West told: the thefts came to light in May$/);
    assert.match(shown('West told the committee the thefts went to court.'), /told: the thefts went to court$/);
  });
  test('"told the jury the defendant hit her", "told the inquiry the minister made the call": a hearing body is the listener', () => {
    assert.match(shown('She told the jury the defendant hit her twice.'), /told: the defendant hit her twice$/);
    assert.match(shown('She told the inquiry the minister made the call.'), /told: the minister made the call$/);
  });
  test('a directive after a listener and a passive charge read as before', () => {
    assert.match(shown('She told the committee to act.'), /told: the committee to act$/);
    assert.match(shown('She urged the people left behind to leave.'), /urged: the people left behind to leave$/);
    assert.match(shown('Roof is accused of a massacre at a church.'), /^- accused: a massacre at a church$/);
  });
});

suite('session 40 (lead): where someone lives', () => {
  const names = (text: string): string[] => findNamesWithTagger(analyzeText(text)).map((m) => `${m.type} ${m.text}`);
  test('"Karen Whitfield, 54, of Hartlepool,", "The man, from Middlesbrough,": the town, not its football club', () => {
    assert.ok(names('Karen Whitfield, 54, of Hartlepool, admitted fraud.').includes('LOC Hartlepool'));
    assert.ok(names('The man, from Middlesbrough, was jailed for two years.').includes('LOC Middlesbrough'));
  });
  test('a club a player joined from, and a match, stay clubs', () => {
    assert.ok(names('The striker joined from Middlesbrough, and scored twice.').includes('ORG Middlesbrough'));
  });
});

suite('session 40 (lead): a firm by the jobs it cuts', () => {
  const article = 'SYDNEY — Qantas will cut 1,200 jobs after a slump in bookings, the airline said on Thursday.\n\n"We have to make sure Qantas is here for the long term," chief executive Vanessa Hudson said.';
  test('"Qantas will cut 1,200 jobs": every mention of Qantas is the organisation, and "the airline said" is its', () => {
    const a = annotate(article, { documentDate: '2024-08-22' });
    assert.ok(a.organizations.some((o) => o.name === 'Qantas' && o.mentions.length === 2), a.organizations.map((o) => o.name).join(' | '));
    assert.ok(!a.people.some((p) => p.name === 'Qantas'));
    assert.equal(a.quotes.find((q) => q.speakerMention?.text === 'the airline')?.speakerName, 'Qantas');
  });
  test('a person who cuts costs or a deal stays a person', () => {
    const a = annotate('Ms Hudson will cut costs. Hudson said the plan was sound.', { documentDate: '2024-08-22' });
    assert.ok(a.people.some((p) => p.name.endsWith('Hudson')));
  });
});

suite('session 40 (lead): a lede\'s role named in the paragraph after', () => {
  test('"Arizona\'s governor vetoed a bill …, calling it …. Gov. Katie Hobbs, a Democrat, said …": the governor is Katie Hobbs', () => {
    const a = annotate('PHOENIX (AP) — Arizona\'s governor vetoed a bill Friday, calling it "a solution in search of a problem."\n\nGov. Katie Hobbs, a Democrat, said in a letter that the measure would disenfranchise voters.', { documentDate: '2024-05-17' });
    const q = a.quotes.find((x) => x.speakerMention?.text === "Arizona's governor");
    assert.equal(q?.speakerName, 'Katie Hobbs');
  });
  test('a role after someone was named refers back, never ahead', () => {
    const a = annotate('Senator Tom Reed spoke first. The governor said the bill was flawed.\n\nGov. Katie Hobbs later signed it.', { documentDate: '2024-05-17' });
    const q = a.quotes.find((x) => x.speakerMention?.text === 'The governor');
    assert.notEqual(q?.speakerName, 'Katie Hobbs');
  });
});

suite('session 40 (lead): a match report', () => {
  const names = (text: string): string[] => findNamesWithTagger(analyzeText(text)).map((m) => `${m.type} ${m.text}`);
  test('"Villa boss Unai Emery" read as one person: the club, then the person', () => {
    const found = names('Aston Villa lost at home. Villa boss Unai Emery admitted his side had been second best.');
    assert.ok(found.includes('PER Unai Emery') && found.includes('ORG Villa'), found.join(' | '));
  });
  test('"added City\'s third in the 78th minute" is a goal, no report; "added City\'s concerns were overblown" reports', () => {
    assert.equal(shown("Phil Foden added City's third in the 78th minute before Ollie Watkins pulled one back."), '');
    assert.match(shown("Smith added City's concerns about the deal were overblown."), /Smith added: City's concerns about the deal were overblown/);
  });
});

suite('session 40 (lead): a participle set off before the speech verb', () => {
  test('"Macron, asked about the dispute, said …": what he was asked about ends at its comma', () => {
    const found = quotes('Macron, asked about the dispute, said he would not rule anything out.').map((q) => q.text);
    assert.ok(found.includes('the dispute'), found.join(' | '));
    assert.ok(found.includes('he would not rule anything out'), found.join(' | '));
  });
});

suite('session 40 (lead): a surname alone that speaks after an aside', () => {
  const names = (text: string): string[] => findNamesWithTagger(analyzeText(text)).map((m) => `${m.type} ${m.text}`);
  test('"Macron, pressed on the dispute, said …" is a person, a known capital in the same place stays a place', () => {
    assert.ok(names('Macron, pressed on the dispute, said he would go.').includes('PER Macron'));
    assert.ok(names('Beijing, angered by the visit, said it would respond.').includes('LOC Beijing'));
  });
});

suite('session 40 (lead): a request for comment', () => {
  test('"did not respond to requests for comment" is no one\'s words, nor the comment asked for', () => {
    assert.equal(shown('Police spokeswoman Resila Onyango did not respond to requests for comment.'), '');
    assert.equal(shown('The campaign did not respond to a request for comment on the claims.'), '');
    assert.equal(shown('The ministry did not reply to several emails seeking comment.'), '');
  });
  test('a refusal to comment still reports as before', () => {
    assert.match(shown('She declined to comment on the claims.'), /declined: to comment on the claims/);
  });
});

suite('session 40 (lead): a titled name in apposition to the source', () => {
  test('"according to the study\'s lead author, Professor Adrian Hill", "…chief executive, Dr. Jane Roe": the named person speaks', () => {
    const speaker = (text: string) => annotate(text, { documentDate: '2026-11-28' }).quotes.find((q) => q.kind === 'indirect')?.speakerName;
    assert.equal(speaker("The vaccine could be rolled out within two years, according to the study's lead author, Professor Adrian Hill."), 'Adrian Hill');
    assert.equal(speaker("The plan will fail, according to the company's chief executive, Dr. Jane Roe."), 'Jane Roe');
  });
});

suite('session 40 (lead): a club after a dateline', () => {
  const names = (text: string): string[] => findNamesWithTagger(analyzeText(text)).map((m) => `${m.type} ${m.text}`);
  test('"PARIS — Chelsea manager Enzo Maresca": a town\'s name before a club\'s role and a name is the club; a country\'s side stays the country', () => {
    assert.ok(names('PARIS — Chelsea manager Enzo Maresca said his side were tired.').includes('ORG Chelsea'));
    assert.ok(names('England captain Harry Kane scored twice.').includes('LOC England'));
  });
});

suite('session 40 (lead): laws named for their sponsors', () => {
  const names = (text: string): string[] => findNamesWithTagger(analyzeText(text)).map((m) => `${m.type} ${m.text}`);
  test('"the Dodd-Frank Act", "the McCain-Feingold law", "repeal Dodd-Frank": a law, no person or place', () => {
    assert.ok(names('The Dodd-Frank Act was passed in 2010.').includes('MISC Dodd-Frank Act'));
    assert.ok(names('He backed the McCain-Feingold law.').includes('MISC McCain-Feingold'));
    const found = names('Republicans want to repeal Dodd-Frank and restore Glass-Steagall.');
    assert.ok(found.includes('MISC Dodd-Frank') && found.includes('MISC Glass-Steagall'), found.join(' | '));
  });
  test('a place or a person with a hyphen stays itself', () => {
    assert.ok(names('She flew to Guinea-Bissau on Monday.').includes('LOC Guinea-Bissau'));
    assert.ok(names('Sarah Smith-Jones said the rules were unfair.').includes('PER Sarah Smith-Jones'));
  });
});
