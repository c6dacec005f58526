import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import type { Quote } from '../../src/core/types';
import { unnamedSource } from '../../src/core/checks/unnamedSource';

// News conventions from copy beyond US politics (British, wire, science, court, sport and
// business stories, obituaries, live pages, transcripts), each pinned with a short text
// written for the test.

function quotes(text: string): Quote[] {
  return annotate(text, { documentDate: '2024-03-06' }).quotes;
}

function quoteAt(text: string, words: string): Quote {
  const found = quotes(text).filter((q) => q.text.includes(words));
  assert.ok(found.length > 0, `no quote holding ${JSON.stringify(words)} in ${JSON.stringify(quotes(text).map((q) => q.text))}`);
  return found[0];
}

suite('quotes: a source in lower case after "according to"', () => {
  test('the whole noun phrase is the source, not its article: "according to the electoral commission"', () => {
    assert.equal(quoteAt('Turnout was high, according to the electoral commission.', 'Turnout').speakerMention?.text, 'the electoral commission');
    assert.equal(quoteAt('Fewer people smoke now, according to a large new survey.', 'smoke').speakerMention?.text, 'a large new survey');
  });
  test('a noun before a noun: "According to court papers, …"', () => {
    assert.equal(quoteAt('According to court papers, the firm moved the money abroad.', 'the firm').speakerMention?.text, 'court papers');
  });
  test('a detail after the source is left out: "according to the indictment unsealed on Monday"', () => {
    assert.equal(quoteAt('He hid the payments, according to the indictment unsealed on Monday.', 'payments').speakerMention?.text, 'the indictment');
    assert.equal(quoteAt('The plant will close, according to a memo seen by reporters.', 'plant').speakerMention?.text, 'a memo');
  });
  test('a named source is still read as a name: "according to the Ministry of Health"', () => {
    assert.equal(quoteAt('Cases fell, according to the Ministry of Health.', 'Cases').speakerMention?.text, 'Ministry of Health');
  });
});

suite('quotes: titles and affiliations before a name after the verb', () => {
  test('a hyphenated title: "said co-author Dr. Lena Voss"', () => {
    const q = quoteAt('The agency backs the plan.\n\n"The effect was large," said co-author Dr. Lena Voss of Lund University.', 'effect');
    assert.equal(q.speakerName, 'Lena Voss');
  });
  test('a team or a firm before the role names whom the speaker works for: "said Albion coach Dean Moss"', () => {
    assert.equal(quoteAt('"We defended well," said Albion coach Dean Moss.', 'defended').speakerName, 'Dean Moss');
    assert.equal(quoteAt('"Sales were strong," said Kestrel chief executive Ana Price.', 'Sales').speakerName, 'Ana Price');
  });
});

suite('quotes: "she" and "he" with given names common in world news', () => {
  test('a man named Leonard between a woman and her "she"', () => {
    const text = 'Margaret Ames, a chemist, died on Sunday.\n\n"She never gave up," said her colleague Leonard Bright.\n\n"Science is patient," she said.';
    assert.equal(quoteAt(text, 'patient').speakerName, 'Margaret Ames');
  });
  test('a woman named Priya between a man and his "he"', () => {
    const text = 'David Moss, a pilot, died on Friday.\n\n"He loved to fly," said his friend Priya Nair.\n\n"The sky was home," he once said.';
    assert.equal(quoteAt(text, 'sky').speakerName, 'David Moss');
  });
});

suite('quotes: "the union", "the newspaper": a kind of body refers to one of that kind', () => {
  test('"the union" is not the broadcaster named last', () => {
    const text = 'Ana Cole spoke to BBC Radio about the dispute.\n\nThe union said it would strike again in May.';
    assert.equal(quoteAt(text, 'strike again').speakerId, null);
  });
  test('"the newspaper" is the newspaper named before, not the company named last', () => {
    const text = 'The Boston Globe reported the deal with Acme Corp. on Monday.\n\nThe newspaper said the talks had lasted a year.';
    assert.equal(quoteAt(text, 'talks').speakerName, 'Boston Globe');
  });
});

