import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import type { Quote } from '../../src/core/types';
import { analyzeText } from '../../src/core/text/analyzedText';
import { phraseAfterVerb } from '../../src/core/quotes/speakerPhrase';

// Session 40 (quotes40b): speakers of quotes — offices below another, time phrases before the
// verb, bodies saying with a participle, sports roles, interview initials, shared surnames.

function quotes(text: string): Quote[] {
  return annotate(text, { documentDate: '2026-11-28' }).quotes;
}

/** The speaker named for the quote whose text holds `words`. */
function speakerOf(text: string, words: string): string | null | undefined {
  const q = quotes(text).find((x) => x.text.includes(words));
  assert.ok(q, `no quote holding ${words}: ${JSON.stringify(quotes(text).map((x) => x.text))}`);
  return q.speakerName;
}

suite('speakers: offices below another (vice, deputy, assistant)', () => {
  test('"the president" is the president, "the vice president" the vice president', () => {
    const text = 'President Alan Marsh met Vice President Joan Pike on Monday. "We need a deal," the vice president said. "I agree," the president said.';
    assert.equal(speakerOf(text, 'need a deal'), 'Joan Pike');
    assert.equal(speakerOf(text, 'I agree'), 'Alan Marsh');
  });

  test('a deputy prime minister is no "prime minister", in either order', () => {
    const text = 'Deputy Prime Minister Ruth Baxter and Prime Minister Colin Ames spoke on Friday. "We are on track," the prime minister said. "The deficit will shrink," the deputy prime minister said.';
    assert.equal(speakerOf(text, 'on track'), 'Colin Ames');
    assert.equal(speakerOf(text, 'deficit'), 'Ruth Baxter');
  });

  test('a deputy mayor is "the deputy mayor" and "the deputy", not "the mayor"', () => {
    const text = 'Deputy Mayor Tom Ruiz and Mayor Ann Cole toured the site. "It looks good," the mayor said. "We are nearly there," the deputy mayor said. "Soon," the deputy added.';
    assert.equal(speakerOf(text, 'looks good'), 'Ann Cole');
    assert.equal(speakerOf(text, 'nearly there'), 'Tom Ruiz');
    assert.equal(speakerOf(text, 'Soon'), 'Tom Ruiz');
  });

  test('a hyphened office and its spaced reference are one: "Vice-Chancellor X … the vice chancellor said"', () => {
    const text = 'Vice-Chancellor Mary Jones met Chancellor Peter Lang. "It is painful," the vice chancellor said. "We disagree," the chancellor said.';
    assert.equal(speakerOf(text, 'painful'), 'Mary Jones');
    assert.equal(speakerOf(text, 'disagree'), 'Peter Lang');
  });

  test('a set-off office before the name: "The deputy prime minister, Ruth Baxter, …"', () => {
    const text = 'The deputy prime minister, Ruth Baxter, met Prime Minister Colin Ames. "We agree," the deputy prime minister said.';
    assert.equal(speakerOf(text, 'We agree'), 'Ruth Baxter');
  });

  test('the office alone still refers back to its only holder: "Vice President Joan Pike said … the vice president said"', () => {
    const text = 'Vice President Joan Pike said the talks were useful. Later the vice president said she was hopeful.';
    assert.equal(speakerOf(text, 'hopeful'), 'Joan Pike');
  });

  test('an assistant coach is no "coach"', () => {
    const text = 'Assistant coach Tim Berg and coach Ron Alvarez spoke after the game. "We were sloppy," the coach said. "Defence let us down," the assistant coach said.';
    assert.equal(speakerOf(text, 'sloppy'), 'Ron Alvarez');
    assert.equal(speakerOf(text, 'Defence'), 'Tim Berg');
  });
});

