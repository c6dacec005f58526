import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import { indirect, one } from './helpers/indirectQuotes';

// Reported speech without quotation marks: kind "indirect", span = the reported clause,
// with its cue and speaker.


suite('quotes: indirect speech', () => {
  test('X said that …', () => {
    const q = one('Maria Lopez said that the budget would be balanced by June.');
    assert.equal(q.text, 'that the budget would be balanced by June');
    assert.equal(q.cue?.text, 'said');
    assert.equal(q.speakerName, 'Maria Lopez');
  });

  test('"did not return calls seeking comment": calls are the reporter\'s, no speech of the source', () => {
    assert.deepEqual(indirect('The director did not return calls seeking comment.'), []);
    assert.deepEqual(indirect('The director ignored messages seeking comment on Friday.'), []);
    // A verb of speech still reports after its subject: "the union calls for a strike".
    assert.equal(one('The union calls for a national strike next week.').cue?.text, 'calls');
  });

  test('a quotation that finishes the clause is inside it, marks and all', () => {
    assert.equal(one('Mick Lynch said the offer was "an insult." The talks go on.').text, 'the offer was "an insult."');
    assert.equal(one('Cruz says that “when you live by the pen, you die by the pen.”').text, 'that “when you live by the pen, you die by the pen.”');
  });

  test('X said … without "that"', () => {
    assert.equal(one('Maria Lopez said the budget would be balanced by June.').text, 'the budget would be balanced by June');
  });

  test('X said on Tuesday in a statement that …', () => {
    assert.equal(one('Maria Lopez said on Tuesday in a statement that the budget was balanced.').text, 'that the budget was balanced');
  });

  test('an aside set off by commas or dashes between the verb and "that"', () => {
    assert.equal(one('Maria Lopez said, in a statement, that the budget was balanced.').text, 'that the budget was balanced');
    assert.equal(one('Maria Lopez said — on television, of all places — that the budget was balanced.').text, 'that the budget was balanced');
    assert.equal(one('Maria Lopez said, in a statement, that the budget was balanced.').speakerName, 'Maria Lopez');
  });

  test('X told Y that …', () => {
    const q = one('Maria Lopez told reporters that the talks had failed.');
    assert.equal(q.text, 'that the talks had failed');
    assert.equal(q.cue?.text, 'told');
  });

  test('X urged Y to …: the directive, listener included', () => {
    assert.equal(one('Maria Lopez urged the United States to reflect on its policy.').text, 'the United States to reflect on its policy');
  });

  test('according to X, …', () => {
    const q = one('According to Maria Lopez, the budget is balanced.');
    assert.equal(q.text, 'the budget is balanced');
    assert.equal(q.cue?.text, 'According to');
    assert.equal(q.speakerName, 'Maria Lopez');
  });

  test('…, according to X.', () => {
    assert.equal(one('The budget is balanced, according to Maria Lopez.').text, 'The budget is balanced');
  });

  test('…, X said.', () => {
    const q = one('The budget is balanced, Maria Lopez said on Tuesday.');
    assert.equal(q.text, 'The budget is balanced');
    assert.equal(q.speakerName, 'Maria Lopez');
  });

  test('…, said X, the title of Y.', () => {
    assert.equal(one('The budget is balanced, said Maria Lopez, the finance minister.').text, 'The budget is balanced');
  });

  test('a partial quote opening on the verb of the reported clause: said her client "denies any involvement" and …', () => {
    assert.equal(one('Angela Brooks said her client "denies any involvement" and would plead not guilty.').text, 'her client "denies any involvement" and would plead not guilty');
  });

  test('a clause ends at "a.m." or "p.m." that ends its sentence', () => {
    assert.equal(one('Bush says he will await results after the polls close at 7 p.m. The count starts at once.').text, 'he will await results after the polls close at 7 p.m.');
  });

  test('"…, praised X" does not invert: after a verb of praise or blame the name is the one judged', () => {
    // The subject set off by commas is no speech (of Saka's, or of Cruz and Rubio's).
    assert.ok(!indirect('Mikel Arteta, the Arsenal manager, praised Saka.').some((q) => q.text.startsWith('Mikel Arteta')));
    assert.deepEqual(indirect('Several Republican candidates, including Ted Cruz and Marco Rubio, criticized the trade.').map((q) => q.text), ['the trade']);
    // A verb of saying still inverts.
    assert.equal(one('The economy is strong, conceded Maria Lopez.').speakerName, 'Maria Lopez');
  });

  test('asked whether …', () => {
    assert.equal(one('Maria Lopez asked whether the budget was balanced.').text, 'whether the budget was balanced');
  });

  test('a speech act reported by its object', () => {
    assert.equal(one('Maria Lopez criticized the budget as reckless.').text, 'the budget as reckless');
  });

  test('a direct quote is not reported again as indirect', () => {
    assert.deepEqual(indirect('Maria Lopez said: "The budget is balanced."'), []);
  });

  test('a capitalized name is not read as a verb ("Hope Hicks said")', () => {
    const q = one('The spokeswoman Hope Hicks said all staff members sign agreements.');
    assert.equal(q.cue?.text, 'said');
    assert.equal(q.text, 'all staff members sign agreements');
  });

  test('verbs with an object but no clause report nothing', () => {
    assert.deepEqual(indirect('Maria Lopez said nothing about the budget.'), []);
    // "it" before a particle is a phrasal verb's object, not the subject of a clause.
    assert.deepEqual(indirect('Maria Lopez laughed it off on Monday.'), []);
    assert.deepEqual(indirect('The mayor played it down in an interview.'), []);
  });

  test('"state" and "states" report only before "that"; "stated" always', () => {
    assert.deepEqual(indirect('The ethnic vote in several battleground states could be decisive.'), []);
    // ("state law requires …" is what the law provides, cue "requires": documentProvisions.ts.)
    assert.deepEqual(indirect('But state law requires a different registration for charities.').map((q) => q.cue?.text), ['requires']);
    assert.deepEqual(indirect('The report states that the bridge is unsafe.').map((q) => q.text), ['that the bridge is unsafe']);
    assert.deepEqual(indirect('Maria Lopez stated the bridge is unsafe.').map((q) => q.text), ['the bridge is unsafe']);
  });

  test('"demand from China cooled": an act reported by its object needs an object, not a preposition', () => {
    assert.deepEqual(indirect('Manufacturers turned to natural gas and demand from China cooled.'), []);
  });

  test('a participle after "said," tells how it was said, not what: "she said, clapping"', () => {
    assert.deepEqual(indirect('"We won the seat," Maria Lopez said, clapping.'), []);
    assert.deepEqual(indirect('"It was hard," Tom Reed said, looking off into the distance.'), []);
  });

  test('the "To" of an infinitive opening the sentence is no speaker', () => {
    assert.deepEqual(indirect('To put that number in context, the deficit was $438 billion.'), []);
  });

  test('"As reported by X, CLAUSE": the clause, its source after "by"', () => {
    const q = one('As reported by Western Journalism, investigators found over 2,200 emails on the server.');
    assert.equal(q.text, 'investigators found over 2,200 emails on the server');
    assert.equal(q.speakerMention?.text, 'Western Journalism');
  });

  test('a participle after a comma and an adverb still reports: "…, eventually saying he …"', () => {
    assert.deepEqual(indirect('Ted Cruz turned tougher against Tom Reed, eventually saying he would be a disaster.').map((q) => q.text), ['he would be a disaster']);
  });

  test('readings of one sentence never cross each other or a quotation', () => {
    const text = 'Maria Lopez said the "plan is dead" and the talks failed, John Carter said, according to the aide.';
    const qs = annotate(text, { documentDate: '2024-03-06' }).quotes;
    for (const a of qs) {
      for (const b of qs) {
        const cross = a.start < b.start && b.start < a.end && a.end < b.end;
        assert.ok(!cross, `${a.text} crosses ${b.text}`);
      }
    }
  });

  test('progressives report too: "is calling for", "are criticizing"; "after calling for" does not', () => {
    const q = one('Senator Maria Lopez is calling for a new audit of the port.');
    assert.equal(q.text, 'a new audit of the port');
    assert.equal(q.cue?.text, 'calling');
    assert.equal(q.speakerName, 'Maria Lopez');
    assert.equal(one('The unions are criticizing the new pension plan.').text, 'the new pension plan');
    assert.deepEqual(indirect('After calling for a new audit, the senator left.').map((x) => x.text), []);
    assert.deepEqual(indirect('The plan was criticized by the unions.').map((x) => x.text), []);
  });
});

