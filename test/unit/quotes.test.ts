import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import type { Quote } from '../../src/core/types';

// Quotation styles and news conventions, each pinned with a short text written for the test.

function quotes(text: string): Quote[] {
  return annotate(text, { documentDate: '2024-03-06' }).quotes;
}

function marked(text: string): Quote[] {
  return quotes(text).filter((q) => q.kind !== 'indirect');
}

function only(text: string): Quote {
  const found = marked(text);
  assert.equal(found.length, 1, `expected one quote in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((q) => q.text))}`);
  return found[0];
}

suite('quotes: quotation styles', () => {
  const styles: Array<[string, string]> = [
    ['straight double', '"We will win the vote," the senator said.'],
    ['curly double', '“We will win the vote,” the senator said.'],
    ['straight single', "'We will win the vote,' the senator said."],
    ['curly single', '‘We will win the vote,’ the senator said.'],
    ['guillemets', '«We will win the vote,» the senator said.'],
    ['low-high (German)', '„We will win the vote,“ the senator said.'],
    ['two apostrophes (NYT)', "''We will win the vote,'' the senator said."],
    ['grave accents and apostrophes (wire copy)', "``We will win the vote,'' the senator said."],
  ];
  for (const [name, text] of styles) {
    test(name, () => {
      const q = only(text);
      assert.equal(q.kind, 'direct');
      assert.equal(q.start, 0);
      assert.equal(q.text.replace(/^\W+|\W+$/gu, ''), 'We will win the vote');
      assert.equal(q.cue?.text, 'said');
    });
  }

  test('wire copy: ``…\'\' after a sentence starts its own sentence and quote, with no unopened-mark problem', () => {
    const text = "But they report many worried calls. ``People have been calling,'' said Mary Mkimbo, a spokeswoman. She added: ``We expect a little downward movement.''";
    const doc = annotate(text, {});
    const direct = doc.quotes.filter((q) => q.kind === 'direct');
    assert.deepEqual(direct.map((q) => q.text), ["``People have been calling,''", "``We expect a little downward movement.''"]);
    assert.deepEqual(direct.map((q) => q.speakerName), ['Mary Mkimbo', 'Mary Mkimbo']);
    assert.deepEqual(doc.problems, []);
  });

  test('a quote inside a quote stays part of the outer quote', () => {
    const text = '“He told me, ‘never again,’ and then he left,” she said.';
    const q = only(text);
    assert.equal(q.start, 0);
    assert.equal(q.end, text.indexOf(' she'));
  });

  test('curly double marks nested in curly double marks', () => {
    const text = '“I would rather live in what he calls “hell” than here,” she said.';
    const q = only(text);
    assert.equal(q.start, 0);
    assert.equal(q.end, text.indexOf(' she'));
  });

  test('straight double marks nested in straight double marks, two closing marks still to come', () => {
    const text = 'He wrote, "Witnesses say the driver shouted "Get out!" as he sped off." The post spread.';
    const q = only(text);
    assert.equal(q.text, '"Witnesses say the driver shouted "Get out!" as he sped off."');
    assert.equal(q.kind, 'direct');
  });

  test('a straight mark opening inside an unclosed straight quote with no closing marks to spare starts a new quote', () => {
    const found = marked('"We won, he said "again" and left.');
    assert.deepEqual(found.map((q) => q.text), ['"We won,', '"again"']);
  });

  test('NYT nesting: a single quote closing together with the double one', () => {
    const text = "''He said, 'We will bomb them,''' the senator recalled.";
    const q = only(text);
    assert.equal(q.text, "''He said, 'We will bomb them,'''");
  });

  test('apostrophes and elisions open no quotation', () => {
    assert.deepEqual(marked("It's the voters' choice, and in the '90s nobody cared 'bout it."), []);
  });

  test('a one-letter particle after an apostrophe (in \'t Veld) opens no quotation that swallows the next quote', () => {
    const text = "Anna in 't Hout, a Dutch member of parliament, was worried. \"It's a risk everywhere,\" she said.";
    const q = only(text);
    assert.equal(q.text, '"It\'s a risk everywhere,"');
    assert.equal(q.kind, 'direct');
  });

  test('measures in inches are not quotation marks', () => {
    assert.deepEqual(marked('The screen is 12" wide and the frame 14" tall.'), []);
  });

  test('a year before a straight mark closes the quotation: "finished by spring 2025". It was not.', () => {
    const q = only('The MP said the wall would be finished "by spring 2025". It was not.');
    assert.equal(q.text, '"by spring 2025"');
    assert.equal(q.kind, 'partial');
  });

  test('Markdown code opens no quotation: `inline`, a ``` fence', () => {
    const text = 'Run `make all` first.\n\n```\nnpm start\n```\n\nThe build ends.';
    assert.deepEqual(marked(text), []);
    assert.deepEqual(annotate(text, {}).problems, []);
  });
});