suite('speakers: a time phrase between the subject and the verb', () => {
  test('"last week", "earlier this month", "two weeks ago" stand between: the subject speaks', () => {
    assert.equal(speakerOf('Senator Mark Smith last week said the plan would fail.', 'plan would fail'), 'Mark Smith');
    assert.equal(speakerOf('Carol Jones earlier this month warned that prices would rise.', 'prices would rise'), 'Carol Jones');
    assert.equal(speakerOf('Coach Tim Berg two weeks ago said he would quit.', 'would quit'), 'Tim Berg');
    assert.equal(speakerOf('Acme Corp a few days ago said it would cut jobs.', 'cut jobs'), 'Acme Corp');
    assert.equal(speakerOf('Acme Corp less than two weeks ago said it would cut jobs.', 'cut jobs'), 'Acme Corp');
  });

  test('a weekday with its opener or its part of the day: "late Tuesday", "on Monday night"', () => {
    assert.equal(speakerOf('Mayor Tom Reed late Tuesday told reporters that the roads were safe.', 'roads were safe'), 'Tom Reed');
    assert.equal(speakerOf('Ann Cole on Monday night said "we are ready."', 'ready'), 'Ann Cole');
  });

  test('a role before the time phrase refers back: "The minister on Tuesday told reporters …"', () => {
    const text = 'Finance Minister Ann Lee faces a tough week. The minister on Tuesday told reporters the budget was sound.';
    assert.equal(speakerOf(text, 'budget was sound'), 'Ann Lee');
  });

  test('the phrase ends before the time words: "The company last month warned" names the company', () => {
    const q = quotes('Acme Corp makes toys. The company last month warned that sales would fall.').find((x) => x.text.includes('sales'));
    assert.equal(q?.speakerMention?.text, 'The company');
    assert.equal(q?.speakerName, 'Acme Corp');
  });
});

suite('speakers: a body saying with a participle after a figure it gave', () => {
  test('"cut its profit forecast, saying": the company speaks, the forecast is no verb', () => {
    const q = quotes('Acme Corp reported results on Monday. The company cut its profit forecast, saying demand had slowed.').find((x) => x.text.includes('demand had slowed'));
    assert.equal(q?.speakerMention?.text, 'The company');
    assert.equal(q?.speakerName, 'Acme Corp');
  });

  test('"lowered the growth estimate, saying" and "raised its sales outlook, saying"', () => {
    assert.equal(speakerOf('Tarwin Bank lowered the growth estimate, saying exports had slumped.', 'exports'), 'Tarwin Bank');
    assert.equal(speakerOf('Qantas raised its sales outlook on Thursday, saying travel demand remained strong.', 'travel demand'), 'Qantas');
  });

  test('a figure\'s word after a body or its people is still their verb: "The company forecast that …", "its economists forecast that …"', () => {
    assert.equal(quotes('The company forecast that sales would rise.')[0]?.speakerMention?.text, 'The company');
    assert.ok(quotes('Tarwin Bank is cautious. Its economists forecast that rates would fall.').some((q) => q.text.includes('rates would fall') && q.speakerMention?.text === 'Its economists'));
  });
});

suite('speakers: sports roles', () => {
  test('"…," said the skipper: the role noun after the verb is read, and a skipper is the captain', () => {
    const text = 'Kelford Rovers captain Dan Mercer scored twice on Saturday. Coach Ron Alvarez was pleased. "We deserved it," said the skipper.';
    assert.equal(speakerOf(text, 'deserved'), 'Dan Mercer');
  });

  test('the captain of one side and the coach of the other', () => {
    const text = 'Harbour City beat Eastvale. Harbour City skipper Luke Brant scored. Eastvale coach Tony Pavic was angry. "We were robbed," the Eastvale coach said. "We were lucky," the Harbour City captain admitted.';
    assert.equal(speakerOf(text, 'robbed'), 'Tony Pavic');
    assert.equal(speakerOf(text, 'lucky'), 'Luke Brant');
  });

  test('positions after the verb: "said the striker", "said the goalie", and a possessive "the club\'s goalkeeper"', () => {
    const text = 'Goalkeeper Tom Hart saved a penalty and striker Joe Kane scored. "I guessed right," said the goalie. "The keeper was brilliant," said the striker.';
    assert.equal(speakerOf(text, 'guessed'), 'Tom Hart');
    assert.equal(speakerOf(text, 'brilliant'), 'Joe Kane');
    const q = quotes('Tom Hart saved a penalty. "I guessed right," said the club\'s goalkeeper.')[0];
    assert.equal(q.speakerMention?.text, "the club's goalkeeper");
  });

  test('a body\'s noun after the verb is read too: "said the lender"', () => {
    const q = quotes('Tarwin Bank cut rates. "Demand is weak," said the lender.')[0];
    assert.equal(q.speakerMention?.text, 'the lender');
    assert.equal(q.speakerName, 'Tarwin Bank');
  });
});

