import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import { quoteAt, quotes } from './helpers/quoteAt';

// News conventions found in articles written for the purpose (Congress, science, interview,
// social media, sport press conferences, disasters, translated European copy, analysis,
// press releases), each pinned with a short text written for the test.



suite('speakers: the writer a byline names is never "he" or "she"', () => {
  test('an unnamed nurse\'s "she" is not the journalist of the byline', () => {
    const text = 'Hospital runs out of beds\n\nBy Mary Lane, Health Reporter\n\nA nurse who asked not to be named described the night as chaos.\n\n"We had no beds left," she said.';
    assert.notEqual(quoteAt(text, 'no beds').speakerName, 'Mary Lane');
  });
  test('a sentence opening with "By" and a name is no byline', () => {
    const text = 'Ruth Olsen spoke first.\n\nBy Olsen\'s own count, the plan had failed twice. "We learned a lot," she said.';
    assert.equal(quoteAt(text, 'learned').speakerName, 'Ruth Olsen');
  });
});

suite('quotes: "…, according to X, a description of X" reports only what stands before', () => {
  test('an appositive after the source is no part of the reported clause', () => {
    const q = quoteAt('Rents rose by a tenth last year, according to Jo Hale, an economist at Kestrel Bank.', 'Rents');
    assert.equal(q.text, 'Rents rose by a tenth last year');
  });
  test('a relative clause after the source is no part of it either', () => {
    const q = quoteAt('Bus fares will double, according to Tom Reed, who advises the council.', 'fares');
    assert.equal(q.text, 'Bus fares will double');
  });
  test('a clause interrupted by the source still runs on: "A, according to X, B"', () => {
    const q = quoteAt('The plan, according to the ministry, will cost far more.', 'plan');
    assert.ok(q.text.includes('will cost far more'), q.text);
  });
});

suite('speakers: a title of several lower-case words after the verb', () => {
  test('"said fire information officer Mike Ross": the name after the whole title speaks', () => {
    assert.equal(quoteAt('"We are not out of this yet," said fire information officer Mike Ross.', 'not out').speakerName, 'Mike Ross');
    assert.equal(quoteAt('"The bears are safe," said wildlife park director Ann Fox.', 'bears').speakerName, 'Ann Fox');
  });
  test('a group and its verb are no title: "said police arrested Mr Jones"', () => {
    assert.notEqual(quoteAt('"It was late," said police arrested Mr Jones.', 'late').speakerName, 'Jones');
  });
});

suite('speakers: "he" after an unnamed witness ("a teenager", "one man") is that witness', () => {
  test('a teenager, not the premier quoted before', () => {
    const text = '"Leave now," Premier David Eby said.\n\nA teenager said his family had been camping. "We just drove," he said.';
    const q = quoteAt(text, 'drove');
    assert.equal(q.speakerName, null);
    assert.equal(q.speakerReferent?.text, 'A teenager');
  });
  test('one man in the paragraph before', () => {
    const text = '"Leave now," Premier David Eby said.\n\nOne man said his street got the order late.\n\n"Nobody came knocking," he said.';
    assert.equal(quoteAt(text, 'knocking').speakerName, null);
  });
  test('another woman, after a named woman', () => {
    const text = '"We stay," said Mayor Ann Lee.\n\nAnother woman said she had packed the car. "The sky turned red," she said.';
    assert.equal(quoteAt(text, 'sky').speakerName, null);
  });
});

suite('quotes: "X, speaking …, said CLAUSE"', () => {
  test('a participle set off before the speech verb is no cue: the verb after it reports', () => {
    const q = quoteAt('Ruth Dale, speaking about an hour later at the same spot, said the rating meant little.', 'rating');
    assert.equal(q.text, 'the rating meant little');
    assert.equal(q.cue?.text, 'said');
    assert.equal(q.speakerName, 'Ruth Dale');
  });
  test('"citing", "responding to": the same', () => {
    assert.equal(quoteAt('The Ledger, citing internal papers, reported that the fund was empty.', 'fund').cue?.text, 'reported');
    assert.equal(quoteAt('Tom Hale, responding to a question, added that the talks were over.', 'talks').cue?.text, 'added');
  });
  test('a set-off participle of speech reports up to its comma: "citing internal papers"', () => {
    const q = quoteAt('The Ledger, citing internal papers, reported that the fund was empty.', 'internal papers');
    assert.equal(q.text, 'internal papers');
    assert.equal(q.cue?.text, 'citing');
  });
  test('a participle after the verb still reports: "He left, saying the talks were over."', () => {
    assert.equal(quoteAt('He left, saying the talks were over.', 'talks').cue?.text, 'saying');
  });
});

suite('indirect speech: "X said CLAUSE, adding that CLAUSE" reports two clauses', () => {
  test('the first clause ends before the participle; the second is the same speaker\'s', () => {
    const all = quotes('Ann Carver said the House would vote in January, adding that chairs had begun drafting the bills.');
    const first = all.find((q) => q.text.startsWith('the House'));
    const second = all.find((q) => q.text.includes('chairs'));
    assert.equal(first?.text, 'the House would vote in January');
    assert.equal(second?.cue?.text, 'adding');
    assert.equal(second?.speakerName, 'Ann Carver');
  });
  test('after a speech act: "endorsed X, saying …" is the endorser\'s', () => {
    const q = quoteAt('On Tuesday, Senator Tom Reed of Maine endorsed Ms. Lane, saying that she would make a fine governor.', 'fine governor');
    assert.equal(q.cue?.text, 'saying');
    assert.equal(q.speakerName, 'Tom Reed');
  });
  test('"responding to", "asking" open no clause of their own', () => {
    assert.ok(quoteAt('Tom Reed said it was the leaders, responding to pressure from unions, who acted.', 'leaders').text.includes('who acted'));
  });
});

suite('indirect speech: a participle after a quotation\'s comma, and after an unnamed source\'s cue', () => {
  test('"said … \\"as fast as it could,\\" adding that …": two clauses, one speaker', () => {
    const all = quotes('Sara Finch said the city had acted "as fast as it could," adding that the fire moved faster than any model.');
    assert.ok(all.some((q) => q.kind === 'indirect' && q.text.endsWith('"as fast as it could,"')), JSON.stringify(all.map((q) => q.text)));
    const second = all.find((q) => q.text.startsWith('that the fire'));
    assert.equal(second?.cue?.text, 'adding');
    assert.equal(second?.speakerName, 'Sara Finch');
  });
  test('"…, an official said, speaking on condition of anonymity": the clause is what stands before the cue', () => {
    const q = quoteAt('The mayor will sign the bill tonight, a city official said, speaking on condition of anonymity.', 'mayor');
    assert.equal(q.text, 'The mayor will sign the bill tonight');
  });
});

suite('people: an occupation written as a title before a name', () => {
  test('"Actress Emma Stone", "Singer Jade Holloway": the person, without the occupation', () => {
    const people = (t: string): string[] => annotate(t, { documentDate: '2025-11-01' }).people.map((p) => p.name);
    assert.deepEqual(people('Actress Emma Stone said she was thrilled. Stone is 36.'), ['Emma Stone']);
    assert.deepEqual(people('Singer Jade Holloway cancelled the tour. Holloway wrote on X.'), ['Jade Holloway']);
  });
  test('then "she" goes on with the singer', () => {
    const text = 'Singer Jade Holloway cancelled the tour on Sunday.\n\n"I am sorry," Holloway wrote on X.\n\nLater she posted a video. "This is not goodbye," she said.';
    assert.equal(quoteAt(text, 'goodbye').speakerName, 'Jade Holloway');
  });
});