suite('quotes: news conventions', () => {
  test('a quote over several paragraphs opens each and closes at its end', () => {
    const text = '"The first part of the statement.\n\n"The second part, which ends it," the mayor said.';
    const q = only(text);
    assert.equal(q.kind, 'direct');
    assert.equal(q.start, 0);
    assert.equal(q.end, text.indexOf(' the mayor'));
  });

  test('a new paragraph opening with another kind of mark starts a new quote', () => {
    const text = '"This was never closed.\n\n“This is a quote,” she said.';
    const found = marked(text);
    assert.equal(found.length, 2);
    assert.equal(found[1].text, '“This is a quote,”');
  });

  test('a partial quote inside reported speech is partial', () => {
    const text = 'The minister urged the United States to "reflect deeply" on its policy.';
    const q = only(text);
    assert.equal(q.kind, 'partial');
    assert.equal(q.text, '"reflect deeply"');
  });

  test('a fragment after "that" is partial', () => {
    assert.equal(only('She said that the plan was "a complete disaster for everyone" in the end.').kind, 'partial');
  });

  test('a quote after "that," is the object of a that-clause: partial, even as a whole sentence', () => {
    assert.equal(only('Mayor Ana Ruiz wrote that, "We will rebuild every school by the spring."').kind, 'partial');
    // Without "that" the same sentence is her words standing alone.
    assert.equal(only('Mayor Ana Ruiz wrote, "We will rebuild every school by the spring."').kind, 'direct');
  });

  test('a lower-case quote after the writer\'s own opening words is a fragment of the sentence', () => {
    assert.equal(only('With so many bridges in the region, "there is no single point of failure," Mr. Olsen said.').kind, 'partial');
    // A capital letter says the quote is a sentence of its own.
    assert.equal(only('With so many bridges in the region, "There is no single point of failure," Mr. Olsen said.').kind, 'direct');
  });

  test('X said "…" with the quote ending the sentence is direct', () => {
    const q = only('The governor said "there is no money left for the roads."');
    assert.equal(q.kind, 'direct');
  });

  test('the second half of a quote split by its cue is direct', () => {
    const found = marked('"We tried hard," Ms. Rivera said in Ohio, "but the votes were not there."');
    assert.deepEqual(found.map((q) => q.kind), ['direct', 'direct']);
  });

  test('a quote after a colon is direct', () => {
    assert.equal(only('The chairman put it simply: "Nobody wins this way."').kind, 'direct');
  });

  test('scare quotes around a word are nobody\'s words', () => {
    assert.deepEqual(marked('The so-called "experts" were not consulted before the vote.'), []);
  });

  test('a book title is not speech', () => {
    assert.deepEqual(marked('She read "The Art of the Deal" on the flight home.'), []);
  });

  test('a show named after a possessive is not speech, even before a cue', () => {
    const found = marked('Speaking on CNN\'s "State of the Union," the senator said he would vote no.');
    assert.deepEqual(found, []);
  });

  test('a title with accented capitals is a title too, not speech', () => {
    assert.deepEqual(marked('She read "Café Society Nights" on the flight home.'), []);
    assert.deepEqual(marked('She read "Él Dijo Que Sí" on the flight home.'), []);
    assert.deepEqual(marked('He said the plan was "Élan Vital Über Alles" and left.'), []);
    // A long word in lower case, accented or not, makes the words someone's.
    assert.equal(marked('He said the plan was "élan vital über alles" and left.').length, 1);
  });

  test('a title-cased subhead standing alone is not speech', () => {
    assert.deepEqual(marked("The vote is on Tuesday.\n\n'All Bets Are Off.'\n\nThe count starts at noon."), []);
  });

  test('an HTML attribute value is not speech', () => {
    assert.deepEqual(marked('<tweet author="@someone" date="March 4, 2016">text</tweet>'), []);
  });
});