suite('quotes: lines labelled with a speaker and a colon', () => {
  test('"PENCE: Well, …" reports the labelled speaker’s words', () => {
    const [q] = indirect('Mike Pence spoke on Sunday.\n\nPENCE: Well, the question really should be why the campaign did it.');
    assert.match(q?.text ?? '', /^Well, the question really should be why/);
    assert.equal(q?.cue?.text, ':');
  });

  test('a page’s furniture is no speaker: "Published: November 14, 2024", "Photo: Reuters", "Editor’s note: …"', () => {
    for (const line of ['Published: November 14, 2024', 'Last updated: Nov. 14, 2024 at 10:02 a.m.', 'Photo: Reuters staff photographer', 'Editor’s note: This story has been corrected.', 'Media Contact: John Roe, press@acme.com, (408) 555-0100', 'Additional reporting: Tom Lee in Paris']) {
      assert.deepEqual(indirect(`Leaders met in Geneva on Thursday.\n\n${line}`).map((q) => q.text), [], line);
    }
  });
});

suite('quotes: a closing cue is not what was said', () => {
  test('"X agreed to meet them next week, officials said.": no quote "officials said"', () => {
    const found = indirect('The Transport Ministry agreed to meet union leaders next week, officials said.').map((q) => q.text);
    assert.deepEqual(found, ['The Transport Ministry agreed to meet union leaders next week']);
  });
});

suite('quotes: indirect speech that hands over to a participle cue', () => {
  test('"A, X said, adding that B": A ends before the cue, B is reported by "adding"', () => {
    const found = indirect('The talks will resume next week, Ana Ruiz said, adding that the government had not yet replied.');
    assert.deepEqual(found.map((q) => q.text), ['The talks will resume next week', 'that the government had not yet replied']);
    assert.deepEqual(found.map((q) => q.cue?.text), ['said', 'adding']);
  });
});

suite('quotes: indirect speech after gerunds and from shares of people', () => {
  test('"by saying", "after saying": the gerund still reports, the sentence subject speaks', () => {
    const q = one('John Carter distanced himself from the movement by saying he would be willing to help.');
    assert.equal(q.text, 'he would be willing to help');
    assert.equal(q.speakerName, 'John Carter');
  });

  test('"a statement saying that …" and "is not saying what …"', () => {
    assert.equal(one('Minutes later, the Acme Corp. board issued a statement saying that the plant would stay open.').text, 'that the plant would stay open');
    assert.equal(one('John Carter is not saying what other steps he would support.').text, 'what other steps he would support');
  });

  test('"It goes without saying" reports nothing', () => {
    assert.equal(indirect('It goes without saying that the plant will stay open.').length, 0);
  });

  test('a share of people speaks: "42% say …", "Six in 10 say …"', () => {
    const q = one('On economic issues, 42% say they are liberal.');
    assert.equal(q.text, 'they are liberal');
    assert.equal(q.speakerMention?.text, '42%');
    assert.equal(one('Six in 10 say he is at least somewhat decisive.').speakerMention?.text, 'Six in 10');
  });
});