suite('quotes: a speaker named after a role set off by commas, closing the sentence', () => {
  test('"CLAUSE, her daughter, Ruth Ames, said." reports the clause, spoken by the name', () => {
    const q = quoteAt('The cause was a stroke, her daughter, Ruth Ames, said.', 'stroke');
    assert.equal(q.kind, 'indirect');
    assert.equal(q.text, 'The cause was a stroke');
    assert.equal(q.speakerName, 'Ruth Ames');
    assert.equal(q.cue?.text, 'said');
  });
  test('"CLAUSE, said her son, Tom Ames." leaves the cue and the name out of the clause', () => {
    const q = quoteAt('He never missed a match, said her son, Tom Ames.', 'match');
    assert.equal(q.text, 'He never missed a match');
    assert.equal(q.speakerName, 'Tom Ames');
  });
});

suite('quotes: listeners and places after "told"', () => {
  test('"told us it was too early to call": the pronoun is the listener, the clause has a finite verb before its "to"', () => {
    assert.equal(quoteAt('The analyst told us it was too early to call.', 'early').text, 'it was too early to call');
  });
  test('"were told they would …": a subject pronoun opens the clause, it is no listener', () => {
    assert.equal(quoteAt('Buyers were told they would get a refund.', 'refund').text, 'they would get a refund');
  });
  test('"told analysts on a conference call that …": the call is a noun, the partial quote is the teller\'s', () => {
    const text = 'Ana Ruiz, the chief executive, told analysts on a conference call that sales were "simply enormous" this year.';
    const partial = quotes(text).find((q) => q.kind === 'partial');
    assert.equal(partial?.cue?.text, 'told');
    assert.equal(partial?.speakerName, 'Ana Ruiz');
  });
  test('a quotation\'s cue with a source for its wording reports nothing more: "«…», Demir told a news conference in Ankara, according to a translation by TRT."', () => {
    const text = '«We will not take the risk», Omer Demir told a news conference in Ankara, according to a translation by TRT.';
    assert.deepEqual(quotes(text).map((q) => q.kind), ['direct']);
  });
});

suite('quotes: Indian agency datelines and time phrases between subject and verb', () => {
  test('"New Delhi, Nov 19 (PTI) The …": the dateline in title case with the agency in brackets is no part of the clause', () => {
    const q = quoteAt('New Delhi, Nov 19 (PTI) The bill will be tabled next week, Minister Ravi Rao said.', 'bill');
    assert.equal(q.text, 'The bill will be tabled next week');
    assert.equal(q.speakerName, 'Ravi Rao');
  });
  test('"The court had in 2017 declared that …": the year and its "in" stand between the subject and the verb', () => {
    assert.equal(quoteAt('The Supreme Court had in 2017 declared that privacy is a right.', 'privacy').speakerMention?.text, 'Supreme Court');
  });
});

suite('quotes: "In one email, X wrote: "…"": the document is where the quotation was written', () => {
  test('no reported clause is made of the quotation\'s cue', () => {
    const text = 'In one email cited in the complaint, Lina Marsh wrote to a friend: "Nobody checks anything."';
    assert.deepEqual(quotes(text).map((q) => q.kind), ['direct']);
  });
  test('a clause after the document still reports what it says: "In a new poll, 40 percent back …"', () => {
    assert.equal(quoteAt('In a new poll, 40 percent of voters back the mayor over his rival.', 'percent').kind, 'indirect');
  });
});