suite('quotes: a sentence that opens after a title or a bracket', () => {
  test("a quote after a doubled closing mark that ended a sentence is direct: on ''Meet the Press.'' ''…''", () => {
    const found = marked("Mr. Carter said on NBC's ''Meet the Press.'' ''She is wrong about everything, and everybody knows that.''");
    const q = found.find((x) => x.text.includes('wrong'));
    assert.equal(q?.kind, 'direct');
  });

  test('a quote after a bracketed sentence is direct: (He was not.) "…"', () => {
    const found = marked('His father was Swedish. (He was not.) "Fred was a classic case of a man with a father complex."');
    assert.equal(found.find((x) => x.text.includes('classic'))?.kind, 'direct');
  });

  test('a quoted sentence after a regnal numeral is direct: "… in Henry V. "He was generous.""; an initial before a nickname is no sentence end', () => {
    const found = marked('"It was a privilege," said Ann Lee, who starred in Henry V. "He was generous, and utterly without vanity."');
    assert.equal(found.find((x) => x.text.includes('generous'))?.kind, 'direct');
    // 'Thomas P. "Tip" O'Neill': the nickname keeps its name whole, and no quote is read.
    const names = annotate('Thomas P. "Tip" O\'Neill Jr. said the deal was over.', { documentDate: '2024-03-06' });
    assert.deepEqual(names.quotes.filter((q) => q.kind !== 'indirect'), []);
  });

  test('"quoted X as saying" leads to the quote like a verb: the words inside the cue are no object', () => {
    const q = only('An early tweet quoted the president as saying "We need to prevent the next one!"');
    assert.equal(q.kind, 'direct');
  });
});

suite('quotes: a curly quote inside a straight one', () => {
  test('"… isn’t about “Equal Justice” anymore …": the inner curly pair nests, the straight quote runs on', () => {
    const q = only('Maria Lopez stated: "The department isn’t about “Equal Justice Under Law” anymore. It is about something else."');
    assert.ok(q.text.endsWith('something else."'), q.text);
  });

  test('a straight quote left open still ends at its paragraph, not beyond', () => {
    const found = marked('He said "we won the vote and “the future” is ours.\n\nThe council met on Monday.');
    assert.ok(found.every((q) => !q.text.includes('council')), JSON.stringify(found.map((q) => q.text)));
  });
});

suite('quotes: subheads in single marks', () => {
  const text = '"We need jobs," Maria Lopez said. "We need them now," she added.\n\n\'A change warrior.\'\n\n"She was fired," John Carter said. "It was fast."';

  test('a short single-marked line standing alone in copy that quotes with double marks is a subhead, not speech', () => {
    assert.ok(!marked(text).some((q) => q.text.includes('change warrior')));
  });

  test('in copy that quotes with single marks the same line is a quote', () => {
    const british = "'We need jobs,' Maria Lopez said. 'We need them now,' she added.\n\n'A change is coming.'\n\n'She was fired,' John Carter said.";
    assert.ok(marked(british).some((q) => q.text.includes('change is coming')));
  });
});