suite('quotes: "reported" reports', () => {
  test('"CNN reported CLAUSE" and "The company reported OBJECT" are reported speech', () => {
    assert.equal(one('CNN reported at least six planes filled the skies with messages.').text, 'at least six planes filled the skies with messages');
    assert.equal(one('The company reported its smallest quarterly profit in 17 years.').text, 'its smallest quarterly profit in 17 years');
  });

  test('"the panel report “…”" is a noun: the quote after it stays no direct quote of the panel', () => {
    const q = annotate('Gowdy promises Benghazi panel report ‘as soon as possible.’', { documentDate: '2024-03-06' }).quotes.find((x) => x.text.includes('possible'));
    assert.notEqual(q?.kind, 'direct');
  });
});

suite('quotes: that-clauses after phrasal verbs and gerunds', () => {
  test('"pointed out that …": the clause without the particle', () => {
    const q = one('Jeb Bush pointed out that the quarterback was supporting him.');
    assert.equal(q.text, 'that the quarterback was supporting him');
    assert.equal(q.speakerName, 'Jeb Bush');
  });

  test('a gerund with a that-clause reports: "an item suggesting that …", "pivoted to arguing that …"', () => {
    assert.equal(one('The column ran alongside an item suggesting that the host was a hypocrite.').text, 'that the host was a hypocrite');
    assert.equal(one('John Carter pivoted to arguing that the epidemic was one more reason to act.').text, 'that the epidemic was one more reason to act');
  });
});

suite('quotes: "made clear that"', () => {
  test('"made clear that …" and "made it clear that …" report the clause', () => {
    assert.equal(one('Some senators made clear that they would like him to back the plan sooner.').text, 'that they would like him to back the plan sooner');
    const q = one('Acme Corp. has now made it clear that it was stepping up its fight.');
    assert.equal(q.text, 'that it was stepping up its fight');
    assert.equal(q.cue?.text, 'made');
  });
});

suite('quotes: reported speech inside reported speech', () => {
  test('a clause inside another, with no speaker of its own, is part of the outer one', () => {
    const found = indirect('Chinese President Xi Jinping met the envoy. Xi said that China wanted stable ties with its neighbours.');
    assert.deepEqual(found.map((q) => [q.text, q.speakerName]), [['that China wanted stable ties with its neighbours', 'Xi Jinping']]);
  });

  test('a clause inside another that names a speaker of its own stays', () => {
    const found = indirect('Tom Reed and Ana Ruiz met. Reed said that Ruiz had told the board that the deal was off.');
    assert.deepEqual(found.map((q) => q.speakerName), ['Tom Reed', 'Ana Ruiz']);
  });
});

suite('quotes: a partial quote inside reported speech', () => {
  test('with no speaker of its own, it is the speaker of the clause around it', () => {
    const a = annotate("Sanders: Clinton needs to 'get away from all of this personality stuff' with Trump.\n\nBernie Sanders spoke on Friday.", { documentDate: '2024-03-06' });
    const partial = a.quotes.find((q) => q.kind === 'partial');
    assert.equal(partial?.speakerName, 'Bernie Sanders');
  });
});

suite('quotes: a pronoun listener before the clause', () => {
  test('"told me …": the clause starts after the listener', () => {
    assert.equal(one('The lawyer told me he is not planning an appeal.').text, 'he is not planning an appeal');
  });

  test('"told us …" with a clause that opens on a possessive', () => {
    const q = one('Mr. Carter told us his support for the plan makes him more honest.');
    assert.equal(q.text, 'his support for the plan makes him more honest');
    assert.equal(q.cue?.text, 'told');
  });
});

suite('quotes: a reported clause opening with a number', () => {
  test('"said 2016 has seen …"', () => {
    assert.equal(one('Officials said 2016 has seen the worst start on record.').text, '2016 has seen the worst start on record');
  });

  test('"has said more than 1,300 emails contained …" and "said her $4.5 billion fortune was …"', () => {
    assert.equal(one('The reviewers had said more than 1,300 emails contained classified material.').text, 'more than 1,300 emails contained classified material');
    assert.equal(one('The magazine said her $4.5 billion fortune was marked down to zero.').text, 'her $4.5 billion fortune was marked down to zero');
  });

  test('a number of listeners after "tells" does not open the clause', () => {
    const found = indirect('The governor tells 3,000 in Reno the state has gone soft.').map((q) => q.text);
    assert.ok(found.every((t) => !t.startsWith('3,000')), JSON.stringify(found));
  });
});

suite('quotes: participles that report after a dash or after "with"', () => {
  test('"… on the spot – saying he …" reports like ", saying he …"', () => {
    const q = one('Carter changed his pick on the spot – saying he was rooting for the home team.');
    assert.equal(q.text, 'he was rooting for the home team');
    assert.equal(q.cue?.text, 'saying');
  });

  test('"with 30 percent of voters saying they …" reports the share\'s view', () => {
    assert.equal(one('The mayor improved his standing, with 30 percent of voters saying they trust him.').text, 'they trust him');
  });

  test('"with" before a participle that takes no clause reports nothing', () => {
    assert.deepEqual(indirect('With his campaign buffeted by criticism and denying claims of fraud, the delegates left.').map((q) => q.text), []);
  });
});

suite('quotes: "according to" a source in lower case', () => {
  test('"According to exit polls conducted for the networks, …"', () => {
    const q = one('According to exit polls conducted for the networks, nearly half of the voters were undecided.');
    assert.equal(q.text, 'nearly half of the voters were undecided');
    assert.equal(q.cue?.text, 'According to');
  });

  test('"…, according to recent polls." after the clause', () => {
    assert.equal(one('The senator leads the field by ten points, according to recent polls.').text, 'The senator leads the field by ten points');
  });
});

suite('quotes: "X on Tuesday said …"', () => {
  test('a weekday with its "on" between the subject and the verb', () => {
    const q = one('Governor Maria Lopez on Friday announced that she had signed the order.');
    assert.equal(q.text, 'that she had signed the order');
    assert.equal(q.speakerName, 'Maria Lopez');
  });
});