suite('speakers: a capitalized word before an organization noun names another body', () => {
  test('"The White House said" is not the House named before', () => {
    const text = 'The bill passed the House on Wednesday.\n\nThe White House said in a statement that the president would sign it.';
    assert.notEqual(quoteAt(text, 'president').speakerName, 'House');
  });
  test('"the national Asahi newspaper" is not the newspaper named before', () => {
    const text = 'The Daily Ledger reported the remark on Monday.\n\nThe national Asahi newspaper said the remark was rude.';
    assert.notEqual(quoteAt(text, 'rude').speakerName, 'Daily Ledger');
  });
  test('a word of the name still refers back: "the Supreme Court … The court said"', () => {
    assert.equal(quoteAt('The Supreme Court ruled on Monday.\n\nThe court said the law was void.', 'void').speakerName, 'Supreme Court');
  });
});

suite('quotes: compounds whose last word looks like a speech verb', () => {
  test('"grand slam title", "supply and demand" report nothing', () => {
    assert.deepEqual(quotes('She will play for her second grand slam title on Saturday.').map((q) => q.cue?.text), []);
    const cues = quotes('The operator, which balances supply and demand, welcomed the plan.').map((q) => q.cue?.text);
    assert.ok(!cues.includes('demand'), JSON.stringify(cues));
  });
});

suite('speakers: "X, whose husband …, said" gives X no role and no gender of the husband', () => {
  test('"she" after the widow is the widow, not the judge quoted before', () => {
    const text = '"This inquiry will go on," Thandi Mokoena said.\n\nNomsa Dlamini, whose husband was among those killed, said she had come to hear the truth.\n\n"Every day I ask myself why," she said.';
    assert.equal(quoteAt(text, 'Every day').speakerName, 'Nomsa Dlamini');
  });
});

suite('quotes: the labels of an analysis open no one\'s words', () => {
  test('"Translation:", "Why it matters:", "The bottom line:" are no speakers; "Smith:" still is one', () => {
    const text = 'The executives are diplomatic.\n\nTranslation: both firms need to cut costs.\n\nWhy it matters: the deal ends the war.\n\nThe bottom line: prices will rise.\n\nSmith: We will win this.';
    assert.deepEqual(quotes(text).map((q) => q.text), ['We will win this']);
  });
});

suite('indirect speech: what a verb cannot report', () => {
  test('"…, a student who challenged the law, said …": the act in a relative clause ends before the sentence\'s own verb of speech', () => {
    const found = quotes('Lawyers for Ann Dole, a student who challenged the law, said they were disappointed but ready.');
    assert.ok(found.some((q) => q.text === 'they were disappointed but ready'), found.map((q) => q.text).join(' | '));
    assert.ok(!found.some((q) => q.text.includes('said they')), found.map((q) => q.text).join(' | '));
  });
  test('"defending the seat against …", "will defend her title": a seat or a title is held, not argued for; "defended the decision" still reports', () => {
    assert.deepEqual(quotes('Representative Ann Dole is defending the seat against State Senator Bob Dole.').map((q) => q.text), []);
    assert.deepEqual(quotes('Sabalenka will defend her title in Melbourne next month.').map((q) => q.text), []);
    assert.equal(quoteAt('The minister defended the decision to close the border.', 'decision').text, 'the decision to close the border');
  });
  test('"Arsenal\'s title hopes take a hit": a possessive and a thing before "hopes" or "fears" make it a noun; "the club\'s manager hopes …" still reports', () => {
    assert.deepEqual(quotes('Arsenal\'s title hopes take a hit after a late equaliser.').map((q) => q.text), []);
    assert.deepEqual(quotes('Their promotion fears were eased on Saturday.').map((q) => q.text), []);
    assert.equal(quoteAt('It\'s sparking fears among economists that the plan will fail.', 'plan').text.endsWith('the plan will fail'), true);
    assert.equal(quoteAt('The club\'s manager hopes the fans will return.', 'fans').text, 'the fans will return');
    assert.equal(quoteAt('The club\'s board hopes the stadium will open in May.', 'stadium').text, 'the stadium will open in May');
  });
  test('a clause opening with a conjunction goes on with the sentence: "charges he denies and was released", "agreed …, and a decision is expected"', () => {
    assert.deepEqual(quotes('Soren spent five months in jail on corruption charges he denies and was released on bail in June.').map((q) => q.text), []);
    assert.deepEqual(quotes('The court agreed last month to hear the case, and a decision is expected by June.').map((q) => q.text), []);
    // The clause after "said" still is.
    assert.equal(quoteAt('The mayor said the roads were closed and schools would open late.', 'roads').text, 'the roads were closed and schools would open late');
  });

  test('"who wrote it, said …": the pronoun the verb takes is no clause; the clause after "said" is reported', () => {
    const text = 'State Rep. Ann Cole, a Republican who wrote it, said parents "deserve tools to keep their kids safe."';
    const found = quotes(text).filter((q) => q.kind === 'indirect');
    assert.deepEqual(found.map((q) => [q.text, q.speakerName]), [['parents "deserve tools to keep their kids safe."', 'Ann Cole']]);
  });

  test('"attacked southern Israel" is an attack with arms; "attacked Clinton over her emails" reports', () => {
    assert.deepEqual(quotes('The war began when fighters attacked southern Israel.').map((q) => q.text), []);
    assert.equal(quoteAt('Sanders attacked Clinton over her emails.', 'emails').kind, 'indirect');
  });

  test('"demand" followed by its own verb is the noun: "AI chip demand stays strong", "demand fell"', () => {
    assert.deepEqual(quotes('Nvidia revenue beats forecasts as AI chip demand stays strong').map((q) => q.text), []);
    assert.deepEqual(quotes('Oil prices slid as demand fell in China.').map((q) => q.text), []);
    assert.equal(quoteAt('Unions demand the government act now.', 'government').kind, 'indirect');
  });
});

suite('indirect speech: "N units ago" after the verb says when', () => {
  test('"the department said two weeks ago, down from …" reports the clause before; "said a few days ago the plan was dead" the clause after', () => {
    const text = 'Consumer prices rose 2.6% in October, the Labor Department said two weeks ago.';
    assert.equal(quoteAt(text, 'Consumer').text, 'Consumer prices rose 2.6% in October');
    assert.equal(quoteAt('He said a few days ago the plan was dead.', 'plan').text, 'the plan was dead');
    assert.equal(quoteAt('The ministry said 10 days ago that talks would resume.', 'talks').text, 'that talks would resume');
  });
});