suite('quotes: a listener between the verb and the quote', () => {
  test('"told his supporters, “our nation is in trouble. …”" is direct though it starts in lower case', () => {
    const q = only('Carter did not name his rivals, but told his supporters, “our nation is in horrible trouble. Why sit there and talk about it?”');
    assert.equal(q.kind, 'direct');
  });

  test('a longer listener with its relative clause: "told the mayors who gathered in Dayton, “no one …”"', () => {
    const q = only('Carter told the mayors who gathered in the city of Dayton, “no one should be confused about our commitment to them.”');
    assert.equal(q.kind, 'direct');
  });

  test('"told the President that if he wants our guns, “come and take it.”" stays partial', () => {
    const q = only('Abbott told the President that if he wants our guns, “come and take it.”');
    assert.equal(q.kind, 'partial');
  });
});

suite('quotes: a quoted label opening a sentence', () => {
  test('a quoted word that a headline goes on to use is a label, not speech', () => {
    assert.deepEqual(marked("'Reckless' Senator Faces New Inquiry Over Campaign Funds\n\nThe committee met on Monday."), []);
    assert.deepEqual(marked('‘Missing’ Ballots Turn Up In County Office\n\nThe count went on.'), []);
  });

  test('a word or two said and then a cue, or closing the sentence, is still a quote', () => {
    assert.equal(only('“Never,” she said.').kind, 'direct');
    assert.equal(only('The mayor was asked about the plan. "Nonsense." He left the room.').kind, 'direct');
  });
});

suite('quotes: a title whose sentence goes on with the writer\'s verb', () => {
  test('"One ad, “Balanced Budget,” stars an actor who promises …" is no one\'s speech', () => {
    assert.deepEqual(marked('The group spent $50,000 on the web. One ad, “Balanced Budget,” stars an actor who promises lower taxes.'), []);
  });

  test('a subject named after the quote still makes the verb its cue', () => {
    const q = only('“We Will Balance The Budget,” the governor promised on Monday.');
    assert.equal(q.kind, 'direct');
    assert.equal(q.cue?.text, 'promised');
  });
});

suite('quotes: titles after the kind of work they name', () => {
  test('a commentary, an ad and a biography named in marks are titles, not speech', () => {
    assert.deepEqual(marked('Ana Ruiz\'s commentary, "Tell your immigrant story," made a strong case.'), []);
    assert.deepEqual(marked('The campaign began with a 45-second web ad, "Playing Politics," in which children argue.'), []);
    assert.deepEqual(marked('He wanted to republish his biography, "Lost Mogul: The Many Lives of a Builder," this year.'), []);
  });

  test('a work named as the source after "according to" is a title', () => {
    assert.deepEqual(marked('According to “The Builders: Three Generations of a Family,” the father ran the firm alone.'), []);
  });

  test('a work named on the line above does not make the next paragraph\'s quote a title', () => {
    assert.equal(only('The council met on Monday.\n\nADVERTISEMENT\n\n"We will not give up," Jane Doe said.').kind, 'direct');
  });
});

suite('quotes: cues that belong to another sentence or are nouns', () => {
  test('"… called her rival “Worst tax collector in the state.” He also said, without proof, that …": the next sentence\'s verb is no cue of the quote', () => {
    const text = 'On Friday the mayor called her rival “Worst tax collector in the state.” He also said, without proof, that “the books are cooked.”';
    const q = marked(text)[0];
    assert.equal(q.text, '“Worst tax collector in the state.”');
    assert.equal(q.kind, 'partial');
  });

  test('"… the winner.” Smith said, adding that …": a participle after the comma leaves the cue with the quote before it', () => {
    const q = marked('“We are the winner.” Smith said, adding that the team “earned every point.”')[0];
    assert.equal(q.kind, 'direct');
    assert.equal(q.cue?.text, 'said');
  });

  test('"the coach’s remarks “show bias”": a plural noun after a possessive is no reporting verb', () => {
    const q = only('The senator told reporters that the coach’s remarks “show a clear bias against us.” The coach declined to comment.');
    assert.equal(q.kind, 'partial');
  });
});