suite('quotes: a document or reply "saying" what it says', () => {
  test('"fired back a response saying she …": the clause, and the one who wrote the response speaks', () => {
    const q = one('Later that day, Maria Lopez fired back a response saying she would not support the agenda.');
    assert.equal(q.text, 'she would not support the agenda');
    assert.equal(q.speakerName, 'Maria Lopez');
  });
});

suite('quotes: a directive after a listener the phrase reader does not take', () => {
  test('"urged the rest of the party to …", "urged him to …", "urged Obama last year not to …"', () => {
    assert.equal(one('On Sunday, Ann Lee urged the rest of the party to rally around her campaign.').text, 'the rest of the party to rally around her campaign');
    assert.equal(one('The mayor met the chief and urged him to stay.').text, 'him to stay');
    assert.equal(one('Lee Hamilton, the director of the center, urged Carter last year not to close the prison.').text, 'Carter last year not to close the prison');
  });

  test('"to" before a noun phrase is no directive', () => {
    assert.deepEqual(indirect('The coach urged the rest of the team to the finish line.').map((q) => q.text), []);
  });
});

suite('quotes: asking and saying that go on', () => {
  test('"kept asking her why …" and "has started asking his supporters to …"', () => {
    assert.equal(one('Ann Johnson kept asking her why the department had blamed the protests.').text, 'why the department had blamed the protests');
    assert.equal(one('The mayor has lately started asking his supporters to raise their hands.').text, 'his supporters to raise their hands');
  });

  test('"is also asking X to …": an adverb inside the progressive', () => {
    const q = one('Chaffetz is also asking Comey to turn over the full file.');
    assert.equal(q.text, 'Comey to turn over the full file');
    assert.equal(q.speakerName, 'Chaffetz');
  });

  test('"asked which …" is a question', () => {
    const q = one('When asked which candidate she would back, Ann Lee smiled.');
    assert.equal(q.text, 'which candidate she would back');
  });
});

suite('quotes: speech acts with a doubled consonant', () => {
  test('"slammed" and "slamming" report their object like "blasted"', () => {
    assert.equal(one('In 2008, Maria Lopez slammed the plan as too vague.').text, 'the plan as too vague');
    assert.equal(one('The senator spoke for an hour, slamming the bill as a giveaway.').text, 'the bill as a giveaway');
  });
});

suite('quotes: a listener and a place or time before a clause without "that"', () => {
  test('"told reporters on Capitol Hill the talks had failed"', () => {
    assert.equal(one('The senator told reporters on Capitol Hill the talks had failed.').text, 'the talks had failed');
    assert.equal(one('She told ABC News on Monday the tone of the interview was cordial.').text, 'the tone of the interview was cordial');
  });

  test('"told reporters outside the courthouse that …": where the listeners were told is no part of what was said', () => {
    assert.equal(one('She told reporters outside the courthouse that clinics would reopen.').text, 'that clinics would reopen');
    assert.equal(one('He told journalists at the scene that two people had died.').text, 'that two people had died');
    assert.equal(one('The mayor told staff during a meeting on Friday that the office would close.').text, 'that the office would close');
  });

  test('a verb inside the phrase ends the look for a clause: "reported at least six planes filled the sky"', () => {
    assert.equal(one('CNN reported at least six planes filled the sky with messages.').text, 'at least six planes filled the sky with messages');
  });
});

suite('quotes: reported speech inside a relative clause, questions, objects that are things', () => {
  test('a clause reported inside ", who declared …," ends where the relative clause does', () => {
    const q = one('Senator Mike Lee, who declared that the bill was dead, left the chamber early.');
    assert.equal(q.text, 'that the bill was dead');
    assert.equal(q.speakerName, 'Mike Lee');
    assert.equal(q.cue?.text, 'declared');
    // The clause needs its own verb before a comma can close it; commas inside it and a list
    // do not close it; the main verb after the comma does.
    assert.equal(one('Ann Lee, who suggested that Mr. Jones, under fire for the delays, would resign, left.').text, 'that Mr. Jones, under fire for the delays, would resign');
    assert.equal(one('Ann Lee, who said that, if passed, the bill would fail, left early.').text, 'that, if passed, the bill would fail');
    assert.equal(one('Ann Lee, who said the bill would raise taxes, tariffs and fees, went home.').text, 'the bill would raise taxes, tariffs and fees');
  });

  test('"When asked which …": the passive names no asker, and "When" is no speaker', () => {
    const q = indirect('When asked which candidate she preferred, Maria Lopez said she had not decided.').find((x) => x.cue?.text === 'asked');
    assert.ok(q);
    assert.equal(q.text, 'which candidate she preferred');
    assert.equal(q.speakerMention, null);
    assert.equal(q.speakerName, null);
  });

  test('"told the story to the press": a thing told, with its listener after "to", is no reported clause', () => {
    assert.deepEqual(indirect('Maria Lopez told the story to the press on Monday.').map((q) => q.text), []);
    assert.equal(one('Maria Lopez told a reporter the bill was dead.').text, 'the bill was dead');
  });

  test('a plural source in lower case closes a sentence as its cue: ", attorneys for the family said"', () => {
    const q = one('The relatives watched the video on Thursday, attorneys for the family said.');
    assert.equal(q.text, 'The relatives watched the video on Thursday');
    assert.equal(q.speakerMention?.text, 'attorneys for the family');
  });

  test('"recounted the incident": recounting is a speech act reported by its object', () => {
    const q = one('Ann Lee recounted the incident in a long interview.');
    assert.equal(q.text, 'the incident in a long interview');
    assert.equal(q.cue?.text, 'recounted');
  });
});