suite('quotes: an interview printed as questions and answers', () => {
  test('"A: …" is the interviewee\'s, the person the introduction names most', () => {
    const text = 'Envoy Grace Mbeki spoke to us about money. Mbeki travels to the Pacific next week.\n\nQ: Has any of the money arrived?\n\nA: Some of it has, but far too little of it so far.';
    const answer = quoteAt(text, 'far too little');
    assert.equal(answer.speakerName, 'Grace Mbeki');
    assert.equal(quoteAt(text, 'Has any').speakerId, null);
  });
  test('"Q: …" is the interviewer\'s where the introduction names one: "Interview by", "our reporter X", "X asked"', () => {
    const by = 'Interview by Jane Roe\n\nMayor Sam Hill spoke to us about parks. Hill took office in May.\n\nQ: Why did you close the pool?\n\nA: We had no money left for it.';
    assert.equal(quoteAt(by, 'close the pool').speakerName, 'Jane Roe');
    assert.equal(quoteAt(by, 'no money').speakerName, 'Sam Hill');
    const reporter = 'Mayor Sam Hill spoke to our reporter Jane Roe about parks.\n\nQ: Why did you close the pool?\n\nA: We had no money left for it.';
    assert.equal(quoteAt(reporter, 'close the pool').speakerName, 'Jane Roe');
    const asked = 'Mayor Sam Hill took office in May. Jane Roe asked him about the pool.\n\nQ: Why did you close it?\n\nA: We had no money left for it.';
    assert.equal(quoteAt(asked, 'close it').speakerName, 'Jane Roe');
    assert.equal(quoteAt(asked, 'no money').speakerName, 'Sam Hill');
  });
  test('labels with a full stop, "Q. …" / "A. …", are read as "Q:" / "A:" are', () => {
    const text = 'Coach Lena Ortiz took over the team in June. Our reporter Ben Cole met Ortiz at the ground.\n\nQ. What went wrong last season?\n\nA. We lost too many players to injury before Christmas.\n\nQ. And now?\n\nA. Now the squad is fit and hungry again.';
    const answer = quoteAt(text, 'too many players');
    assert.equal(answer.kind, 'indirect');
    assert.equal(answer.speakerName, 'Lena Ortiz');
    assert.equal(answer.text, 'We lost too many players to injury before Christmas');
    assert.equal(quoteAt(text, 'squad is fit').speakerName, 'Lena Ortiz');
    assert.equal(quoteAt(text, 'went wrong').speakerName, 'Ben Cole');
  });
  test('a paragraph opening with an initial, "A. …", is no answer where no "Q. …" came before', () => {
    const text = 'The hall is named after a union leader.\n\nA. Philip Randolph organized the porters in 1925 and led them for decades.';
    assert.deepEqual(quotes(text).filter((q) => q.cue?.text === '.'), []);
  });
  test('the writer in the byline is never the interviewee, and not said to ask either', () => {
    const text = 'By Jane Roe\n\nMayor Sam Hill took office in May.\n\nQ: Why did you close the pool?\n\nA: We had no money left for it.';
    assert.equal(quoteAt(text, 'no money').speakerName, 'Sam Hill');
    assert.equal(quoteAt(text, 'close the pool').speakerId, null);
  });
  test('an answer that runs over several paragraphs is the interviewee\'s to the next label', () => {
    const text = 'Mayor Sam Hill took office in May. Jane Roe asked him about the pool.\n\nQ: Why did you close it?\n\nA: We had no money left for it.\n\nThe roof leaked and the boiler was forty years old.\n\nQ: Will it reopen?\n\nA: Next summer, I hope.\n\nThis interview was edited for length.';
    assert.equal(quoteAt(text, 'roof leaked').speakerName, 'Sam Hill');
    assert.equal(quoteAt(text, 'roof leaked').kind, 'indirect');
    // After the last turn: the desk's note, no one's answer.
    assert.deepEqual(quotes(text).filter((q) => q.text.includes('edited')), []);
  });
  test('a question without a label after an answer is nobody\'s answer, nor what follows it', () => {
    const text = 'Mayor Sam Hill took office in May.\n\nQ: Why did you close the pool?\n\nA: We had no money left for it.\n\nWhat about the library?\n\nThe library stays open, of course.\n\nQ: And the park?\n\nA: The park stays too.';
    assert.deepEqual(quotes(text).filter((q) => q.text.includes('library')), []);
  });
  test('sections headed "Name: topic" are no interview: the prose under them is the writer\'s', () => {
    const text = 'Three ideas from the race.\n\nTom Reed: Cheaper loans for students.\n\nThe plan would cap what a student could borrow.\n\nAnn Cole: Free bus travel for all.\n\nThe cost would fall on the cities.';
    assert.deepEqual(quotes(text).filter((q) => q.text.includes('cap what') || q.text.includes('cost would')), []);
  });
});