suite('speakers: the phrase after a verb', () => {
  /** The phrase phraseAfterVerb reads after the first "said" of `text`. */
  function after(text: string): string | null {
    const doc = analyzeText(text);
    const verb = doc.tokens.findIndex((t) => t.text === 'said');
    const p = phraseAfterVerb(doc, verb, doc.tokens.length);
    return p ? text.slice(p.start, p.end) : null;
  }

  test('an inverted subject is read, role nouns included: "said the skipper", "said the club\'s goalkeeper"', () => {
    assert.equal(after('"We won," said the skipper.'), 'the skipper');
    assert.equal(after('"We won," said the club\'s goalkeeper.'), "the club's goalkeeper");
  });

  test('a phrase with a finite verb after it is the reported clause\'s subject: "said his boss was kind"', () => {
    assert.equal(after('She said his boss was "always kind."'), null);
    assert.equal(after('He said the striker would stay.'), null);
  });
});

suite('speakers: a transcript labelled by initials', () => {
  test('"John Smith (JS)" then "JS: …" turns: John Smith speaks', () => {
    const text = 'The Herald spoke to the architect John Smith (JS) about the tower.\n\nHerald: Why did the project stall?\n\nJS: We never planned it. The council changed the rules.\n\nHerald: Will it be finished?\n\nJS: I hope so, within two years.';
    assert.equal(speakerOf(text, 'never planned'), 'John Smith');
    assert.equal(speakerOf(text, 'I hope so'), 'John Smith');
  });

  test('an introduction naming the person is enough: "Mary Cole talks …" then "MC: …"', () => {
    const text = 'In this interview, Mary Cole talks about her new novel.\n\nQ: Where did the idea come from?\n\nMC: From my grandmother. She told stories every night.\n\nQ: What comes next?\n\nMC: A sequel, I think.';
    assert.equal(speakerOf(text, 'grandmother'), 'Mary Cole');
    assert.equal(speakerOf(text, 'sequel'), 'Mary Cole');
  });

  test('two people with the same initials: the one the text gave them in brackets', () => {
    const text = 'Jane Swift chaired the talk with John Smith (JS).\n\nJane Swift: Welcome.\n\nJS: Thank you for having me.\n\nJane Swift: Tell us more.\n\nJS: Gladly, it was a long road.';
    assert.equal(speakerOf(text, 'having me'), 'John Smith');
  });

  test('an organization\'s short form as a label is no person\'s initials: "UN: …" after "the United Nations (UN)"', () => {
    const text = 'The United Nations (UN) met Ursula Nash on Monday.\n\nUN: The ceasefire holds, officials said.';
    const q = quotes(text).find((x) => x.text.includes('ceasefire'));
    assert.notEqual(q?.speakerName, 'Ursula Nash');
  });
});