suite('quotes: listeners in lower case, questions with commas, speech-act objects in relative clauses', () => {
  test('"told the newspaper that …": the listener is no part of the reported clause', () => {
    assert.equal(one('Maria Lopez told the newspaper that the talks had failed.').text, 'that the talks had failed');
    assert.equal(one('Maria Lopez told the local newspaper on Monday that the talks had failed.').text, 'that the talks had failed');
    assert.equal(one('Maria Lopez told a radio station the talks had failed.').text, 'the talks had failed');
    // A capitalized listener was already whole; a thing told stays what it was.
    assert.equal(one('Maria Lopez told The Daily Courier that the talks had failed.').text, 'that the talks had failed');
    assert.deepEqual(indirect('Maria Lopez told the story to the press on Monday.').map((q) => q.text), []);
  });

  test('"Asked whether …, X said": the question keeps its inner commas and ends before the main clause', () => {
    const q = indirect('Asked whether the plan, which passed the House on Friday, would work, Maria Lopez said she did not know.').find((x) => x.cue?.text === 'Asked');
    assert.ok(q);
    assert.equal(q.text, 'whether the plan, which passed the House on Friday, would work');
    assert.equal(q.speakerName, null);
    const short = indirect('Asked whether the talks would resume, Maria Lopez said she did not know.').find((x) => x.cue?.text === 'Asked');
    assert.equal(short?.text, 'whether the talks would resume');
  });

  test('"X asked whether …" runs to the end of the clause; "X, asked whether …, said" was asked', () => {
    const q = indirect('Maria Lopez asked whether the plan, which passed the House on Friday, would work.').find((x) => x.cue?.text === 'asked');
    assert.equal(q?.text, 'whether the plan, which passed the House on Friday, would work');
    assert.equal(q?.speakerName, 'Maria Lopez');
    const and = indirect('Maria Lopez asked whether the plan would work, and Tom Reed said it would not.').find((x) => x.cue?.text === 'asked');
    assert.equal(and?.text, 'whether the plan would work');
    const setOff = indirect('Maria Lopez, asked whether the plan, a costly one, would work, said she did not know.').find((x) => x.cue?.text === 'asked');
    assert.equal(setOff?.text, 'whether the plan, a costly one, would work');
    assert.equal(setOff?.speakerName, null);
  });

  test('", who welcomed the decision, left early": a speech act\'s object ends with its relative clause', () => {
    assert.equal(one('Senator Mike Lee, who welcomed the decision, left early.').text, 'the decision');
    assert.equal(one('Senator Mike Lee, who called the decision a mistake, left the chamber.').text, 'the decision a mistake');
    // A list inside the object stays whole.
    assert.equal(one('Senator Mike Lee, who praised the plan as a bold, costly gamble, left early.').text, 'the plan as a bold, costly gamble');
  });
});

suite('quotes: a relative clause closed by an auxiliary, a listener followed by the clause subject', () => {
  test('", who welcomed the decision, has left": an auxiliary before a plain verb opens the main clause', () => {
    assert.equal(one('Senator Mike Lee, who welcomed the decision, has left the chamber.').text, 'the decision');
    assert.equal(one('Senator Mike Lee, who criticized the plan, will retire in May.').text, 'the plan');
    // A stance after the auxiliary still goes on with the reading.
    const stance = indirect('Senator Mike Lee, who praised the deal, does not appear ready to sign it.').find((q) => q.cue?.text === 'praised');
    assert.ok(stance && stance.text.startsWith('the deal, does not appear'));
  });

  test('"told the AP her group never …": the listener ends before the clause\'s own determiner', () => {
    const q = one('Maria Lopez told the AP her group never received the money.');
    assert.equal(q.text, 'her group never received the money');
    assert.equal(q.speakerName, 'Maria Lopez');
    assert.equal(one('Tom Reed told Reuters the company would appeal the ruling.').text, 'the company would appeal the ruling');
  });
});

suite('quotes: a past speech verb and "that" without a subject the phrase reader takes', () => {
  test('"X, the mayor known as "the Hammer," stated that …": the clause is reported, its speaker unknown', () => {
    const q = indirect('Lopez, the mayor known as "the Hammer," stated that the budget was balanced.').find((x) => x.cue?.text === 'stated');
    assert.equal(q?.text, 'that the budget was balanced');
  });

  test('a present form in -s is as often a plural noun: "states that host contests" reports nothing', () => {
    assert.equal(indirect('Voters in states that host contests in March were polled.').length, 0);
  });
});

suite('quotes: speaking for something, "advocated Y"', () => {
  test('"X advocated Y", "X would advocate for Y": the object, speaker X', () => {
    const q = indirect('Maria Lopez advocated a public option during the talks.').find((x) => x.cue?.text === 'advocated');
    assert.equal(q?.text, 'a public option during the talks');
    assert.equal(q?.speakerName, 'Maria Lopez');
    assert.equal(indirect('Maria Lopez will advocate for a new school.').find((x) => x.cue?.text === 'advocate')?.text, 'a new school');
  });

  test('"advocates" as a noun reports nothing: "Gun rights advocates have started a petition"', () => {
    assert.equal(indirect('Gun rights advocates have started a petition.').length, 0);
  });
});

suite('quotes: calls for an amount, a quantifier inside the progressive', () => {
  test('"X calls for $1 trillion in new spending": an amount is the object', () => {
    assert.equal(indirect('Maria Lopez calls for $1 trillion in new spending.').find((q) => q.cue?.text === 'calls')?.text, '$1 trillion in new spending');
  });

  test('"X and Y were all calling for …": the progressive with "all" inside', () => {
    assert.equal(indirect('Maria Lopez and Tom Reed were all calling for a new vote.').find((q) => q.cue?.text === 'calling')?.text, 'a new vote');
  });
});

suite('quotes: a reported clause never cuts a quotation in two', () => {
  test('"… its new show, “Nights at the Capitol.”": the clause takes the closing mark set after the full stop', () => {
    const q = one('Critics said the network would air its new show, “Nights at the Capitol.” Viewers were not told when.');
    assert.equal(q.text, 'the network would air its new show, “Nights at the Capitol.”');
  });

  test('straight marks: an odd count inside the clause leaves one open, so the clause takes the closing one', () => {
    assert.equal(one('Critics said the network would air its new show, "Nights at the Capitol." Viewers were not told when.').text,
      'the network would air its new show, "Nights at the Capitol."');
  });
});