suite('quotes: a match report\'s score is nothing added in words', () => {
  test('"added a second just after the break", "added another in stoppage time", "added a late penalty"', () => {
    assert.deepEqual(quotes('The striker scored early and added a second just after the break before the keeper made a save.').map((q) => q.text), []);
    assert.deepEqual(quotes('Hale added another in stoppage time.').map((q) => q.text), []);
    assert.deepEqual(quotes('Kane added a late penalty.').map((q) => q.text), []);
  });
  test('"added a second payment would follow" still reports', () => {
    assert.equal(quoteAt('He added a second payment would follow in May.', 'payment').kind, 'indirect');
  });
});

suite('quotes: a cue in mid-sentence with a phrase after its verb', () => {
  test('"A, the company said in a statement, B": the clause runs on over the cue, as after "A, X said, B"', () => {
    const q = quoteAt('Revenue rose 17% in the third quarter, the company said in a statement, driven by cloud sales.', 'Revenue');
    assert.ok(q.text.startsWith('Revenue rose 17%') && q.text.endsWith('cloud sales'), q.text);
    assert.equal(q.cue?.text, 'said');
  });
});

suite('quotes: "add to" a thing is contributing, not saying', () => {
  test('a partial quote after "the study added to" is the speaker\'s who reports it', () => {
    const text = 'Dr. Susan Kohl said in a statement that the study added to "a growing body of evidence" on exercise.';
    const partial = quotes(text).find((q) => q.kind === 'partial');
    assert.equal(partial?.speakerName, 'Susan Kohl');
    assert.equal(partial?.cue?.text, 'said');
  });
  test('"He is adding to his wins in Ohio" reports nothing; "added to reporters that …" and "added to CNN" still do', () => {
    assert.deepEqual(quotes('He is adding to his wins in Ohio and Texas.'), []);
    assert.equal(quoteAt('Reed added to reporters that the vote would be close.', 'vote').cue?.text, 'added');
  });
});

suite('quotes: sourcing conventions and attacks of force', () => {
  test('"a farmer, who asks not to be named, bought 400" reports nothing', () => {
    assert.deepEqual(quotes('A local farmer, who asks not to be named, bought 400 shares.'), []);
  });
  test('"a drone attack on a refinery", "terrorist attacks" are attacks of force, not words', () => {
    assert.deepEqual(quotes('Prices rose after a drone attack on a refinery near the coast.'), []);
  });
  test('"According to the X Foundation, which supports …, CLAUSE": the relative clause is no part of the clause', () => {
    const q = quoteAt('According to the Plunkett Foundation, which supports village shops, more than 150 pubs are now run this way.', 'pubs');
    assert.equal(q.text, 'more than 150 pubs are now run this way');
  });
  test('"the company" is never the agency in the dateline\'s brackets', () => {
    const q = quoteAt('DUBAI, Nov 20 (Reuters) - Prices rose after a fire at a refinery, though the company said output was not affected.', 'output');
    assert.equal(q.speakerId, null);
  });
});