suite('indirect speech: where and when it was said, and sums', () => {
  test('"told the BBC\'s Today programme: "…"" and "told USA Today": the programme is no clause', () => {
    const text = 'The minister, Ann Cole, told the BBC\'s Today programme: "We have made changes."';
    assert.deepEqual(quotes(text).map((q) => q.kind), ['direct']);
    assert.equal(quoteAt('He told USA Today the deal was dead.', 'deal').text, 'the deal was dead');
  });

  test('"she said at prime minister\'s questions on Wednesday": a day alone is no clause', () => {
    const text = '"They have no plan," she said at prime minister\'s questions on Wednesday.';
    assert.deepEqual(quotes(text).map((q) => q.kind), ['direct']);
  });

  test('"adds five London dates", "added 310 points" are sums; "added 20 people had died" reports', () => {
    assert.deepEqual(quotes('Swift adds five London dates as demand soars').map((q) => q.text), []);
    assert.deepEqual(quotes('The Dow added 310 points on Friday.').map((q) => q.text), []);
    assert.equal(quoteAt('He added 20 people had died.', 'people').text, '20 people had died');
  });

  test('"an attorney who could comment on his behalf": for whom, no topic', () => {
    assert.deepEqual(quotes('It was not clear whether he had an attorney who could comment on his behalf.').map((q) => q.text), []);
  });
});

suite('indirect speech: "the attack" as a subject', () => {
  test('"The attack came a day after …" reports nothing; "his attacks on Clinton" still tell what was said', () => {
    assert.deepEqual(quotes('The attack came a day after officials met in Geneva.').map((q) => q.text), []);
    assert.equal(quoteAt('His attacks on Clinton were sharp.', 'Clinton').kind, 'indirect');
  });
});

suite('indirect speech: a relative clause that ends in a partial quote', () => {
  test('"X, who calls Trump a “sociopath,” said …": the act\'s object ends at the quotation\'s comma, before the main clause', () => {
    const text = 'Humphrey, who calls Trump a “sociopath,” said he does not believe the effort will fail.';
    const found = quotes(text).filter((q) => q.kind === 'indirect').map((q) => q.text);
    assert.deepEqual(found, ['Trump a “sociopath,”', 'the effort will fail']);
    // After an appositive too: "Milei, a libertarian who has called Mercosur "a prison," said …".
    assert.equal(quoteAt('Milei, a libertarian who has called Mercosur "a prison," said Argentina would leave.', 'Mercosur').text, 'Mercosur "a prison,"');
  });
});

suite('speakers: a phrase of plain nouns after its determiner', () => {
  test('"The SNCF rail operator said", "the city\'s prefecture said": nouns no list knows stay in the speaker\'s phrase', () => {
    const rail = quoteAt('Trains were cancelled. The SNCF rail operator said only one train in three was running.', 'one train');
    assert.equal(rail.speakerName, 'SNCF');
    const prefecture = quoteAt('Police used tear gas to disperse protesters, the city\'s prefecture said.', 'tear gas');
    assert.equal(prefecture.speakerMention?.text, 'the city\'s prefecture');
    // A role noun and a name after it: "the country's disaster agency AFAD said".
    assert.equal(quoteAt('A strong earthquake struck on Tuesday, killing at least 43 people, the country\'s disaster agency AFAD said.', 'earthquake').speakerName, 'AFAD');
    // Not over a determiner the phrase holds, nor before a name or a pronoun.
    assert.equal(quoteAt('In the end the company said it would pay.', 'pay').speakerMention?.text, 'the company');
  });

  test('"told France Inter radio that …": a medium\'s noun after the listener\'s name is the listener\'s', () => {
    assert.equal(quoteAt('Laurent Berger told France Inter radio that the government had underestimated the anger.', 'government').text, 'that the government had underestimated the anger');
  });
});

suite('speakers: an epithet with an age or an adjective', () => {
  test('"the 23-year-old Spaniard said", "the top-ranked Italian said" go on about the person just named', () => {
    const text = 'Carlos Alcaraz lost the final on Sunday.\n\nAlcaraz was gracious in defeat.\n\n"He deserves it," the 23-year-old Spaniard said.';
    assert.equal(quoteAt(text, 'deserves').speakerName, 'Carlos Alcaraz');
    const italian = 'Jannik Sinner won the final on Sunday.\n\n"I just tried to stay there," the top-ranked Italian said.';
    assert.equal(quoteAt(italian, 'stay there').speakerName, 'Jannik Sinner');
  });
});

suite('quotes: cues that are no verbs', () => {
  test('"pay-as-you-go": the last word of a compound is no cue; "self-described" still is', () => {
    const text = 'Attal told the Assembly that the reform would "save our pay-as-you-go system" and that he would not give in to "the street."';
    assert.equal(quoteAt(text, 'the street', 'partial').cue?.text, 'told');
    assert.equal(quoteAt('Turnout was high among self-described "very conservative" voters.', 'very conservative').cue?.text, 'described');
  });

  test('a headline\'s colon after a quote opens the story\'s words, no cue: `"We will not back down": Paris braces for pension protests`', () => {
    const q = quoteAt('"We will not back down": Paris braces for third day of pension protests\n\nHundreds of thousands marched on Thursday.', 'back down');
    assert.equal(q.cue, null);
    assert.equal(q.speakerMention, null);
  });
});

suite('speakers: an absolute phrase after "with"', () => {
  test('"…, with unions vowing to keep up the pressure": the unions vow, not the sentence\'s subject', () => {
    const q = quoteAt('Hundreds of thousands of people marched on Thursday, with unions vowing to keep up the pressure.', 'keep up');
    assert.equal(q.speakerMention?.text, 'unions');
    // "agree with what others are saying": no absolute phrase.
    assert.notEqual(quoteAt('Voters agree with what others are saying about the race.', 'about the race').speakerMention?.text, 'what others are');
  });
});

suite('quotation marks: a name ending in digits before a closing mark', () => {
  test('"Catch-22", "#Trump2016": the mark after a name\'s digits closes; after a measure ("a 12" pipe") it does not', () => {
    const text = 'He persuaded them to publish "Catch-22" in 1961.\n\n"He was the best reader I ever had," Smith said.';
    assert.equal(quoteAt(text, 'best reader').text, '"He was the best reader I ever had,"');
    assert.equal(quoteAt('Trump tweeted "Thank you Indiana! #Trump2016" on Friday.', 'Indiana').text, '"Thank you Indiana! #Trump2016"');
    assert.equal(quoteAt('"We need a 12" pipe here," the plumber said.', 'pipe').text, '"We need a 12" pipe here,"');
  });
});

suite('speakers: a document and the members of a party', () => {
  test('"after 50 MPs signed a letter urging him to …": the signers urge, not the sentence\'s subject', () => {
    const q = quoteAt('Sir Keir Starmer faces a revolt after more than 50 Labour MPs signed a letter urging him to reverse the cuts.', 'reverse');
    assert.equal(q.speakerMention?.text, '50 Labour MPs');
    assert.notEqual(q.speakerName, 'Keir Starmer');
  });

  test('"One Labour MP said", "Several Tory MPs said": a party\'s members speak, not the party', () => {
    assert.equal(quoteAt('One Labour MP said the vote was lost.', 'vote').speakerName, null);
    assert.equal(quoteAt('Several Tory MPs said they would rebel.', 'rebel').speakerMention?.text, 'Several Tory MPs');
  });
});

suite('indirect speech: an act\'s object before "adding:" and a quotation', () => {
  test('"accused her of "making it up", adding: "…"": the object ends before the participle that opens the quotation', () => {
    const text = 'Jeremy Hunt accused her of "making it up", adding: "There was no black hole."';
    assert.equal(quoteAt(text, 'making it up', 'indirect').text, 'her of "making it up"');
    assert.equal(quoteAt(text, 'black hole', 'direct').cue?.text, 'adding');
  });
});