suite('speakers: two people sharing a surname, father and son', () => {
  test('"the younger Hale" is the son, "the elder Hale" the father; a bare "Hale" stays with the father', () => {
    const text = 'Tom Hale founded the bakery in 1980. His son Nathan Hale runs it now. "We bake every night," the younger Hale said. "I started with one oven," the elder Hale said. Hale said the shop would stay open.';
    assert.equal(speakerOf(text, 'bake every night'), 'Nathan Hale');
    assert.equal(speakerOf(text, 'one oven'), 'Tom Hale');
    assert.equal(speakerOf(text, 'stay open'), 'Tom Hale');
  });

  test('a father introduced after the son: "His father, Tom Hale, …"', () => {
    const text = 'Nathan Hale runs the bakery. His father, Tom Hale, founded it. "We bake every night," the younger Hale said. "I started with one oven," said the elder Hale.';
    assert.equal(speakerOf(text, 'bake every night'), 'Nathan Hale');
    assert.equal(speakerOf(text, 'one oven'), 'Tom Hale');
  });

  test('a sibling with a word of age, and Jr./Sr. suffixes', () => {
    const siblings = 'Anna Berg won gold. Her younger sister, Lena Berg, took silver. "I pushed her all the way," the younger Berg said.';
    assert.equal(speakerOf(siblings, 'pushed her'), 'Lena Berg');
    const suffixes = 'Carl Dunn Sr. and Carl Dunn Jr. played together. "It was a dream," the younger Dunn said. "I was proud," the elder Dunn said.';
    assert.equal(speakerOf(suffixes, 'dream'), 'Carl Dunn Jr');
    assert.equal(speakerOf(suffixes, 'proud'), 'Carl Dunn Sr');
  });

  test('the two are never one person', () => {
    const people = annotate('Tom Hale founded the bakery. His son Nathan Hale runs it. The younger Hale said sales were up. The elder Hale smiled.', { documentDate: '2026-11-28' }).people;
    assert.deepEqual(people.map((p) => p.name).sort(), ['Nathan Hale', 'Tom Hale']);
    assert.equal(people.find((p) => p.name === 'Nathan Hale')?.mentions.length, 2);
  });
});

suite('speakers: portfolios and bodies of a role', () => {
  test('"the foreign minister" is not the finance minister, named nearer', () => {
    const text = 'Foreign Minister Ann Lee and Finance Minister Bob Kerr met on Monday. "Trade is vital," the foreign minister said. "The budget is tight," the finance minister said.';
    assert.equal(speakerOf(text, 'Trade is vital'), 'Ann Lee');
    assert.equal(speakerOf(text, 'budget is tight'), 'Bob Kerr');
  });

  test('"the secretary of state" is not the defense secretary', () => {
    const text = 'Secretary of State Mark Lane and Defense Secretary Lou Artis met their counterparts. "Our alliance is strong," the secretary of state said. "Deterrence works," the defense secretary added.';
    assert.equal(speakerOf(text, 'alliance'), 'Mark Lane');
    assert.equal(speakerOf(text, 'Deterrence'), 'Lou Artis');
  });

  test('"the state premier" reads no portfolio: the premier the text named', () => {
    const text = 'Queensland Premier Ann Roe opened the bridge. "It is a great day," the state premier said.';
    assert.equal(speakerOf(text, 'great day'), 'Ann Roe');
  });

  test('"Opposition leader X" is "the Liberal leader", and a place ending the sentence before is no body of theirs', () => {
    const text = 'The premier, Chris Mead, spoke in Parramatta.\n\nOpposition leader Mark Speel said the plan was late. "Patients have waited years," the Liberal leader said.';
    assert.equal(speakerOf(text, 'Patients'), 'Mark Speel');
  });
});

suite('speakers: participles after a market report', () => {
  test('adjectives before the figure: "cut its annual profit forecast, saying", "its full-year earnings forecast"', () => {
    assert.equal(speakerOf('Tarwin Bank cut its annual profit forecast, saying loan demand had slowed.', 'loan demand'), 'Tarwin Bank');
    assert.equal(speakerOf('Tarwin Bank cut its full-year earnings forecast, saying loan demand had slowed.', 'loan demand'), 'Tarwin Bank');
  });

  test('"Shares in X fell after the retailer cut …, saying": the retailer speaks, not the shares', () => {
    const q = quotes('Shares in Harwell Group fell 12 per cent after the retailer cut its outlook, saying shoppers had reined in spending.').find((x) => x.text.includes('shoppers'));
    assert.equal(q?.speakerMention?.text, 'the retailer');
    assert.equal(q?.speakerName, 'Harwell Group');
  });

  test('a person who speaks stays the participle\'s subject: "Smith resigned after the board met, saying …"', () => {
    assert.equal(speakerOf('Tom Smith resigned after the board met, saying he was tired.', 'tired'), 'Tom Smith');
  });
});