suite('quotes: a quotation signed on a credit line of its own', () => {
  test('a typewriter dash of two hyphens signs as a dash does: "-- Ann Smith, economist"', () => {
    const text = '"The plan will not last the winter."\n-- Ann Smith, economist at Lund University\n\n"Nobody has read the small print."\n-- Bob Jones, a council member';
    assert.equal(quoteAt(text, 'winter').speakerName, 'Ann Smith');
    assert.equal(quoteAt(text, 'small print').speakerName, 'Bob Jones');
    assert.equal(quoteAt('"The toll is too high." -- Maria Lopez, nurse', 'toll').speakerName, 'Maria Lopez');
  });
  test('a post\'s credit with its handle and date: "— Sen. Ann Smith (@AnnSmith) March 3, 2024"', () => {
    const text = '"We will win this."\n— Sen. Ann Smith (@AnnSmith) March 3, 2024\n\n"No, we will."\n— Rep. Bob Jones (@BobJones) March 3, 2024';
    assert.equal(quoteAt(text, 'win this').speakerName, 'Ann Smith');
    assert.equal(quoteAt(text, 'No, we').speakerName, 'Bob Jones');
  });
  test('the second of two signed quotes never takes the first credit, even signed with a handle', () => {
    const below = '"The toll is far too high."\n― Maria Lopez\n\n"I cross it every day."\n― @tombaker';
    assert.equal(quoteAt(below, 'cross').speakerMention?.text, '@tombaker');
    assert.equal(quoteAt(below, 'cross').speakerId, null);
    const inline = '"The toll is far too high." ― Maria Lopez. "I cross it every day." ― @tombaker';
    assert.equal(quoteAt(inline, 'cross').speakerMention?.text, '@tombaker');
  });
  test('a credit the name reader does not read still stops the speaker before from going on', () => {
    const text = 'Readers answered.\n\n"The toll is far too high," wrote Maria Lopez.\n\n"I cross it every day." ― Tbaker99 from Fresno';
    assert.equal(quoteAt(text, 'cross').speakerId, null);
    const bracketed = 'Readers answered.\n\n"The toll is far too high," wrote Maria Lopez. "I cross it every day." ― Tom Baker (Fresno)';
    assert.equal(quoteAt(bracketed, 'cross').speakerName, 'Tom Baker');
  });
  test('a heading set between dashes and a writer\'s sign-off after reported words are no credits', () => {
    const heading = '"Nobody will stop us," Ana Ruiz said.\n\n"We start on Monday."\n\n– A new start –.\n\nThe works begin soon.';
    assert.equal(quoteAt(heading, 'Monday').speakerName, 'Ana Ruiz');
    const signOff = 'Ana Ruiz said Monday that she will "try again" and insisted that her party was "still the first force."--Tom Baker.';
    assert.equal(quoteAt(signOff, 'first force').speakerName, 'Ana Ruiz');
  });
});

suite('quotes: an unnamed source is the speaker mention, all of its phrase', () => {
  test('after the verb: "said a person familiar with the matter", "said one person with knowledge of the talks"', () => {
    assert.equal(quoteAt('"Nothing is agreed," said a person familiar with the matter.', 'agreed').speakerMention?.text, 'a person familiar with the matter');
    assert.equal(quoteAt('"Nothing is agreed," said one person with knowledge of the talks.', 'agreed').speakerMention?.text, 'one person with knowledge of the talks');
  });
  test('where the source serves: "a senior official in the ministry told AFP", "an aide to the minister said"', () => {
    const before = quoteAt('"They are far apart," a senior official in the ministry told AFP.', 'apart');
    assert.equal(before.speakerMention?.text, 'a senior official in the ministry');
    assert.equal(before.speakerId, null);
    assert.equal(quoteAt('A senior official in the ministry told AFP: "They are far apart."', 'apart').speakerMention?.text, 'A senior official in the ministry');
    assert.equal(quoteAt('"They are far apart," said an aide to the minister.', 'apart').speakerMention?.text, 'an aide to the minister');
    assert.equal(quoteAt('"We lost," said a former aide to President George W. Bush.', 'lost').speakerMention?.text, 'a former aide to President George W. Bush');
  });
  test('a source after the quote: "«…», according to a source close to the talks."', () => {
    const q = quoteAt('"Nothing is agreed," according to a source close to the talks.', 'agreed');
    assert.equal(q.speakerMention?.text, 'a source close to the talks');
    assert.equal(q.cue?.text, 'according to');
    assert.equal(quoteAt('"Nothing is agreed," according to Tom Reed, the envoy.', 'agreed').speakerName, 'Tom Reed');
  });
  test('words quoted in a sentence with a reporting verb stay its subject\'s, whatever source vouches for the report', () => {
    const text = 'Ana Ruiz told him to "see a doctor," according to Reuters.';
    assert.equal(quotes(text).find((q) => q.kind === 'partial')?.speakerName, 'Ana Ruiz');
  });
  test('the unnamed-source check flags the whole phrase', () => {
    for (const text of ['"They are far apart," a senior official in the ministry told AFP.', '"Nothing is agreed," according to a source close to the talks.']) {
      const flagged = unnamedSource.run({ text, annotations: annotate(text, { documentDate: '2024-03-06' }) }).map((f) => text.slice(f.start, f.end));
      assert.equal(flagged.length, 1, text);
      assert.match(flagged[0], /^(?:a senior official in the ministry|a source close to the talks)$/u);
    }
  });
});