suite('speakers: a described name opening the sentence, and "have all said"', () => {
  test('"After the debate, pop star Taylor Swift endorsed Harris, calling her "…"": the partial is Swift\'s, not the speaker before', () => {
    const text = 'Trump called her "a radical left liberal."\n\nAfter the debate, pop star Taylor Swift endorsed Harris on Instagram, calling her "a steady-handed, gifted leader."';
    assert.equal(quoteAt(text, 'gifted', 'partial').speakerName, 'Taylor Swift');
  });

  test('"Google, Meta and OpenAI have all said …": "all" floats after the auxiliary, no speaker of its own', () => {
    assert.notEqual(quoteAt('The firms have all said they will comply.', 'comply').speakerMention?.text, 'all');
  });
});

suite('speakers: a court report\'s victim statement', () => {
  test('"One victim, 86-year-old Margaret Ellis, said in a statement read to the court: "…"": Ellis said it; "read" is no cue', () => {
    const q = quoteAt('One victim, 86-year-old Margaret Ellis, said in a statement read to the court: "I trusted him like a son."', 'trusted');
    assert.equal(q.speakerName, 'Margaret Ellis');
    assert.equal(q.cue?.text, 'said');
    // "A placard read: "…"" still reads.
    assert.equal(quoteAt('A placard read: "No war."', 'No war').cue?.text, 'read');
  });
});

suite('speakers: a described name set off by an age', () => {
  test('"At St Thomas\' Hospital in London, staff nurse Aisha Begum, 29, said …": the nurse speaks', () => {
    assert.equal(quoteAt('At St Thomas\' Hospital in London, staff nurse Aisha Begum, 29, said she had worked overtime.', 'overtime').speakerName, 'Aisha Begum');
    // A description with a preposition is the one before it: "Smith, chairman of Acme Corp, said".
    assert.equal(quoteAt('Dan Smith, chairman of Acme Corp, said profits fell.', 'profits').speakerName, 'Dan Smith');
  });

  test('"Transcript: Interview with the mayor" is a heading, no one\'s words', () => {
    assert.deepEqual(quotes('Transcript: Interview with the mayor\n\nThe mayor spoke on Monday.').map((q) => q.text), []);
  });
});

suite('speakers: a source opening the sentence, a participle after a name (session 27 articles)', () => {
  test('"According to Dino, the former president "was not a spectator"": the partial is the source\'s, not the last speaker\'s', () => {
    const text = '"There is not a single message ordering anyone to do anything," Vilardi told the justices.\n\nJustice Flávio Dino disagreed. According to Dino, the former president "was not a spectator" of the events.';
    const q = quoteAt(text, 'spectator', 'partial');
    assert.equal(q.speakerName, 'Flávio Dino');
    assert.equal(q.cue?.text, 'According to');
  });

  test('"According to conservative talk radio host Rush Limbaugh, …": the role\'s name is in the source', () => {
    const q = quoteAt('According to conservative talk radio host Rush Limbaugh, the move reeks of "fear" and desperation.', 'reeks', 'indirect');
    assert.equal(q.speakerName, 'Rush Limbaugh');
    assert.equal(q.speakerMention?.text, 'Rush Limbaugh');
  });

  test('"Noel Francisco, arguing for TikTok, said …": no speech reported by the participle, the name no clause', () => {
    const found = quotes('Noel Francisco, arguing for TikTok, said the law was a ban.');
    assert.ok(!found.some((q) => q.text === 'Noel Francisco'), found.map((q) => q.text).join(' | '));
    assert.equal(quoteAt('Noel Francisco, arguing for TikTok, said the law was a ban.', 'the law', 'indirect').speakerName, 'Noel Francisco');
  });
});

suite('quotes: titles in marks, causatives, figures and briefings (session 27 articles)', () => {
  test('"his co-star in "Unforgiven"", "known for "The French Connection"": a title-cased quote a preposition takes is a name, nobody\'s words', () => {
    const text = '"Gene was a giant," said actor Morgan Freeman, his co-star in "Unforgiven".\n\nHackman was known for "The French Connection" and "Unforgiven".';
    const found = quotes(text).map((q) => q.text);
    assert.ok(!found.some((t) => /Unforgiven|French Connection/u.test(t) && t.length < 30), found.join(' | '));
    // A partial in lower case after a preposition is still someone's: `urged restraint in "a spirit of calm"`.
    assert.ok(quotes('Mao Ning said Beijing acted in "a spirit of calm".').some((q) => q.kind === 'partial'));
  });

  test('"Francis Ford Coppola, who directed Hackman in "The Conversation", wrote: "…"": the marks of a title end no speaker\'s phrase', () => {
    const text = '"Gene was a giant," said actor Morgan Freeman.\n\nFrancis Ford Coppola, who directed Hackman in "The Conversation", wrote on Instagram: "The loss of a great artist."';
    assert.equal(quoteAt(text, 'great artist').speakerName, 'Francis Ford Coppola');
  });

  test('"said the package would help the island maintain "…"": a bare infinitive after "help" is no cue; the partial is the ministry\'s', () => {
    const q = quoteAt('Taiwan\'s defence ministry said the package would help the island maintain "a solid self-defence capability".', 'solid', 'partial');
    assert.equal(q.cue?.text, 'said');
    assert.match(q.speakerMention?.text ?? '', /ministry/u);
  });

  test('"beat quarterly revenue estimates, a sign that …": the plural of a figure is no verb of saying', () => {
    const found = quotes('Nike shares rose after the company beat quarterly revenue estimates, a sign that its plan was working.');
    assert.ok(!found.some((q) => q.cue?.text === 'estimates'), JSON.stringify(found.map((q) => [q.cue?.text, q.text])));
  });

  test('"Mao Ning told a news briefing in Beijing.": where she said it is no clause, even at the end of the text ("Beijing" is no verb in -ing)', () => {
    const found = quotes('"The U.S. side should stop arming Taiwan," Mao Ning told a news briefing in Beijing.');
    assert.deepEqual(found.map((q) => q.kind), ['direct']);
  });

  test('"PARIS, 4 juin (AFP) — Anne Hidalgo, the mayor of Paris, on Tuesday announced …": a dateline with a month in French is no speaker', () => {
    assert.equal(quoteAt('PARIS, 4 juin (AFP) — Anne Hidalgo, the mayor of Paris, on Tuesday announced plans to close the roads.', 'close the roads').speakerName, 'Anne Hidalgo');
  });
});