suite('quotes: a wire dateline or a live blog\'s time stamp before a reported clause', () => {
  test('the clause told before its cue starts after the dateline, and the dateline speaks for no one', () => {
    const q = one('PERTH, Australia, May 2 (AP) — The state will ban the sale of vapes, Health Minister Ann Lee said.');
    assert.equal(q.text, 'The state will ban the sale of vapes');
    assert.equal(q.speakerName, 'Ann Lee');
    assert.equal(one('OTTAWA -- Rents will rise again this year, Housing Minister Sean Fraser said.').text, 'Rents will rise again this year');
    assert.equal(one('09:15 BST - Roads around the stadium remain shut, police said.').text, 'Roads around the stadium remain shut');
    assert.equal(one('UPDATE: The bridge has now reopened, police said.').text, 'The bridge has now reopened');
  });

  test('a capitalized opening that is no dateline, or a hyphen inside a word, stays in the clause', () => {
    assert.equal(one('US-China talks will resume in June, officials said.').text, 'US-China talks will resume in June');
    assert.equal(one('NATO will send more troops, the alliance said.').text, 'NATO will send more troops');
  });
});

suite('quotes: where a listener verb was said is no reported clause', () => {
  test('"told a rally in Derby", "told parliament on Tuesday": no clause with no verb to the end', () => {
    assert.deepEqual(indirect('"We are not done," Ann Lee told a rally in Derby on Friday.').map((q) => q.text), []);
    assert.deepEqual(indirect('"The bill is ready," Tom Reed told parliament on Tuesday.').map((q) => q.text), []);
  });

  test('a clause further on, a contracted verb or a told thing still report', () => {
    assert.equal(one('Ann Lee told the lunch group that the plan was dead.').text, 'that the plan was dead');
    assert.equal(one('Tom Reed told reporters he\'d run again.').text, 'he\'d run again');
  });
});

suite('quotes: what a verb reports ends before "and said" while it is a noun phrase', () => {
  const texts = (text: string): string[] => annotate(text, { documentDate: '2024-03-06' }).quotes.map((q) => q.text);
  test('"praised the plan and said it would …", "claimed momentum and argued he …": two reports', () => {
    const found = texts('Governor Ann Cole praised the new budget plan and said it would create thousands of jobs.');
    assert.ok(found.includes('the new budget plan'), JSON.stringify(found));
    assert.ok(found.includes('it would create thousands of jobs'), JSON.stringify(found));
    const claimed = texts('Senator Bo Hale claimed momentum and argued he is the stronger candidate in the fall.');
    assert.ok(claimed.includes('momentum'), JSON.stringify(claimed));
    assert.ok(claimed.includes('he is the stronger candidate in the fall'), JSON.stringify(claimed));
  });
  test('a clause with a verb of its own may hold the second verb: "said the mayor met Ruiz and said …"', () => {
    const found = texts('Tom Reed said the mayor met the union leaders on Monday and said she would not resign.');
    assert.ok(found.some((t) => t.startsWith('the mayor met') && t.endsWith('would not resign')), JSON.stringify(found));
  });
});

suite('quotes: a phrase after "told", "promises" that a finite verb follows is the clause\'s subject', () => {
  const texts = (text: string): string[] => annotate(text, { documentDate: '2024-03-06' }).quotes.map((q) => q.text);
  test('"He promises the government will help …", "telling them Acme was …"', () => {
    assert.ok(texts('He promises the government will help workers in the region.').includes('the government will help workers in the region'));
    assert.ok(texts('Ann Cole wrote to investors, telling them Acme was worth far more than its price.').includes('Acme was worth far more than its price'));
  });
});

suite('quotes: an earnings release and a minister by portfolio', () => {
  const found = (text: string): Array<{ text: string; mention: string | null }> =>
    annotate(text, { documentDate: '2024-03-06' }).quotes.map((q) => ({ text: q.text, mention: q.speakerMention?.text ?? null }));
  test('"reported a rise in profit, helped by …, and said it would …": a participle after a comma is no verb of a clause', () => {
    const q = found('Northwind Energy reported a 12% rise in profit, helped by higher output, and said it would raise its dividend.');
    assert.ok(q.some((x) => x.text === 'it would raise its dividend'), JSON.stringify(q));
  });
  test('"France\'s labour minister said", "a transport official said": the portfolio is part of the speaker phrase', () => {
    assert.equal(found("France's labour minister said the reform would stand.")[0]?.mention, "France's labour minister");
    assert.equal(found('A transport official said the line would reopen.')[0]?.mention, 'A transport official');
  });
});

suite('indirect speech: a day or a place after a message verb is no message', () => {
  test('"warned Washington on Monday." is no report; "announced on Friday the arrest …" reports the arrest', () => {
    const a = annotate('China warned Washington on Monday. The minister revealed in an interview nothing new.', { documentDate: '2024-03-06' });
    assert.deepEqual(a.quotes.map((q) => q.text), []);
    const b = annotate('Police announced on Friday the arrest of a man. Acme reported at least six planes flew over.', { documentDate: '2024-03-06' });
    assert.deepEqual(b.quotes.map((q) => q.text), ['the arrest of a man', 'at least six planes flew over']);
  });
});

suite('indirect speech: a concession with its own source ends the reported clause', () => {
  test('"reported that …, although the authors cautioned that …": two reports, two sources', () => {
    const a = annotate('The team reported that the benefit was greatest among smokers, although the authors cautioned that the study was small.', { documentDate: '2024-03-06' });
    assert.deepEqual(a.quotes.map((q) => [q.text, q.speakerMention?.text]), [
      ['that the benefit was greatest among smokers', 'The team'],
      ['that the study was small', 'the authors'],
    ]);
  });
});