suite('quotes: a short quoted phrase the writer\'s sentence goes on to use', () => {
  test('"\'Chaos at the gate\' in a border town as guards walk out": a phrase of the headline, not a line someone said', () => {
    const q = only("'Chaos at the gate' in a border town as guards walk out.\n\nThe guards left their posts on Monday.");
    assert.notEqual(q.kind, 'direct');
  });

  test('the same phrase with a reporting verb later in its sentence is still someone\'s line', () => {
    const q = only('"We can win it all" in the fall, the coach said on Monday.');
    assert.equal(q.kind, 'direct');
  });
});

suite('quotes: a lower-case quote going on with the clause its verb reports', () => {
  test('"said the team might change the lineup, “depending on …”" is partial', () => {
    assert.equal(only('The coach said the team might change the lineup, “depending on how practice goes this week.”').kind, 'partial');
  });

  test('after an adjunct of the verb ("said on Monday, “we …”") the quote is still direct', () => {
    assert.equal(only('The coach said on Monday, “we will change the lineup this week.”').kind, 'direct');
  });

  test('after an inverted subject ("…, explained Rosenberg, “with …”") the quote is still direct', () => {
    assert.equal(only('The calendar was built for speed, explained Rosenberg, “with the race over by the middle of March.”').kind, 'direct');
  });
});

suite('quotes: a lower-case quote right after a verb that takes a listener', () => {
  test('"photos telling “the story of …”" and "by urging “a politics of …”" quote the verb\'s object: partial', () => {
    assert.equal(only('The ad shows old photos telling “the story of how the couple first met.”').kind, 'partial');
    assert.equal(only('He won the crowd over by urging “a politics of patience and hope.”').kind, 'partial');
  });
});

suite('quotes: a participle after a quote inside the writer\'s sentence', () => {
  test('"talked up her “Clean streets pledge,” promising to …" is no direct quote', () => {
    assert.notEqual(only('The mayor talked up her “Clean streets pledge,” promising to hire more crews.').kind, 'direct');
  });

  test('a finite verb after the quote still signs it: "… her “Clean streets for every family in the city,” the mayor said."', () => {
    assert.equal(only('Then the crowd heard her “Clean streets for every family in the city,” the mayor said.').kind, 'direct');
  });
});

suite('quotes: a title-cased line cried out or asked after a speech verb', () => {
  test('"She declared “What a Great Night!”" is said, not a title', () => {
    assert.equal(only('On the stage in Miami she declared “What a Great Night!” and thanked the crowd.').kind, 'direct');
  });

  test('without the exclamation the same words stay a name: "She declared “What a Great Night” her favourite song"', () => {
    assert.notEqual(marked('On the stage in Miami she declared “What a Great Night” her favourite song.')[0]?.kind, 'direct');
  });
});

suite('quotes: the writer handing over to someone\'s own words', () => {
  test('"because, in her words, “he knows how …”" and "as the coach put it, “nobody …”" are direct', () => {
    assert.equal(only('She wants him to run the budget office because, in her words, “he knows how to make the numbers work.”').kind, 'direct');
    assert.equal(only('The season was over early, as the coach put it, “nobody here was ready for the cold.”').kind, 'direct');
  });

  test('"As" opening the sentence: "As one adviser put it, “there is no …”" and "In her words, “…”" are direct', () => {
    assert.equal(only('As one adviser put it, “there is no second plan for this government.”').kind, 'direct');
    assert.equal(only('In her words, “the council cannot keep borrowing to pay its bills.”').kind, 'direct');
  });

  test('a name damaged by a bad encoding between "as" and "put it" still hands over: "as the judge RenÃ©e Morel put it, “…”"', () => {
    assert.equal(only('The case collapsed because, as the judge RenÃ©e Morel put it, “there was almost nothing to try.”').kind, 'direct');
  });

  test('the owner of the words is the speaker: "Senator Ann Holt … in her words, “…”"', () => {
    const q = only('Senator Ann Holt spoke on Monday. She wants him to run the budget office because, in her words, “he knows how to make the numbers work.”');
    assert.equal(q.speakerName, 'Ann Holt');
  });
});