suite('speakers: coordinated verbs past a quote, the last clause\'s subject, a plan of no one\'s (session 27 articles)', () => {
  test('"Poilievre called him "Carbon tax Carney" and said …": "said" shares the subject of "called", past the marks', () => {
    const text = [
      "Carney sworn in as Canada's prime minister",
      "",
      "OTTAWA (CP) \u2014 Mark Carney was sworn in as Canada's 24th prime minister on Friday, taking over from Justin Trudeau with a promise to stand up to U.S. President Donald Trump over tariffs.",
      "",
      "\"We are a country that is strong, united and free,\" Carney told reporters at Rideau Hall after the ceremony. \"We will never, ever be part of the United States in any way, shape or form.\"",
      "",
      "Carney, a former governor of the Bank of Canada and the Bank of England, has never held elected office. Conservative Leader Pierre Poilievre called him \"Carbon tax Carney\" and said he would fight the next election on the cost of living.",
    ].join('\n');
    assert.equal(quoteAt(text, 'fight the next election', 'indirect').speakerName, 'Pierre Poilievre');
  });

  test('"Lewandowski pulled one back, and Lamine Yamal made it 3-2. The 17-year-old said …": the last clause\'s subject', () => {
    const text = 'Robert Lewandowski pulled one back for Barcelona from the penalty spot, and Lamine Yamal made it 3-2 late on. The 17-year-old said afterwards that the team "will come back stronger".';
    assert.equal(quoteAt(text, 'come back stronger', 'indirect').speakerName, 'Lamine Yamal');
  });

  test('"sworn in … with a promise to stand up to Trump": the article is no speaker', () => {
    const q = quoteAt('Mark Carney was sworn in on Friday, with a promise to stand up to Donald Trump over tariffs.', 'stand up', 'indirect');
    assert.notEqual(q.speakerMention?.text, 'a');
  });
});

suite('reported speech: a second verb after "but" (session 27 articles)', () => {
  test('"The Unite union welcomed the change but warned that enforcement was weak": two reports, the first ending before "but"', () => {
    const found = quotes('The Unite union welcomed the change but warned that enforcement was weak.').filter((q) => q.kind === 'indirect').map((q) => q.text);
    assert.deepEqual(found, ['the change', 'that enforcement was weak']);
  });
});

suite('reported speech: embassies, long speaker phrases, firings and phone numbers (session 27 articles)', () => {
  test('"China\'s embassy in Manila accused …": the embassy speaks, not the city it is in', () => {
    const q = quoteAt('China\'s embassy in Manila accused the Philippine vessel of intruding into its waters.', 'vessel', 'indirect');
    assert.notEqual(q.speakerMention?.text, 'Manila');
    assert.match(q.speakerMention?.text ?? '', /embassy/u);
  });

  test('"Opposition leader Yoshihiko Noda of the Constitutional Democratic Party of Japan criticised …": Noda', () => {
    assert.equal(quoteAt('Opposition leader Yoshihiko Noda of the Constitutional Democratic Party of Japan criticised the timing.', 'timing', 'indirect').speakerName, 'Yoshihiko Noda');
  });

  test('"Ruto dismissed almost his entire cabinet" reports nothing; "dismissed the claims as lies" does', () => {
    assert.deepEqual(quotes('Kenyan President William Ruto dismissed almost his entire cabinet on Thursday.').map((q) => q.text), []);
    assert.equal(quoteAt('Kenyan President William Ruto dismissed the claims as lies.', 'claims', 'indirect').speakerName, 'William Ruto');
  });

  test('"Anyone with information is asked to call 101" reports nothing; "calls for $1 trillion" does', () => {
    assert.deepEqual(quotes('Anyone with information is asked to call 101, quoting reference 5224123456.').map((q) => q.text), []);
    assert.ok(quotes('Sanders calls for $1 trillion in new spending.').some((q) => q.text.startsWith('$1 trillion')));
  });
});

suite('reported speech: summons and modals (session 27 articles)', () => {
  test('"called her into her office", "would call the chief of staff to testify" are summons; "called the plan a mistake" reports', () => {
    const found = quotes('Morales said Hochul called her into her office in March. He said the panel would call the governor\'s chief of staff, Karen Keogh, to testify next month.');
    assert.ok(!found.some((q) => q.cue?.text === 'called' || q.cue?.text === 'call'), JSON.stringify(found.map((q) => [q.cue?.text, q.text])));
    assert.ok(quotes('Clinton called her vote in favor of the war a mistake.').some((q) => q.cue?.text === 'called'));
    assert.ok(quotes('The Daily Beast called them in an article last week "Manchurian anchors".').some((q) => q.cue?.text === 'called'));
  });

  test('"Peskov said Moscow would respond to any further strikes "accordingly"": the partial is Peskov\'s, not Moscow\'s', () => {
    const q = quoteAt('Kremlin spokesman Dmitry Peskov said Moscow would respond to any further strikes "accordingly".', 'accordingly', 'partial');
    assert.equal(q.speakerName, 'Dmitry Peskov');
  });
});

suite('reported speech: "that evening" (session 27 articles)', () => {
  test('"told TF1 television that evening that she would appeal": the clause opens at the second "that"; "said that day was the worst" keeps it', () => {
    assert.equal(quoteAt('Le Pen told TF1 television that evening that she would appeal.', 'appeal', 'indirect').text, 'that she would appeal');
    assert.equal(quoteAt('He said that day was the worst of his life.', 'worst', 'indirect').text, 'that day was the worst of his life');
  });
});

suite('reported speech: money claimed, charges laid, Q&A answers (session 27 articles)', () => {
  test('"The audit found that Mr Whitlock had claimed for rail travel "on at least 60 occasions"": the partial is the audit\'s', () => {
    const q = quoteAt('The audit found that Mr Whitlock had claimed for first-class rail travel and hotel stays "on at least 60 occasions".', 'occasions', 'partial');
    assert.equal(q.cue?.text, 'found');
  });

  test('"Springfield man charged in crash that killed two teens" reports nothing', () => {
    assert.deepEqual(quotes('Springfield man charged in crash that killed two teens\n\nThe crash happened on Friday.').map((q) => q.text), []);
  });
});

suite('reported speech: clauses set off before the main verb (session 30 articles)', () => {
  test('"played down talk of a rift", "amid talk of a merger": the noun "talk" has no speaker "down" or "amid"', () => {
    for (const [text, words] of [['The coach played down talk of a rift in the squad.', 'rift'], ['Shares rose amid talk of a merger with Unilever.', 'merger']]) {
      const q = quoteAt(text, words, 'indirect');
      assert.ok(!q.speakerMention || !/^(?:down|amid)$/u.test(text.slice(q.speakerMention.start, q.speakerMention.end)), JSON.stringify(q));
    }
  });

  test('"Paxton, whose office defends the law, said …": the relative clause ends at its comma', () => {
    const found = quotes('Attorney General Ken Paxton, whose office defends the law, said the ruling was wrong.');
    assert.ok(!found.some((q) => q.text.includes('law, said')), JSON.stringify(found.map((q) => q.text)));
    assert.equal(quoteAt('The group, which has criticized the plan for months, said on Friday it would sue.', 'plan', 'indirect').text, 'the plan for months');
  });

  test('"Alito, writing in an earlier stage of the case, had questioned whether …": the question is reported, not "had questioned …"', () => {
    const q = quoteAt('Justice Samuel Alito, writing in an earlier stage of the case, had questioned whether platforms were like newspapers.', 'platforms', 'indirect');
    assert.equal(q.text, 'whether platforms were like newspapers');
  });

  test('"published an open letter warning that …": the letter speaks for those who published it', () => {
    const text = 'The news comes a week after former employees published an open letter warning that safety work was being sidelined.';
    const q = quoteAt(text, 'safety', 'indirect');
    assert.ok(q.speakerMention, 'a speaker mention');
    assert.equal(text.slice(q.speakerMention.start, q.speakerMention.end), 'former employees');
  });

  test('a fronted "After"/"When" clause: its report ends before the main clause, and "After" is no part of the speaker', () => {
    const text = 'After 50 MPs signed a letter urging him to quit, he left.';
    const q = quoteAt(text, 'quit', 'indirect');
    assert.equal(q.text, 'him to quit');
    assert.equal(text.slice(q.speakerMention!.start, q.speakerMention!.end), '50 MPs');
    assert.equal(quoteAt('After the mayor said on Tuesday that the budget was short, the council agreed to cut jobs.', 'budget', 'indirect').text, 'that the budget was short');
    // A list after "that" is no main clause: "Russia, China and Iran were threats" stays whole.
    assert.equal(quoteAt('Although he said that Russia, China and Iran were threats, he voted no.', 'Russia', 'indirect').text, 'that Russia, China and Iran were threats');
  });

  test('"When she said the plan would fail, Smith agreed": the subordinate clause is no report of Smith\'s', () => {
    const found = quotes('When she said the plan would fail, Smith agreed.');
    assert.ok(!found.some((q) => q.text.startsWith('When')), JSON.stringify(found.map((q) => q.text)));
    assert.ok(quotes('If the deal fails, prices will rise, he said.').some((q) => q.text === 'If the deal fails, prices will rise'));
  });
});