suite('indirect speech: ", but" and a second source end the first report', () => {
  test('"told MPs that …, but a spokesman later said …": two reports, the first ends at ", but"', () => {
    const a = annotate('The minister told MPs that the cut had been difficult but necessary, but a government spokesman later said the policy would be reviewed.', { documentDate: '2024-03-06' });
    assert.deepEqual(a.quotes.map((q) => [q.text, q.speakerMention?.text]), [
      ['that the cut had been difficult but necessary', 'The minister'],
      ['the policy would be reviewed', 'a government spokesman'],
    ]);
  });

  test('", but" with no speaker after it stays inside the report', () => {
    assert.equal(one('The mayor said the plan was costly, but the city needed it.').text, 'the plan was costly, but the city needed it');
  });
});

suite('indirect speech: calls for …', () => {
  test('"called for more …": an amount after the preposition is what was asked for', () => {
    assert.equal(one('She also called for more flexibility for local councils.').text, 'more flexibility for local councils');
    assert.equal(one('Jane Moss, director of the charity, called for more school investment.').speakerName, 'Jane Moss');
  });

  test('"began calling for", "with X calling for …, Y …": the -ing form reports', () => {
    assert.equal(one('The community immediately began calling for the chief constable to resign.').text, 'the chief constable to resign');
    const q = one('Labour MPs, with Ed Hollis calling for a ban on second homes, walked out.');
    assert.deepEqual([q.text, q.speakerName], ['a ban on second homes', 'Ed Hollis']);
  });

  test('"criticised the deal and called for an inquiry": two acts, two objects', () => {
    assert.deepEqual(indirect('Senator Ann Hale criticised the deal and called for a public inquiry.').map((q) => q.text), ['the deal', 'a public inquiry']);
  });

  test('"Amid calls for his resignation, …": the noun\'s object to its comma, no speaker', () => {
    const q = one('Amid calls for his resignation, the minister stayed silent.');
    assert.deepEqual([q.text, q.speakerName, q.speakerMention], ['his resignation', null, null]);
    assert.deepEqual(indirect('An official, who asked not to be named to discuss a private meeting, left.').filter((q) => q.text === 'a private meeting'), []);
  });
});

suite('indirect speech: acts reported by a preposition\'s object', () => {
  test('pushed for, railed against, lashed out at, came out against, argued for, appealed for', () => {
    assert.deepEqual(indirect('The nurses union has pushed for a higher minimum wage.').map((q) => [q.text, q.speakerMention?.text]), [['a higher minimum wage', 'The nurses union']]);
    assert.equal(one('Senator Ann Hale railed against the water companies.').speakerName, 'Ann Hale');
    assert.equal(one('Ed Hollis lashed out at the government over sewage spills.').text, 'the government over sewage spills');
    assert.equal(one('The mayor came out against the new runway.').text, 'the new runway');
    assert.equal(one('Campaigners have long argued for tougher rules on betting adverts.').text, 'tougher rules on betting adverts');
    assert.equal(one('The charity appealed for donations after the floods.').text, 'donations after the floods');
  });

  test('how long, and nouns of the same spelling, report nothing', () => {
    assert.deepEqual(indirect('The two sides argued for hours before the vote.'), []);
    assert.deepEqual(indirect('Officials pressed for time left early.'), []);
    assert.deepEqual(indirect('The push for a new stadium stalled in the spring.'), []);
    assert.deepEqual(indirect('The campaign for the seat was long and costly.'), []);
  });
});

suite('quotes: a patient admitted is no one\'s admission', () => {
  test('"had been admitted two days earlier", "was admitted to hospital": no reported speech; "admitted that" still reports', () => {
    assert.ok(!indirect('The jury heard Mr Hollins had been admitted two days earlier with chest pains.').some((q) => q.cue?.text === 'admitted'));
    assert.deepEqual(indirect('He was admitted to hospital on Friday.'), []);
    assert.equal(one('The driver admitted that he had been on his phone.').text, 'that he had been on his phone');
  });
});

suite('quotes: credits bought are no credit given', () => {
  test('"count international carbon credits towards the target" reports nothing; "Smith credits the coach" still does', () => {
    // (What the deal allows is its provision, cue "allows": documentProvisions.ts; "credits" is no cue.)
    assert.deepEqual(indirect('The deal allows countries to count international carbon credits towards up to five percentage points of the target.').map((q) => q.cue?.text), ['allows']);
    assert.equal(one('Smith credits the coach with the win.').cue?.text, 'credits');
  });
});

suite('quotes: a passive listener verb names who heard, not who spoke', () => {
  test('"Reed was told that …", "she had been told the plan was safe", "residents were warned that …": the clause, its speaker unsaid', () => {
    const text = 'John Reed was told that the plan was safe. Mary Cole had been told the plan was safe. Residents were warned that the river could flood.';
    const clauses = annotate(text, { documentDate: '2026-11-30' }).quotes.filter((q) => q.kind === 'indirect');
    assert.deepEqual(clauses.map((q) => text.slice(q.start, q.end)), ['that the plan was safe', 'the plan was safe', 'that the river could flood']);
    assert.ok(clauses.every((q) => q.speakerName === null && q.speakerMention === null), clauses.map((q) => q.speakerName ?? q.speakerMention?.text).join(' | '));
  });
});

suite('quotes: "was told by X that …" names the speaker after "by"', () => {
  test('"had been told by a neighbour that …", "was warned by police that …": the agent speaks, the clause after it is what was said', () => {
    const text = 'Ron Tate had been told by a neighbour that the bridge was closed. Ana Diaz was warned by police that the march was illegal.';
    const clauses = indirect(text);
    assert.deepEqual(clauses.map((q) => q.text), ['that the bridge was closed', 'that the march was illegal']);
    assert.deepEqual(clauses.map((q) => q.speakerMention?.text), ['a neighbour', 'police']);
  });
});

suite('quotes: a verb inside a fronted question reports nothing after its comma', () => {
  test('"Asked how she was feeling, she replied that …": the reply is the reply\'s, not the feeling\'s', () => {
    const clauses = indirect('Asked how she was feeling, Dana Webb replied that she was tired.');
    assert.deepEqual(clauses.map((q) => [q.text, q.cue?.text]), [['how she was feeling', 'Asked'], ['that she was tired', 'replied']]);
  });

  test('"Asked what he thought, he laughed": no clause for "thought"', () => {
    assert.deepEqual(indirect('Asked what he thought, Tom Frey laughed.').map((q) => q.cue?.text), ['Asked']);
  });
});