suite('quotes: a mid-sentence quote that a cue after it does not make direct', () => {
  test('after "that": "claimed that “The mayor got off lightly,” one of the lawyers said" is partial', () => {
    assert.equal(only('The senator claimed on Tuesday that “The mayor got off far too lightly,” one of the lawyers said.').kind, 'partial');
  });

  test('opening with a figure: "the gain is “10 times the size of the losses,” he said" is partial', () => {
    assert.equal(only('For the region the gain from the bridge is “10 times the size of the losses,” he said.').kind, 'partial');
  });

  test('a figure opening a quote that opens its sentence is still direct: "“10 people were hurt,” the chief said"', () => {
    assert.equal(only('“10 people were hurt in the fire on Main Street,” the chief said.').kind, 'direct');
  });
});

suite('quotes: a second quote after a cue that goes on to report a clause', () => {
  test('"“Out now!” she wrote, arguing that if …, “more homes will burn.”": the second quote goes on with the that-clause', () => {
    const found = marked('“Out now!” she wrote, arguing that if the rules were not changed, “more homes will burn.”');
    assert.deepEqual(found.map((q) => q.kind), ['direct', 'partial']);
  });
});

suite('quotes: a lower-case clause of its own right after a speech verb', () => {
  test('"the coach says “the team is ready for the cold” despite …": the quote is the whole clause he reports, direct', () => {
    assert.equal(only('On Monday the coach says “the team is ready for the cold” despite the loss in Denver.').kind, 'direct');
    assert.equal(only('The mayor said “it makes me angry” every time the river floods the square.').kind, 'direct');
    assert.equal(only('The governor cautioned “let’s not count the votes too early” before the polls closed.').kind, 'direct');
  });

  test('a noun phrase or a predicate after the verb is no clause: partial', () => {
    assert.equal(only('The mayor said “budget reforms” would pay for the new bridge.').kind, 'partial');
    assert.equal(only('Nothing the mayor said “will calm the residents of the square,” the senator said.').kind, 'partial');
    assert.equal(only('The report recalls “the families who were unable to leave the town” in the winter.').kind, 'partial');
    // A possessive "'s" is no "is": "the company's plan" is a noun phrase; "it's over" a clause.
    assert.equal(only('The mayor said “the company’s plan” would pay for the new bridge.').kind, 'partial');
    assert.equal(only('The mayor says “it’s over” for the old bridge plan.').kind, 'direct');
  });
});

suite('quotes: a clause of its own after a speech verb and its adjunct or listener', () => {
  test('"admitted at a meeting on Friday “we will …”", "asked the crowd “If …?”": the quote is the verb\'s whole speech, direct', () => {
    assert.equal(only('The mayor admitted at a town meeting on Friday “we will not finish the bridge this year” if the rain goes on.').kind, 'direct');
    assert.equal(only('The coach asked the players “If you do not believe in this team, why should anyone else?” Then he left the room.').kind, 'direct');
    assert.equal(only('The governor told reporters on Tuesday “there is no money left for the stadium” after the vote.').kind, 'direct');
  });

  test('a noun phrase, a predicate, or "that" after the gap stays partial', () => {
    assert.equal(only('The mayor admitted at a town meeting on Friday “serious delays” in the bridge work.').kind, 'partial');
    assert.equal(only('The governor told reporters on Tuesday the budget “will not cover the stadium” this year.').kind, 'partial');
    assert.equal(only('The mayor admitted at a town meeting that “we will not finish the bridge this year” if the rain goes on.').kind, 'partial');
  });
});

suite('quotes: a lead-in phrase and a comma before the clause a speech verb reports', () => {
  test('"says “no matter what the polls show, it is a close race” between …" is direct', () => {
    assert.equal(only('The chairman says “no matter what the polls show, it is a close race” between the two mayors.').kind, 'direct');
  });

  test('a list of noun phrases after the verb stays partial', () => {
    assert.equal(only('The chairman says “broken lamps, empty benches” greeted him at the park.').kind, 'partial');
  });
});