suite('speakers and clauses: wire bylines and "her" (session 30 articles)', () => {
  test('"it said" is not the agency of the dateline "(Reuters)"', () => {
    const text = 'LONDON, Nov 26 (Reuters) - The water company has secured a rescue deal with its creditors, it said on Wednesday.';
    const q = quoteAt(text, 'rescue deal', 'indirect');
    assert.notEqual(q.speakerName, 'Reuters');
  });

  test('"said her client regrets …", "said her client "deeply regrets" …": "her" opens the clause\'s subject', () => {
    assert.equal(quoteAt('Carver said her client regrets his actions.', 'client', 'indirect').text, 'her client regrets his actions');
    assert.equal(quoteAt('His lawyer, Dana Carver, said her client "deeply regrets" his actions.', 'client', 'indirect').text, 'her client "deeply regrets" his actions');
    // "thanked her campaign volunteers" stays an object.
    assert.equal(quoteAt('She thanked her campaign volunteers.', 'volunteers', 'indirect').text, 'her campaign volunteers');
  });
});

suite('speakers: a subject in lower case after a fronted clause (session 30 articles)', () => {
  test('"After …, the campaign has appeared to acknowledge (that) …": the campaign acknowledges', () => {
    const text = 'After aides insisted that he would win, the campaign has appeared to acknowledge his help is needed.';
    const q = quoteAt(text, 'help', 'indirect');
    assert.equal(q.text, 'his help is needed');
    assert.equal(text.slice(q.speakerMention!.start, q.speakerMention!.end), 'the campaign');
  });
});

suite('speakers: datelines and adverbs are no subjects (session 30 articles)', () => {
  test('a partial quote in a participle\'s clause after a dateline is the sentence subject\'s, not the dateline\'s', () => {
    const text = 'JOHANNESBURG, Nov 23 (Reuters) - President Cyril Ramaphosa on Sunday closed the summit, saying leaders had shown that "multilateralism is alive" despite the boycott.';
    const q = quoteAt(text, 'multilateralism', 'partial');
    assert.equal(q.speakerName, 'Cyril Ramaphosa');
  });

  test('"Here is one: keep the centres open and ask businesses to help": "Here" speaks no words', () => {
    const text = 'Dyer has said he is open to ideas. Here is one: keep the centres open and ask businesses to help fund them.';
    const speakers = quotes(text).map((q) => (q.speakerMention ? text.slice(q.speakerMention.start, q.speakerMention.end) : null));
    assert.ok(!speakers.includes('Here'), JSON.stringify(speakers));
  });
});

suite('reported speech: "…, a figure police dispute" (session 30 articles)', () => {
  test('a noun for what was said, set off after the clause, ends the clause and is no tail cue', () => {
    const text = 'Amnesty International said at least 13 people had been killed since the protests began, a figure police dispute.';
    const q = quoteAt(text, '13 people', 'indirect');
    assert.equal(q.text, 'at least 13 people had been killed since the protests began');
    assert.equal(q.speakerName, 'Amnesty International');
  });

  test('"…, a claim that his office disputes": the relative after the noun reports nothing', () => {
    const found = quotes('Podliska alleges that he was fired for taking time off, a claim that Gowdy\'s office strongly disputes.');
    assert.deepEqual(found.map((q) => q.text), ['that he was fired for taking time off']);
  });
});

suite('reported speech: progressives and prefixed adjectives (session 30 articles)', () => {
  test('"was referring to", "may have been referring to", "has been warning that": the subject before the auxiliaries speaks', () => {
    assert.equal(quoteAt('Dan Gross was referring to the group\'s founders.', 'founders', 'indirect').speakerName, 'Dan Gross');
    const text = 'Hillary Clinton may have been referring to a hypothetical situation.';
    assert.equal(quoteAt(text, 'hypothetical', 'indirect').speakerName, 'Hillary Clinton');
    const union = 'The union has been warning that talks could fail.';
    const q = quoteAt(union, 'talks', 'indirect');
    assert.equal(union.slice(q.speakerMention!.start, q.speakerMention!.end), 'The union');
  });

  test('a passive\'s "has been criticized for" names no speaker', () => {
    const text = 'Obama has been criticized for policies that objectors see as abuses of power.';
    assert.ok(!quotes(text).some((q) => q.speakerName === 'Obama'), JSON.stringify(quotes(text)));
  });

  test('"referring to anti-Japan protests in China that year": "protests" is a noun and "that year" no clause', () => {
    const found = quotes('"Investors are nervous," said Takeshi Yamaguchi, an analyst in Tokyo, referring to anti-Japan protests in China that year.');
    assert.ok(!found.some((q) => q.text === 'that year'), JSON.stringify(found.map((q) => q.text)));
  });
});

suite('quotes: a predicate in marks and a dateline before a participle (session 30 articles)', () => {
  test('"telling reporters the rule "protects the minority, and we\'ll be …"": a predicate in marks is partial, and the participle\'s subject is no dateline', () => {
    const text = 'WASHINGTON — Senate Majority Leader John Thune on Tuesday rejected calls to scrap the filibuster, telling reporters the rule "protects the minority, and we\'ll be in the minority again someday."';
    const q = quoteAt(text, 'protects', 'partial');
    assert.ok(!quotes(text).some((x) => x.kind === 'direct'), JSON.stringify(quotes(text).map((x) => [x.kind, x.text])));
    assert.equal(q.speakerName, 'John Thune');
  });
});

suite('speakers: South Asian datelines and owners\' nouns (session 30 articles)', () => {
  test('"MUMBAI: The Reserve Bank …" is a dateline, no speaker label; "MODI: We will win" stays a label', () => {
    const text = 'MUMBAI: The Reserve Bank of India on Friday kept its key rate unchanged.\n\nMODI: We will win this election.';
    const found = quotes(text);
    const labels = found.map((q) => (q.speakerMention ? text.slice(q.speakerMention.start, q.speakerMention.end) : null));
    assert.ok(!labels.includes('MUMBAI'), JSON.stringify(labels));
    assert.ok(labels.includes('MODI'), JSON.stringify(labels));
  });

  test('"Australia\'s most senior Catholic cleric has apologised …, describing": the owner\'s name goes on to its noun', () => {
    const text = 'Australia\'s most senior Catholic cleric has apologised to survivors, describing their treatment as "a betrayal".';
    const q = quoteAt(text, 'their treatment', 'indirect');
    assert.equal(text.slice(q.speakerMention!.start, q.speakerMention!.end), 'Australia\'s most senior Catholic cleric');
  });
});