suite('quotes: a count before a word in -s makes it a plural noun', () => {
  test('headlines "Five questions for Jane Doe", "Three questions for the new coach" report nothing', () => {
    assert.deepEqual(quotes('Five questions for Jane Doe\n\nJane Doe runs the water board.').map((q) => q.text), []);
    assert.deepEqual(quotes('Three questions for the new coach').map((q) => q.text), []);
  });
  test('"did not answer several requests for an interview": no cue', () => {
    assert.deepEqual(quotes('The office did not answer several requests for an interview.').map((q) => q.text), []);
  });
  test('a number ending a name still reports: "Article 5 states that …"', () => {
    assert.equal(quoteAt('Article 5 states that members must pay their dues.', 'members must pay').kind, 'indirect');
  });
});

suite('quotes: a court report', () => {
  test('"The court heard that …", "Jurors heard how …": reported, with no speaker guessed', () => {
    const text = 'Ann Cole, 41, denied theft. The court heard that she had taken cash from the till for months.';
    const q = quoteAt(text, 'taken cash');
    assert.equal(q.kind, 'indirect');
    assert.equal(q.cue?.text, 'heard');
    assert.equal(q.speakerId, null);
    assert.equal(quoteAt('Jurors heard how the van was found burnt out in a field.', 'van was found').cue?.text, 'heard');
  });
  test('"heard evidence", "heard the case" report nothing', () => {
    assert.deepEqual(quotes('The court heard evidence from six witnesses.').map((q) => q.text), []);
    assert.deepEqual(quotes('The tribunal heard the case in private.').map((q) => q.text), []);
  });
  test('"told jurors that …": the listener in lower case is no part of the clause', () => {
    assert.equal(quoteAt('Prosecutor Jo Hart told jurors that the knife was never found.', 'knife').text, 'that the knife was never found');
    assert.equal(quoteAt('The coach told players that training was cancelled.', 'training').text, 'that training was cancelled');
    assert.deepEqual(quotes('Please ask yourself that question.').map((q) => q.text), []);
  });
});

suite('quotes: a live page\'s labels', () => {
  test('a genre\'s label over a headline ("Obituary:", "Review:") opens no one\'s words', () => {
    const text = 'Obituary: Margaret Obi, pioneering surgeon, dies at 91\n\nReview: A dazzling new staging at the Old Vic\n\nHer son said she had been ill for months.';
    assert.deepEqual(quotes(text).map((q) => q.text), ['she had been ill for months']);
  });

  test('a body named with a plural possessive speaks: "the Teachers\' Union said", "the Supporters’ Trust said"', () => {
    assert.equal(quoteAt('The Teachers\' Union said pay was too low.', 'pay').speakerName, 'Teachers\' Union');
    assert.equal(quoteAt('"Fans are tired," the Supporters’ Trust said.', 'Fans').speakerName, 'Supporters’ Trust');
  });

  test('"BREAKING:", "EXCLUSIVE:", "ANALYSIS:" open no one\'s words; "Cole: …" still does', () => {
    const text = 'BREAKING: The election board projects that Governor Ann Cole has won.\n\nEXCLUSIVE: Memo shows the deal was signed in May.\n\nCole: "Tonight Ohio chose to keep moving forward."';
    const found = quotes(text);
    assert.deepEqual(found.filter((q) => q.cue?.text === ':' && q.kind === 'indirect').map((q) => q.speakerMention?.text), []);
    assert.equal(quoteAt(text, 'Tonight Ohio').speakerMention?.text, 'Cole');
  });
});