suite('quotes: line-ups and officials after a label are no one\'s words', () => {
  test('a team sheet, a referee and a coach after their labels', () => {
    const text = 'Line-up for Saturday\'s match:\n\nKelford Rovers: Smith; Jones, Brown, Taylor, Wilson; Davies, Evans, Thomas; Roberts, Johnson, Walker.\n\nReferee: Mike Dean (Wirral).\n\nCoach: Steve Kemp. Captain: Dan Mercer.\n\nKemp said after the match: "We were the better side."';
    assert.deepEqual(quotes(text).map((q) => q.text), ['"We were the better side."']);
  });

  test('a headline\'s words after a name and a colon stay, in title case too', () => {
    assert.equal(quotes('Trump: Mexico Will Pay For The Wall\n\nThe crowd cheered.').length, 1);
    assert.equal(quotes('Trump: My immigration plans are not set in stone\n\nThe crowd cheered.').length, 1);
  });
});

suite('speakers: spokesmen, aides and judges', () => {
  test('"A spokesman for Prime Minister X said": the spokesman speaks, not the prime minister', () => {
    const q = quotes('A spokesman for Prime Minister Ann Kerr said the government would respond next week.')[0];
    assert.equal(q.speakerName, null);
    assert.equal(q.speakerMention?.text, 'A spokesman for Prime Minister Ann Kerr');
    const aide = quotes('An aide to Vice President Joan Pike said she would attend.')[0];
    assert.equal(aide.speakerName, null);
  });

  test('"Justice X" is "the judge"', () => {
    const text = 'The court fined the airline. Justice Helen Rowe said its conduct was egregious. In her judgment, the judge said the airline had misled customers.';
    assert.equal(speakerOf(text, 'misled'), 'Helen Rowe');
  });
});

suite('speakers: a subject with its name set off, introducing a quote with a colon', () => {
  test('"One early supporter, Representative Lee Zell, gave it a whirl: "…"": the supporter named', () => {
    const text = 'Senator Shelley Capp said she was worried. "We need unity," she said.\n\nOne early supporter, Representative Lee Zell, Republican of Ohio, gave the technique a whirl on Tuesday: "You can easily argue that the president is wrong."';
    assert.equal(speakerOf(text, 'easily argue'), 'Lee Zell');
  });

  test('a title before a set-off name after the phrase: "said a neighbour, Councillor Ann Bell,"', () => {
    const q = quotes('"It was chaos," said a neighbour, Councillor Ann Bell, who lives opposite.')[0];
    assert.equal(q.speakerName, 'Ann Bell');
  });
});

suite('speakers: a subject read to its role noun', () => {
  test('"A federal lawsuit …, alleging": the subject is read to its noun', () => {
    const q = quotes('Most critics were silent. A federal lawsuit accused the police of bias, alleging that officers used race as a proxy.').find((x) => x.text.includes('officers used'));
    assert.equal(q?.speakerMention?.text, 'A federal lawsuit');
  });

  test('"the conservative publication" is a review the text named', () => {
    const text = 'The National Review is hosting a debate party in Manchester.\n\nThe conservative publication has opposed Tom Hale, arguing he is an opportunist.';
    assert.equal(speakerOf(text, 'opportunist'), 'National Review');
  });
});

suite('speakers: a spokeswoman for a body renamed after a comma', () => {
  test('"A spokeswoman for the insurer, Allianz, said": the spokeswoman speaks, and is the later "she"', () => {
    const text = 'Lisa Dunn said the family had lost everything. "We got out with nothing," Mrs Dunn said.\n\nA spokeswoman for the insurer, Allianz, said claims were being processed. "We understand this is a distressing time," she said.';
    const claims = quotes(text).find((q) => q.text.includes('claims'));
    assert.equal(claims?.speakerName, null);
    assert.equal(claims?.speakerMention?.text, 'A spokeswoman for the insurer');
    assert.notEqual(speakerOf(text, 'distressing'), 'Lisa Dunn');
  });
});