suite('quotes: people in "the town of X" speak, not the town', () => {
  test('"Residents in the town of Ashby said …": the residents\' phrase, the town its detail', () => {
    assert.equal(one('Residents in the town of Ashby said the water was brown.').speakerMention?.text, 'Residents in the town of Ashby');
    assert.equal(one('Farmers in the northern village of Elm Cross described the harvest as poor.').speakerMention?.text, 'Farmers in the northern village of Elm Cross');
  });
});

suite('quotes: "demand" after a verb of foreseeing is the noun', () => {
  test('"expects demand to rise", "sees demand recovering": no speech act', () => {
    assert.deepEqual(indirect('The utility expects demand to rise this winter.'), []);
    assert.deepEqual(indirect('The chipmaker sees demand recovering in the spring.'), []);
    // The verb after its subject still reports: "unions demand to be heard".
    assert.equal(one('Unions demand to be heard before the vote.').cue?.text, 'demand');
  });
});

suite('quotes: a relative clause between the subject and its verb of saying', () => {
  test('", where she sang in the choir," is skipped: the verb after it reports, its subject before', () => {
    const q = one('The Rev Tom Hale, vicar of St Anne\'s Church, where she sang in the choir, said the parish had lost a friend.');
    assert.equal(q.text, 'the parish had lost a friend');
    assert.equal(q.cue?.text, 'said');
    assert.equal(q.speakerName, 'Tom Hale');
  });

  test('no reported clause opens on a verb of saying', () => {
    const q = one('Tom Hale, the vicar of the church where she sang, said the parish had lost a friend.');
    assert.equal(q.text, 'the parish had lost a friend');
    assert.equal(q.speakerName, 'Tom Hale');
  });
});

suite('quotes: where a message was posted is no topic', () => {
  test('"posted a message on social media", "a statement on its website": nothing reported', () => {
    assert.deepEqual(indirect('He posted a message on social media.'), []);
    assert.deepEqual(indirect('The council posted a statement on its website.'), []);
    // A topic after "on" still reports: "her remarks on trade".
    assert.equal(one('Her remarks on trade angered the farmers.').cue?.text, 'remarks');
    assert.ok(indirect('The party\'s stance on social issues worries young voters.').some((q) => q.cue?.text === 'stance'));
  });
});

suite('quotes: a relative clause after where or when something was said', () => {
  test('"she said during the meeting, which stretched past midnight": no reported clause; one set off as an aside still reports', () => {
    assert.deepEqual(indirect('"We are broke," she said during the meeting, which stretched past midnight.'), []);
    assert.deepEqual(indirect('The mayor said at the rally, where 500 people gathered.'), []);
    assert.equal(one('She said, which surprised no one, that the city was broke.').text, 'that the city was broke');
  });

  test('"who did not want to be named", "wished to remain anonymous because …": a sourcing convention, no intention reported; "wants to be named the winner" still is', () => {
    assert.deepEqual(indirect('One woman, who did not want to be named, said it stopped.').map((q) => q.cue?.text), ['said']);
    assert.deepEqual(indirect('One official, who wished to remain anonymous because he was not allowed to speak, said talks had stalled.').map((q) => q.cue?.text), ['said']);
    assert.equal(one('Trump wants to be named the winner.').cue?.text, 'wants');
  });

  test('"the 10-year Treasury note rose to 4.37%": a bare verb form between a noun and its own past verb is a noun, no report; "critics note rates rose" still reports', () => {
    assert.deepEqual(indirect('The yield on the 10-year Treasury note rose to 4.37%.'), []);
    assert.deepEqual(indirect('The benchmark Treasury note fell to 1.45 percent.'), []);
    assert.equal(one('Critics note rates rose.').cue?.text, 'note');
  });

  test('"council backs £250m plan to rebuild the waterfront": a sum before "plan" is what it costs, no one planning; a count of people still holds a view ("About 10,000 see …")', () => {
    assert.deepEqual(indirect('Glasgow council backs £250m plan to rebuild Clyde waterfront.'), []);
    assert.deepEqual(indirect('The council approved a £250 million plan to redevelop the river.'), []);
    assert.equal(one('About 10,000 see the program as a way in.').cue?.text, 'see');
  });

  test('"Cuomo conceded shortly after 11 p.m.", "attacked viciously during the campaign": an adverb before a preposition is no object; "proposed nearly $1 billion" keeps its amount', () => {
    assert.deepEqual(indirect('Cuomo conceded shortly after 11 p.m.'), []);
    assert.deepEqual(indirect('He attacked viciously during the campaign.'), []);
    assert.equal(one('The president proposed nearly $1 billion in funds.').cue?.text, 'proposed');
  });

  test('"X, 45, a father of five, said his house in the Shejaia district had been destroyed": the clause after "said", not the name before it; "The plan will fail, said Smith in a statement" still inverts', () => {
    const q = one('Mohammed Abu Salim, 45, a father of five, said his house in the Shejaia district had been destroyed.');
    assert.equal(q.text, 'his house in the Shejaia district had been destroyed');
    assert.equal(q.speakerName, 'Mohammed Abu Salim');
    assert.equal(one('The plan will fail, said Smith in a statement.').text, 'The plan will fail');
  });

  test('a passive verb before a comma reports nothing after it: "In West Java, where most of the cases were reported, the governor declared …", "A year after it was announced, no one had come"', () => {
    assert.deepEqual(indirect('In West Java, where most of the cases were reported, the provincial governor declared an emergency.').map((q) => q.cue?.text), ['declared']);
    assert.deepEqual(indirect('A year after it was announced, no one had come to the U.S. under the program.'), []);
  });
});