suite('speakers: a time or place phrase between a name and its verb (session 30)', () => {
  test('"Sanders during a speech on Sunday thanked … and called X "…"": Sanders speaks, not "a speech"', () => {
    const text = 'Bernie Sanders met nurses in Iowa. Sanders during a speech on Sunday thanked its members and called National Nurses United "the best union in America."';
    assert.equal(quoteAt(text, 'best union', 'partial').speakerName, 'Bernie Sanders');
    assert.equal(quoteAt('Mayor Jane Smith at the hearing said the budget was short.', 'budget', 'indirect').speakerName, 'Jane Smith');
  });
});

suite('speakers: an unnamed speaker after the quote (session 30 articles)', () => {
  test('"said a 34-year-old office worker who …", "said a retired teacher from Leeds": the phrase runs on to its noun', () => {
    const text = '"People just keep their heads down now," said a 34-year-old office worker who gave only her surname.';
    const q = quoteAt(text, 'heads down', 'direct');
    assert.equal(text.slice(q.speakerMention!.start, q.speakerMention!.end), 'a 34-year-old office worker');
    const teacher = '"We are tired," said a retired teacher from Leeds.';
    const t = quoteAt(teacher, 'tired', 'direct');
    assert.equal(teacher.slice(t.speakerMention!.start, t.speakerMention!.end), 'a retired teacher');
    const source = '"It was chaos," said a source close to the talks.';
    const s = quoteAt(source, 'chaos', 'direct');
    assert.equal(source.slice(s.speakerMention!.start, s.speakerMention!.end), 'a source close to the talks');
  });
});

suite('reported speech: the writer\'s aside after the clause (session 30 articles)', () => {
  test('"…, in a move seen as …", "…, a move that …", "…, a sign of …" end the reported clause', () => {
    assert.equal(quoteAt('Takaichi said Friday she would not visit the shrine, in a move seen as an effort to avoid angering China.', 'shrine', 'indirect').text, 'she would not visit the shrine');
    assert.equal(quoteAt('Merkel defended her decision to allow refugees into Germany, a move that has angered many voters.', 'refugees', 'indirect').text, 'her decision to allow refugees into Germany');
    // A clause that goes on after a comma with no such noun is left whole.
    assert.equal(quoteAt('He said prices would fall, and wages would rise.', 'prices', 'indirect').text, 'prices would fall, and wages would rise');
  });
});

suite('reported speech: "says A, but warns that B" (session 30 articles)', () => {
  test('the second verb of the speaker ends the first clause, even after the clause\'s own verb', () => {
    const text = 'The agency says it expects a million refugees to return next year, but warns that funding has fallen sharply.';
    assert.equal(quoteAt(text, 'million', 'indirect').text, 'it expects a million refugees to return next year');
    assert.equal(quoteAt(text, 'funding', 'indirect').text, 'that funding has fallen sharply');
  });
});

suite('speakers: a headline or pull quote repeats words quoted with their speaker (session 30 articles)', () => {
  test('the headline\'s quote is the speaker\'s of the same words further on; a short one is left alone', () => {
    const text = '\'I never thought I\'d see this day\': refugees return to Homs\n\nHOMS, Syria — Mohammed al-Hassan stood in the rubble and wept.\n\n"I never thought I\'d see this day," he said.';
    const headline = quotes(text).find((q) => q.start === 0);
    assert.ok(headline, JSON.stringify(quotes(text).map((q) => q.text)));
    assert.equal(headline.speakerName, 'Mohammed al-Hassan');
    const short = '"Thank you": the crowd cheered.\n\nMayor Ann Lee spoke last. "Thank you," she said.';
    const first = quotes(short).find((q) => q.start === 0);
    assert.ok(!first || first.speakerName === null, JSON.stringify(first));
  });
});

suite('speakers and names from session 31\'s articles', () => {
  test('a headline\'s topic before its colon is no speaker: "Hurricane Melissa: …", "Ukraine war: …", "The Latest: …"; "Trump: …" stays a label', () => {
    for (const headline of ['Hurricane Melissa: Jamaica counts the cost', 'Ukraine war: Kyiv hit by drones overnight', 'The Latest: Storm heads north']) {
      const labels = quotes(`${headline}\n\nMore than 30 people died.`).map((q) => q.cue?.text);
      assert.ok(!labels.includes(':'), `${headline}: ${JSON.stringify(labels)}`);
    }
    assert.equal(quoteAt('Trump: My plans are not set in stone\n\nHe spoke on Monday.', 'My plans').cue?.text, ':');
  });

  test('"Forecasters at the National Hurricane Center in Miami said": the lone word opening the clause speaks, not the place', () => {
    const text = 'Forecasters at the National Hurricane Center in Miami said the storm was the strongest since 1935.';
    const q = quoteAt(text, 'the storm was', 'indirect');
    assert.equal(text.slice(q.speakerMention!.start, q.speakerMention!.end), 'Forecasters at the National Hurricane Center in Miami');
  });

  test('"people kept telling me …": the subject stands before the verb of aspect', () => {
    const text = 'I got angry about the schools, and people kept telling me to do something about it.';
    const q = quoteAt(text, 'to do something', 'indirect');
    assert.equal(text.slice(q.speakerMention!.start, q.speakerMention!.end), 'people');
  });

  test('"Norway\'s sovereign wealth fund, which holds …, said …, citing": the owner\'s name goes on to its noun before a relative clause', () => {
    const text = 'Some big investors opposed the deal. Norway\'s sovereign wealth fund, which holds about 1% of Tesla, said last week it would vote against it, citing concerns about "the total size of the award".';
    const q = quotes(text).find((x) => x.cue?.text === 'citing');
    assert.ok(q?.speakerMention);
    assert.equal(text.slice(q.speakerMention.start, q.speakerMention.end), 'Norway\'s sovereign wealth fund');
  });

  test('a name right after the kind of outlet it is, "the journal Nature Medicine", "the newspaper Le Monde", is the outlet', () => {
    const a = annotate('The study, published in the journal Nature Medicine, analysed tissue from 52 people.', { documentDate: '2024-05-10' });
    assert.deepEqual(a.organizations.map((o) => o.name), ['Nature Medicine']);
    assert.deepEqual(a.places.map((p) => p.name), []);
  });

  test('the kind of outlet is read through two blanks or a no-break space, and as an adjective ("the weekly Nature Medicine"): the look at the word before a name lets them through', () => {
    for (const before of ['the journal  ', 'the journal\u00a0 ', 'the weekly ']) {
      const a = annotate(`The study, published in ${before}Nature Medicine, analysed tissue.`, { documentDate: '2024-05-10' });
      assert.deepEqual(a.organizations.map((o) => o.name), ['Nature Medicine'], JSON.stringify(before));
    }
  });
});