suite('quotes: words chanted or shouted, and the next quote after "and"', () => {
  test('"workers chanting “no contract, no peace”", "chants of “Fix the roads!”": what a crowd cried is a line of its own', () => {
    assert.equal(only('About forty workers gathered at the gate, chanting “no contract, no peace” after the talks failed.').kind, 'direct');
    assert.equal(only('The speech was met with chants of “Fix the roads!” from the back of the hall.').kind, 'direct');
  });

  test('"chanted “save the park” and “no more towers.”": both quotes were cried out', () => {
    const found = marked('As they crossed the square, the marchers chanted “save the park” and “no more towers.” Police watched.');
    assert.deepEqual(found.map((q) => q.kind), ['direct', 'direct']);
  });

  test('"calls of “Bring them home”", "cheers of “One more term”": a crowd\'s calls and cheers are cried out too', () => {
    const found = marked('All evening there were loud calls of “Bring them home” and “Not one more” from the crowd.');
    assert.deepEqual(found.map((q) => q.kind), ['direct', 'direct']);
    assert.equal(only('She was greeted with cheers of “Four More Years” as she walked in.').kind, 'direct');
  });

  test('a single word so cried out is a word named, not a line: "yell “fire”" is not direct', () => {
    assert.notEqual(marked('Nobody may yell “fire” in a crowded theater, the judge wrote.')[0]?.kind, 'direct');
    assert.notEqual(marked('The delegates answered with loud chants of “no.” Then they sat down.')[0]?.kind, 'direct');
  });
});

suite('quotes: a quote given as an example after "such as" or "including"', () => {
  test('"says things such as, “We …”" and "questions, including, “Do you …?”" are partial', () => {
    assert.equal(marked('My uncle still says things such as, “We never needed a bridge in this town.”')[0].kind, 'partial');
    assert.equal(marked('The reporter asked several questions, including, “Do you plan to run again next year?”')[0].kind, 'partial');
  });
});

suite('quotes: words cried out after a verb of crying out', () => {
  test('"marchers chanting “Save Our Park.”" quotes what they cried, not a title', () => {
    assert.equal(only('Hundreds of marchers crossed the bridge on Sunday chanting “Save Our Park.”').kind, 'direct');
    assert.equal(only('A man in the back row shouted “Shame On You,” and the meeting broke up.').kind, 'direct');
  });

  test('the same capitals after a verb that names no cry stay a title: "a film called “Save Our Park”"', () => {
    assert.notEqual(marked('Hundreds of marchers watched a film called “Save Our Park” on Sunday.')[0]?.kind, 'direct');
  });
});

suite('quotes: a quote that finishes a that-clause opened by an introductory phrase', () => {
  test('"said that once the session ends, “I will …”" and "added that, after taxes, “They …”" are partial', () => {
    assert.equal(marked('The senator said that once the session ends, “I will travel to every county in the state.”')[0].kind, 'partial');
    assert.equal(marked('The accountant added that, after taxes, “They were not living large at all.”')[0].kind, 'partial');
  });

  test('a subject after "that" opens a clause of its own: "said that he told an agent, “I …”" stays direct', () => {
    assert.equal(marked('The lawyers said that he told an agent, “I would do it all again tomorrow.”')[0].kind, 'direct');
  });
});

suite('quotes: a short pronoun in lower case marks a sentence, not a title', () => {
  test('"As the magazine put it, “Hello, it’s the Champ.”" and "a post reading “Thank you Ohio”" are someone\'s words', () => {
    assert.equal(only('Fans flooded the arena. As the magazine put it, “Hello, it’s the Champ Again.”').kind, 'direct');
    assert.equal(only('The governor posted a message on Twitter reading “Thank you Ohio” after the polls closed.').kind, 'direct');
  });

  test('a title keeps its small words in lower case and stays a title: "She read “Lord of the Rings” on the train"', () => {
    assert.deepEqual(marked('She read “Lord of the Rings” on the train home.'), []);
  });
});