suite('reported speech: what is no clause of it (session 31)', () => {
  test('"told the broadcaster after the match, fighting back tears": a listener and a time, nothing said', () => {
    const found = quotes('"I have no words," Ana Reyes, 25, told the broadcaster after the match, fighting back tears.');
    assert.ok(!found.some((q) => q.kind === 'indirect' && q.text.includes('broadcaster')), JSON.stringify(found.map((q) => q.text)));
  });

  test('"according to NHS figures published on Thursday": "figures" is the noun there; "Smith figures that …" still reports', () => {
    const found = quotes('More patients waited over 12 hours last month, according to NHS figures published on Thursday.');
    assert.ok(!found.some((q) => q.cue?.text === 'figures'), JSON.stringify(found.map((q) => [q.cue?.text, q.text])));
    assert.equal(quoteAt('Tom Reed figures that the plan will fail.', 'the plan will fail', 'indirect').cue?.text, 'figures');
  });

  test('"writes with candour about the years that made her": a relative clause of the topic, and no finding of the memoir', () => {
    const found = quotes('In her new memoir, the former minister writes with surprising candour about the years that made and unmade her.');
    assert.deepEqual(found.filter((q) => q.kind === 'indirect').map((q) => q.text), []);
    // A poll that opens the sentence still says what follows.
    assert.equal(quoteAt('In a new poll, 40 percent of voters back the plan over the old one.', '40 percent', 'indirect').cue?.text, 'In');
  });
});

suite('names: a police rank before a name the lists lack, a street in Broadway (session 31)', () => {
  test('"Det Insp Gemma Vine said" is Gemma Vine; "Knowle West\'s Filwood Broadway" is a place', () => {
    const a = annotate('Det Insp Gemma Vine said officers were working around the clock.', { documentDate: '2024-05-10' });
    assert.deepEqual(a.people.map((p) => p.name), ['Gemma Vine']);
    assert.deepEqual(a.organizations.map((o) => o.name), []);
    const b = annotate('He was found on Knowle West\'s Filwood Broadway at about 18:00 GMT.', { documentDate: '2024-05-10' });
    assert.deepEqual(b.people.map((p) => p.name), []);
    assert.ok(b.places.some((p) => p.name === 'Filwood Broadway'), JSON.stringify(b.places.map((p) => p.name)));
  });
});

suite('reported speech and outlets from session 31\'s third round', () => {
  test('"When the council announced that X, Margaret Doyle, 82, did not sign": the main clause after a name and its age is no part of what was announced', () => {
    const q = quoteAt('When the county council announced in January that the library would shut, Margaret Doyle, 82, did not sign a petition.', 'library would shut', 'indirect');
    assert.equal(q.text, 'that the library would shut');
  });

  test('"… to a deal — a claim European officials dispute": the writer\'s aside after a dash ends the clause', () => {
    const q = quoteAt('Steve Witkoff said both sides were closer than ever to a deal — a claim European officials privately dispute.', 'both sides', 'indirect');
    assert.equal(q.text, 'both sides were closer than ever to a deal');
  });

  test('"an interview with Fox News": the broadcaster\'s whole name, not "News"', () => {
    const a = annotate('He said in an interview with Fox News that both sides were closer than ever.', { documentDate: '2024-05-10' });
    assert.deepEqual(a.organizations.map((o) => o.name), ['Fox News']);
  });
});

suite('speaker phrases: "as" before a determiner, and the think tank (session 31)', () => {
  test('"As one chief executive told researchers, "…"": the speaker is "one chief executive"', () => {
    const text = 'As one chief executive told researchers, "We got the same work done in less time."';
    const q = quoteAt(text, 'same work', 'direct');
    assert.equal(text.slice(q.speakerMention!.start, q.speakerMention!.end), 'one chief executive');
  });

  test('"a founder of the think tank Third Way, said …": a think tank thinks nothing', () => {
    const found = quotes('Jon Cowan, a founder of the center-left think tank Third Way, said the plan was sound.');
    assert.ok(!found.some((q) => q.cue?.text === 'think'), JSON.stringify(found.map((q) => [q.cue?.text, q.text])));
  });
});

suite('speaker phrases and reported speech from session 31\'s fourth round', () => {
  test('"A spokeswoman for the charity, Hope Without Borders, said …. She declined …": the name renames the charity; "she" is the spokeswoman', () => {
    const text = 'Grace Mwangi said that was untrue.\n\nA spokeswoman for the charity, Hope Without Borders, said its staff were safe. She declined to say who was holding them.';
    const said = quoteAt(text, 'its staff were safe', 'indirect');
    assert.equal(text.slice(said.speakerMention!.start, said.speakerMention!.end), 'A spokeswoman for the charity');
    assert.notEqual(quoteAt(text, 'who was holding them', 'indirect').speakerName, 'Grace Mwangi');
  });

  test('"Families of the aid workers held in Sudan say …": the subject, not the place after its participle', () => {
    const text = 'Families of the eight aid workers held in Sudan say the government has kept them in the dark.';
    const q = quoteAt(text, 'the government has kept', 'indirect');
    assert.equal(text.slice(q.speakerMention!.start, q.speakerMention!.end), 'Families of the eight aid workers held in Sudan');
  });

  test('"IAM District 751 said": a number after a capitalised word ends a name, no share of people ("42% say" stays one)', () => {
    const text = 'The machinists union District 751 said most members voted in favour.';
    const q = quoteAt(text, 'most members', 'indirect');
    assert.equal(text.slice(q.speakerMention!.start, q.speakerMention!.end), 'The machinists union District 751');
    const share = 'In the poll, 42% say they agree with the plan.';
    const p = quoteAt(share, 'they agree', 'indirect');
    assert.equal(share.slice(p.speakerMention!.start, p.speakerMention!.end), '42%');
  });

  test('"would deny citizenship to children", "anyone had called was in August": nothing said', () => {
    assert.deepEqual(quotes('The order would deny citizenship to children born here.').map((q) => q.text), []);
    const found = quotes('She said the last time anyone from the ministry had called was in August.');
    assert.ok(!found.some((q) => q.cue?.text === 'called'), JSON.stringify(found.map((q) => [q.cue?.text, q.text])));
    assert.equal(quoteAt('He denied the allegations on Monday.', 'the allegations', 'indirect').cue?.text, 'denied');
  });
});

suite('speaker phrases from session 31\'s name articles', () => {
  test('"Wang Wenbin, China\'s ambassador to Cambodia, said": the name, not the place the role ends in', () => {
    const text = 'Wang Wenbin, China\'s ambassador to Cambodia, said Beijing valued the partnership.';
    const q = quoteAt(text, 'Beijing valued', 'indirect');
    assert.equal(q.speakerName, 'Wang Wenbin');
  });

  test('"Analyst Nguyen Khac Giang of the ISEAS Institute in Singapore said": the analyst, not the city', () => {
    const text = 'Analyst Nguyen Khac Giang of the ISEAS-Yusof Ishak Institute in Singapore said Vietnam was walking a fine line.';
    const q = quoteAt(text, 'Vietnam was walking', 'indirect');
    assert.equal(q.speakerName, 'Nguyen Khac Giang');
  });

  test('"the IT services company announced": "IT" is information technology, no organization', () => {
    const a = annotate('Shares of Infosys rose after the IT services company announced a buyback.', { documentDate: '2024-05-10' });
    assert.deepEqual(a.organizations.map((o) => o.name), ['Infosys']);
  });
});
