import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import { Annotator } from '../../src/core/annotator';
import type { Annotations, Quote } from '../../src/core/types';
import { isReportingWordAt, isSpeechVerb, reportingLemma } from '../../src/core/quotes/reportingVerbs';
import { tokenize } from '../../src/core/text/tokenizer';
import { speakerLabel } from '../../src/core/quotes/speakerLabel';
import { speakerWithoutReferent } from '../../src/core/checks/speakerWithoutReferent';
import { unnamedSource } from '../../src/core/checks/unnamedSource';

// Who said it: every order of quote and cue, pronouns and role nouns resolved from what the
// text says about people, organizations as speakers. Short texts written for the test.

function annotated(text: string): Annotations {
  return annotate(text, { documentDate: '2024-03-06' });
}

function direct(a: Annotations): Quote[] {
  return a.quotes.filter((q) => q.kind !== 'indirect');
}

function speakerOf(text: string, quoteText: string): { name: string | null; mention: string | null; cue: string | null } {
  const a = annotated(text);
  const q = a.quotes.find((x) => x.text.includes(quoteText));
  assert.ok(q, `no quote containing ${JSON.stringify(quoteText)} in ${JSON.stringify(a.quotes.map((x) => x.text))}`);
  return { name: q.speakerName, mention: q.speakerMention?.text ?? null, cue: q.cue?.text ?? null };
}

suite('speakers: orders of quote and cue', () => {
  test('"…," X said', () => {
    assert.deepEqual(speakerOf('"The budget is balanced," Maria Lopez said.', 'budget'), { name: 'Maria Lopez', mention: 'Maria Lopez', cue: 'said' });
  });

  test('"…," said X, the title of Y', () => {
    const s = speakerOf('"The budget is balanced," said Maria Lopez, the finance minister of Spain.', 'budget');
    assert.equal(s.name, 'Maria Lopez');
    assert.equal(s.cue, 'said');
  });

  test('"…," said X with a hyphenated given name in lower case after the hyphen: "Kim Sung-han", "Lee Jae-myung"', () => {
    assert.equal(speakerOf('"Both leaders needed a win," said Kim Sung-han, a former adviser.', 'win').name, 'Kim Sung-han');
    assert.equal(speakerOf('"We will keep talking," said Lee Jae-myung.', 'talking').name, 'Lee Jae-myung');
    // A compound before the name or the role reads whole: "said Los Angeles-based attorney X", "the two-term president".
    assert.equal(speakerOf('"It is unjust," said Los Angeles-based attorney Edgar Moss.', 'unjust').name, 'Edgar Moss');
  });

  test('"…," said the title of Y, X: the name set off after the role speaks', () => {
    assert.equal(speakerOf('"It is close," said Clinton\'s campaign manager, Robby Mook.', 'close').name, 'Robby Mook');
    assert.equal(speakerOf('"We are fine," said the campaign\'s chairman, John Podesta, on Tuesday.', 'fine').name, 'John Podesta');
    // Without a name the role phrase, possessive and all, is the speaker mention.
    assert.deepEqual(speakerOf('"Yes," said the mayor\'s spokesman.', 'Yes'), { name: null, mention: 'the mayor\'s spokesman', cue: 'said' });
  });

  test('"…," said a role in words the phrase reader does not know, X: the appositive still names the speaker', () => {
    assert.equal(speakerOf('"It is the public who suffer," said one commuter, Sarah Jones, 34, from Croydon.', 'public').name, 'Sarah Jones');
    assert.equal(speakerOf('"We will appeal," said a spokesman for the firm, John Smith.', 'appeal').name, 'John Smith');
    assert.equal(speakerOf('"Freddy was lonely," said his best friend at college, Bruce Turry, who knew him well.', 'lonely').name, 'Bruce Turry');
    // A name after "and" is someone else's; no name at all leaves the phrase.
    assert.notEqual(speakerOf('"We will appeal," said a spokesman for the firm and its lawyer, John Smith.', 'appeal').name, 'John Smith');
    assert.equal(speakerOf('"We will appeal," said a spokesman for the firm, adding nothing.', 'appeal').name, null);
  });

  test('"…," said master of ceremonies X: a title of lower-case words, "of" inside, before the name', () => {
    assert.equal(speakerOf('"Thanks, everyone," said master of ceremonies Asab Al-Tabchi, a Syrian engineer.', 'Thanks').name, 'Asab Al-Tabchi');
    // Time and place phrases after the verb are no title: the cue has no speaker there.
    assert.equal(speakerOf('"Thanks, everyone," said on Tuesday a spokesman.', 'Thanks').name, null);
  });

  test('"…," said 9/11 widow X: a figure glued into one word describes the name after it', () => {
    assert.equal(speakerOf('"The rules are wrong," said 9/11 widow Terry Strand.', 'rules').name, 'Terry Strand');
    assert.equal(speakerOf('"We won the game," said 17-year-old Ana Ruiz.', 'game').name, 'Ana Ruiz');
    // A figure with no name after it names no one.
    assert.equal(speakerOf('"We won the game," said 2,000 fans.', 'game').name, null);
  });

  test('a line said a certain way names its speaker: beamed, grinned, texted', () => {
    assert.equal(speakerOf('"This is fantastic!" beamed Donald Hartley of Madison, Alabama.', 'fantastic').name, 'Donald Hartley');
    assert.equal(speakerOf('"We won the seat," Maria Lopez grinned.', 'seat').name, 'Maria Lopez');
    assert.equal(speakerOf('"Running late, start without me," Maria Lopez texted.', 'late').name, 'Maria Lopez');
  });

  test('X said: "…"', () => {
    assert.equal(speakerOf('Maria Lopez said: "The budget is balanced."', 'budget').name, 'Maria Lopez');
  });

  test('X said "…"', () => {
    assert.equal(speakerOf('Maria Lopez said "The budget is balanced."', 'budget').name, 'Maria Lopez');
  });

  test('X, with an appositive, said after the quote', () => {
    const s = speakerOf('"We need more time," John Carter, a senior adviser to the governor, said on Monday.', 'more time');
    assert.equal(s.mention, 'John Carter');
  });

  test('a bracketed party and state between name and verb', () => {
    const s = speakerOf('"The deal is dead," Rep. John Carter (R-Ohio) said after the vote.', 'deal');
    assert.equal(s.mention, 'John Carter');
  });

  test('the cue between two halves of one quote serves both', () => {
    const a = annotated('"We tried," Maria Lopez said, "but the votes were not there."');
    assert.deepEqual(direct(a).map((q) => q.speakerName), ['Maria Lopez', 'Maria Lopez']);
  });

  test('a second quote after "X said." in the same paragraph keeps the speaker', () => {
    const a = annotated('"We tried," Maria Lopez said. "The votes were not there."');
    assert.deepEqual(direct(a).map((q) => q.speakerName), ['Maria Lopez', 'Maria Lopez']);
  });

  test('a quote with no cue in the paragraph after a quote by the same person', () => {
    const a = annotated('"We tried," Maria Lopez said.\n\n"The votes were not there. We will try again next year."');
    const qs = direct(a);
    assert.equal(qs.length, 2);
    assert.equal(qs[1].speakerName, 'Maria Lopez');
    assert.equal(qs[1].cue, null);
  });


  test('a sentence introducing the quote wins over the speaker of the paragraph before', () => {
    const text = '"We tried," Maria Lopez said.\n\nTom Reed told the crowd he would win the next vote. "We will be back."';
    assert.equal(speakerOf(text, 'We will be back').name, 'Tom Reed');
    // The sentence before holding the previous quote and its cue: that speaker goes on.
    const goesOn = '"We tried," Maria Lopez, a senior fellow at the institute and a former ambassador to Peru, said of the bill. "We will be back."';
    assert.equal(speakerOf(goesOn, 'We will be back').name, 'Maria Lopez');
  });

  test('a sentence naming its subject and ending in a colon introduces the quote without a reporting verb', () => {
    const text = '"It is sad," Tom Reed said.\n\nSenator Ana Ruiz delivered a blunt message to the mayor: "It is time to stop."';
    assert.equal(speakerOf(text, 'time to stop').name, 'Ana Ruiz');
    // A thing as the subject speaks for no one.
    assert.equal(speakerOf('"It is sad," Tom Reed said.\n\nThe sign at the gate read: "Keep out."', 'Keep out').name, null);
  });

  test('a sentence with no one as its subject hands the word to the person named at its colon', () => {
    const text = '"It is sad," Tom Reed said.\n\nThe timing of the surge does not surprise Republican pollster Daron Shaw: "Lesser-known candidates see the biggest boost."';
    assert.equal(speakerOf(text, 'biggest boost').name, 'Daron Shaw');
    // A name earlier in the sentence, not at the colon, is not handed the word.
    assert.equal(speakerOf('"It is sad," Tom Reed said.\n\nThe poll shows Daron Shaw ahead among young voters: "Lesser-known candidates see the biggest boost."', 'biggest boost').name, null);
  });

  test('a negated auxiliary stands between subject and verb: "He didn\'t say"', () => {
    assert.equal(speakerOf('Tom Reed met the board. He didn’t say when. "Our goal is growth."', 'Our goal').mention, 'He');
  });

  test('a quoted paragraph with no cue after a paragraph ending in reported speech by X', () => {
    const text = 'The council met on Monday. Mayor Ana Ruiz noted that the budget had shrunk for three years.\n\n"We cannot keep cutting the schools. Something has to give."';
    assert.equal(speakerOf(text, 'We cannot keep').name, 'Ana Ruiz');
    // Reported speech earlier in that paragraph, followed by the writer's own sentence, is not enough.
    const narrated = 'Mayor Ana Ruiz noted that the budget had shrunk. The council voted on Monday.\n\n"We cannot keep cutting the schools. Something has to give."';
    assert.equal(speakerOf(narrated, 'We cannot keep').name, null);
  });
  test('a participle cue takes the sentence subject: "…, saying: "…""', () => {
    assert.equal(speakerOf('Maria Lopez rallied her supporters, saying: "We will win."', 'win').name, 'Maria Lopez');
  });

  test('"quoted X as saying" names the one quoted', () => {
    const s = speakerOf('Maria Lopez spoke on Monday.\n\n"We are ready," the newspaper quoted Lopez as saying.', 'ready');
    assert.equal(s.name, 'Maria Lopez');
    assert.equal(s.cue, 'quoted Lopez as saying');
  });

  test('a pull quote signed with a dash', () => {
    assert.equal(speakerOf('“This election scares me.” ― Karen Diaz.', 'scares').mention, 'Karen Diaz');
  });

  test('a headline with a name and a colon', () => {
    assert.equal(speakerOf('Lopez: ‘We Will Not Back Down’\n\nThe minister spoke on Monday.', 'Back Down').mention, 'Lopez');
  });

  test('a second verb of the subject: "… and repeatedly says, "…""', () => {
    const s = speakerOf('Maria Lopez walked to the car and repeatedly says, "Don\'t you do it."', 'do it');
    assert.equal(s.name, 'Maria Lopez');
  });

  test('two appositives between the name and the verb', () => {
    const s = speakerOf('"It is an invasion," Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said on Monday.', 'invasion');
    assert.equal(s.mention, 'Scott Pruitt');
  });

  test('a party and state after the name: "McConnell, R-Ky., said"', () => {
    assert.equal(speakerOf('"The veto will be overridden," Mitch McConnell, R-Ky., said Tuesday.', 'veto').mention, 'Mitch McConnell');
  });

  test('a reporting word after a determiner is a noun, not a cue', () => {
    const a = annotated('The answers to the survey are "not meeting the demand," says Paul Rieckhoff, the founder of the group.');
    const q = a.quotes.find((x) => x.kind === 'partial')!;
    assert.equal(q.cue?.text, 'says');
    assert.equal(q.speakerMention?.text, 'Paul Rieckhoff');
  });

  test('an unnamed source is the mention, with no entity', () => {
    const s = speakerOf('"There are talks," a White House official said.', 'talks');
    assert.equal(s.mention, 'a White House official');
    assert.equal(s.name, null);
  });
});

suite('speakers: pronouns, roles and organizations', () => {
  test('a capitalized title between a place and a name after the verb: "said Harris County Sheriff Ed Gonzalez" is Ed Gonzalez', () => {
    // Read even where the place before the title is taken for an organization ("Harris County", "Florida") or a name ("Dade").
    assert.equal(speakerOf('"The jail is full again," said Harris County Sheriff Dana Kowalski.', 'The jail').name, 'Dana Kowalski');
    assert.equal(speakerOf('"We will appeal the ruling," said Florida Governor Mark Ellery.', 'We will').name, 'Mark Ellery');
    assert.equal(speakerOf('"The roads will reopen on Friday," said Dade County Commissioner Luis Ortega.', 'The roads').name, 'Luis Ortega');
  });

  test('"she" goes to the woman, not the man named after her', () => {
    const text = 'Maria Lopez met John Carter on Monday.\n\n"We agreed on nothing," she said.';
    assert.equal(speakerOf(text, 'agreed').name, 'Maria Lopez');
  });

  test('"he" goes to the man, by title', () => {
    const text = 'Mrs. Lopez met Mr. Carter on Monday.\n\n"We agreed on nothing," he said.';
    assert.equal(speakerOf(text, 'agreed').name, 'Carter');
  });

  test('a role from an appositive: "X, the minister" … "the minister said"', () => {
    const text = 'Maria Lopez, the finance minister, met John Carter, a banker, in Madrid.\n\n"The budget is balanced," the minister said.';
    const s = speakerOf(text, 'budget');
    assert.equal(s.mention, 'the minister');
    assert.equal(s.name, 'Maria Lopez');
  });

  test('a role from the words before a name: "China\'s top diplomat Wang Yi"', () => {
    const text = "China's top diplomat Wang Yi met John Carter in Beijing.\n\n\"Dialogue is the only way,\" the diplomat said.";
    assert.equal(speakerOf(text, 'Dialogue').name, 'Wang Yi');
  });

  test('a role from a title: "Sen. X" … "the senator"', () => {
    const text = 'Sen. Maria Lopez and John Carter spoke on Monday.\n\n"No deal," the senator said.';
    assert.equal(speakerOf(text, 'No deal').name, 'Maria Lopez');
  });

  test('an organization speaks: "the ministry said"', () => {
    const text = 'The Foreign Ministry issued a note on Monday.\n\n"The talks are suspended," the ministry said.';
    const s = speakerOf(text, 'suspended');
    assert.equal(s.mention, 'the ministry');
    assert.equal(s.name, 'Foreign Ministry');
  });

  test('an organization named as subject', () => {
    assert.equal(speakerOf('"We regret the error," The Washington Post said in a statement.', 'regret').name, 'Washington Post');
  });
});

suite('speakers: reporting verbs in one list', () => {
  test('every tense and form of a reporting verb maps to its lemma', () => {
    for (const [form, lemma] of [['said', 'say'], ['says', 'say'], ['saying', 'say'], ['told', 'tell'], ['urged', 'urge'], ['warns', 'warn'], ['stressed', 'stress'], ['added', 'add'], ['replied', 'reply'], ['admitted', 'admit']]) {
      assert.equal(reportingLemma(form), lemma, form);
    }
  });

  test('belief verbs report no quotation on their own', () => {
    assert.equal(isSpeechVerb('said'), true);
    assert.equal(isSpeechVerb('believes'), false);
  });

  for (const verb of ['warned', 'stressed', 'insisted', 'tweeted', 'wrote']) {
    test(`"…," X ${verb}`, () => {
      assert.equal(speakerOf(`"The plan will fail," Maria Lopez ${verb}.`, 'plan').cue, verb);
    });
  }
});

suite('speakers: someone speaking for someone else', () => {
  test('"a spokesman for Mayor Tom Reed said": the spokesman spoke, not the mayor', () => {
    const text = 'Mayor Tom Reed left early. "It is a bad deal," a spokesman for Mayor Tom Reed said.';
    assert.deepEqual(speakerOf(text, 'bad deal'), { name: null, mention: 'a spokesman for Mayor Tom Reed', cue: 'said' });
  });

  test('"said a lawyer for John Smith" and "the head of Acme Corp. said" name no one as the speaker', () => {
    assert.equal(speakerOf('John Smith was charged. "We will appeal," said a lawyer for John Smith.', 'appeal').name, null);
    assert.deepEqual(speakerOf('"Sales will rise," the head of Acme Corp. said.', 'Sales'), { name: null, mention: 'the head of Acme Corp.', cue: 'said' });
  });

  test('a later "the spokesman" is not the mayor the spokesman works for', () => {
    const text = 'A spokesman for Mayor Tom Reed declined to comment.\n\n"We are reviewing it," the spokesman said.';
    assert.equal(speakerOf(text, 'reviewing').name, null);
  });

  test('the name at the head of the phrase still speaks: "Tom Smith of Acme Corp.", "President of France Emmanuel Macron"', () => {
    assert.equal(speakerOf('"Sales will rise," Tom Smith of Acme Corp. said.', 'Sales').name, 'Tom Smith');
    assert.equal(speakerOf('"We are ready," President of France Emmanuel Macron said.', 'ready').name, 'Emmanuel Macron');
  });

  test('"Acme Corp. said": the abbreviation\'s full stop does not end the sentence before the verb', () => {
    assert.equal(speakerOf('"Sales will rise," Acme Corp. said in a statement.', 'Sales').name, 'Acme Corp.');
  });
});

suite('speakers: participles and second verbs', () => {
  test('a participle right after a name or an object pronoun is theirs: "footage of X saying", "heard her saying"', () => {
    const footage = speakerOf('Maria Lopez spoke first. The ad ends with footage of Maria Lopez saying, "We will win."', 'We will');
    assert.equal(footage.name, 'Maria Lopez');
    assert.equal(footage.mention, 'Maria Lopez');
    const heard = speakerOf('Maria Lopez spoke in Ohio. Reporters heard her saying, "We will win."', 'We will');
    assert.deepEqual({ name: heard.name, mention: heard.mention }, { name: 'Maria Lopez', mention: 'her' });
  });

  test('"a narrator saying": the noun before the participle, not the sentence subject', () => {
    assert.equal(speakerOf('The spot ends with a narrator saying, "Enough."', 'Enough').mention, 'a narrator');
  });

  test('"…, saying" after a comma still takes the sentence subject', () => {
    assert.equal(speakerOf('Senator Maria Lopez left the hall, saying, "We will win."', 'We will').name, 'Maria Lopez');
  });

  test('"…, X said, adding, "…"": the participle goes on from the verb right before it', () => {
    const s = speakerOf('Tom Reed stayed at the back. Reed left early, Ana Ruiz said, adding, "He was not interested."', 'not interested');
    assert.equal(s.name, 'Ana Ruiz');
    // A noun that looks like a reporting verb ("the remark") is not that verb.
    assert.equal(speakerOf('Tom Reed spoke. He then defended the remark, saying, "It was fair."', 'was fair').name, 'Tom Reed');
  });

  test('phrasal reporting verbs: "shot back", "weighed in"', () => {
    const text = 'Ana Ruiz met Tom Reed. "You broke the promise," Reed said.\n\nRuiz shot back, "The promise was never made."';
    assert.equal(speakerOf(text, 'never made').name, 'Ana Ruiz');
    assert.equal(speakerOf('Ana Ruiz met Tom Reed. Ruiz weighed in: "The promise was never made."', 'never made').cue, 'weighed');
    // Without its particle the verb reports nothing.
    assert.equal(annotated('Soldiers shot at the gunmen. Ana Ruiz said nothing.').quotes.filter((q) => q.cue?.text === 'shot').length, 0);
  });

  test('"I laughed and said": the subject of the verb before "and"', () => {
    const s = speakerOf('Once in my early 20s, when my mother mentioned the devil to me while driving on the highway, I laughed and said, "I don\'t believe in the devil."', 'believe');
    assert.equal(s.mention, 'I');
  });
});

suite('speakers: a subordinate clause before the subject', () => {
  test('"Though she said …": the pronoun, not "Though she"', () => {
    const s = speakerOf('Maria Lopez spoke in Ohio. Though she said "the plan is sound," nothing changed.', 'plan is sound');
    assert.equal(s.mention, 'she');
    assert.equal(s.name, 'Maria Lopez');
  });
});

suite('speakers: sources described by what they know', () => {
  test('"people familiar with the matter said": the people, not "the matter"', () => {
    assert.equal(speakerOf('"The deal is close," people familiar with the matter said.', 'deal').mention, 'people familiar with the matter');
    assert.equal(speakerOf('"The deal is close," a source close to the talks told Reuters.', 'deal').mention, 'a source close to the talks');
  });
});

suite('speakers: "the government"', () => {
  test('is a government body named before, not the last organization named (a union)', () => {
    const text = 'The Transport Ministry met the Dock Workers Union on Monday.\n\nThe government said it wanted a settlement, and the union agreed.\n\n"We want a deal," the government said.';
    assert.equal(speakerOf(text, 'We want a deal').name, 'Transport Ministry');
    const onlyUnion = 'The Dock Workers Union met on Monday.\n\n"We want a deal," the government said.';
    assert.equal(speakerOf(onlyUnion, 'We want a deal').name, null);
  });
});

suite('speakers: a subject far from its cue', () => {
  test('a participle cue takes the sentence subject beyond a long complement: "X seemed ready to …, telling the crowd, "…""', () => {
    const text = 'Maria Lopez seemed ready to joke about the long dispute over the harbor budget in the council, telling the crowd, "Some people get carried away."';
    assert.equal(speakerOf(text, 'carried away').name, 'Maria Lopez');
  });

  test('a long appositive and a relative clause before "told"', () => {
    const text = 'Maria Lopez, who called her rival shortly after the winner of the long count was declared on Tuesday night, told her supporters, "I still love this town."';
    assert.equal(speakerOf(text, 'love this town').name, 'Maria Lopez');
  });

  test('the clause\'s first segment is the subject after an appositive: "the economist X, a former adviser, wrote"', () => {
    const s = speakerOf('"Wages are rising," the economist John Carter, a former adviser in the Treasury, wrote on his blog.', 'Wages');
    assert.equal(s.name, 'John Carter');
    assert.equal(speakerOf('Or, as John Carter, a former secretary of the navy, put it: "The ships are old."', 'ships').name, 'John Carter');
  });

  test('an introductory phrase is not the subject: "Back in 1999, X …", "Here in Ohio, X …", "Appearing before …, X …"', () => {
    assert.equal(speakerOf('Back in 1999, John Carter praised the mayor, telling a radio station: "I wish I could be like that."', 'wish').name, 'John Carter');
    assert.equal(speakerOf('Here in Columbus, John Carter stepped up his attacks on the plan, saying, "It will fail."', 'fail').name, 'John Carter');
    assert.equal(speakerOf('Appearing before supporters on Monday, Maria Lopez said it was too early but added, "We have an idea of the results."', 'idea').name, 'Maria Lopez');
  });

  test('"Even Carter, …" keeps the name after the adverb as the subject', () => {
    assert.equal(speakerOf('Even John Carter, the mayor, stood up and said, "We lost."', 'lost').name, 'John Carter');
  });
});

suite('speakers: listeners, possessives and infinitives', () => {
  test('after "told" stands the listener, never the speaker: "…, told her supporters, "…""', () => {
    const s = speakerOf('The crowd cheered, and told her supporters, "We will win."', 'We will win');
    assert.notEqual(s.mention, 'her supporters');
  });

  test('a plural possessive is no quotation mark: "X, Sanders’ campaign manager, said"', () => {
    assert.equal(speakerOf('"The race is tight," Jeff Weaver, Sanders’ campaign manager, said in a statement.', 'race').name, 'Jeff Weaver');
    assert.equal(speakerOf('"The race is tight," Jeff Weaver, Sanders\' campaign manager, said in a statement.', 'race').name, 'Jeff Weaver');
  });

  test('an appositive ending in a common noun is a description: "X, Maria Lopez\'s campaign manager, said"', () => {
    assert.equal(speakerOf('"The race is tight," Jeff Weaver, Maria Lopez\'s campaign manager, said.', 'race').name, 'Jeff Weaver');
  });

  test('"at one point" is no cue: the participle before it is', () => {
    const s = speakerOf('Mr. Carter mocked the plan, saying at one point, "The answer is not to yell."', 'answer');
    assert.equal(s.name, 'Carter');
    assert.equal(s.cue, 'saying');
  });

  test('"X was prompted to say", "X went so far as to say": the subject before the verbs leading to the infinitive', () => {
    assert.equal(speakerOf('The debate was so calm that John Carter was prompted to say, "I cannot believe how civil it is."', 'civil').name, 'John Carter');
    assert.equal(speakerOf('The columnist Maria Lopez went so far as to say: "The network is over."', 'network').name, 'Maria Lopez');
  });
});

suite('speakers: more verbs of speaking', () => {
  test('"barked", "boomed", "cracked", "chanted" report words next to a quote', () => {
    assert.equal(speakerOf('"Go back to your seat," John Carter barked.', 'seat').name, 'John Carter');
    assert.equal(speakerOf('Maria Lopez thanked her home state and then boomed, "There is no place like home."', 'no place').name, 'Maria Lopez');
    assert.equal(speakerOf('During the debate, Maria Lopez cracked, "I am a progressive who gets things done."', 'progressive').name, 'Maria Lopez');
    assert.equal(speakerOf('As the mayor spoke, the protesters chanted, "Pay us now!"', 'Pay us').mention, 'the protesters');
    assert.equal(speakerOf('In one old song, Billy Joel sings, "Do not go changing to try and please me."', 'changing').name, 'Billy Joel');
  });
});

suite('speakers: a new sentence after a finished quote', () => {
  test('"X said:" after a quote that ended its sentence introduces the next quote, not the one before', () => {
    const a = annotated("''We are refugees,'' Ms. Alawee said. ''We are not terrorists.'' Mr. Zahed said: ''We are running from these attacks.''");
    assert.deepEqual(direct(a).map((q) => q.speakerName), ['Alawee', 'Alawee', 'Zahed']);
  });

  test('"He added, "…"" belongs to the quote after it', () => {
    const a = annotated('"The state is falling apart," Maria Lopez said. "Conflicts continue." John Carter added, "We must act."');
    assert.deepEqual(direct(a).map((q) => q.speakerName), ['Maria Lopez', 'Maria Lopez', 'John Carter']);
  });

  test('a verb followed by its own clause starts a sentence of reported speech, no cue for the quote before', () => {
    const s = speakerOf('"It shows a lack of character," Maria Lopez said. "It is bad." John Carter said both rivals were weak.', 'It is bad');
    assert.equal(s.name, 'Maria Lopez');
  });

  test('a cue that closes its sentence still follows a finished quote: "…." Smith said. / "Why?" she asked reporters.', () => {
    assert.equal(speakerOf('"We won." John Carter said.', 'We won').name, 'John Carter');
    assert.equal(speakerOf('Maria Lopez left the hall. "Why?" she asked reporters on Monday.', 'Why').mention, 'she');
  });
});

suite('speakers: clauses, asides and descriptions around the cue', () => {
  test('a relative clause before "that" does not hide the subject after it: "over who supported it that X said"', () => {
    const text = 'The debate grew so heated over who supported which bill that John Carter said, "I need a translator."';
    assert.equal(speakerOf(text, 'translator').name, 'John Carter');
  });

  test('a web address does not end the sentence: "X, the guru who founded example.com tweeted"', () => {
    assert.equal(speakerOf('"She needs a plan," John Carter, the polling guru who founded example.com tweeted on Wednesday.', 'plan').name, 'John Carter');
  });

  test('"But, said X, "…"" and "In other words, explained X:": the subject after the verb', () => {
    assert.equal(speakerOf('The team left. But, said Tom Solovey, "I do not want conflict."', 'conflict').name, 'Tom Solovey');
    assert.equal(speakerOf('The debate went on.\n\nIn other words, explained moderator Nancy Cordes: "What does that have to do with it?"', 'What does').name, 'Nancy Cordes');
  });

  test('an aside between commas still leaves the name before it: "X, for his part, has denied …"', () => {
    const q = indirectOne('Rick Snyder, for his part, has denied that the visit changed his decision.');
    assert.equal(q.speakerName, 'Rick Snyder');
  });

  test('"who told Congress when asked about it:": the asking is not the cue', () => {
    const text = 'Any decision would involve Attorney General Loretta Lynch, who told Congress when asked last month about the inquiry: "That matter is handled by career agents."';
    assert.equal(speakerOf(text, 'career agents').name, 'Loretta Lynch');
  });

  test('a medium after a preposition does not speak: "responded on Facebook writing, "…""', () => {
    assert.equal(speakerOf('Maria Lopez responded to the question on Facebook writing, "Yes, I will."', 'Yes').name, 'Maria Lopez');
  });

  test('a lower-case description before the name of an inverted speaker: "said undecided voter X"', () => {
    assert.equal(speakerOf('"I do not know where he stands," said undecided Republican voter Stephanie Hooton of Derry.', 'stands').name, 'Stephanie Hooton');
  });

  test('a capitalized "Will" inside a sentence is a name, not the auxiliary', () => {
    const q = indirectOne('Instead, Will called for Republicans to back Chris Christie.');
    assert.equal(q.speakerMention?.text, 'Will');
  });

  test('"Eight years ago," and "And although …," open the sentence before its subject', () => {
    assert.equal(speakerOf('Eight years ago, Al Sharpton backed Barack Obama and said, "She never did anything for us."', 'never did').name, 'Al Sharpton');
    assert.equal(speakerOf('Maria Lopez spoke last. And although she thanked the crowd, she sounded a note of doubt, saying, "I am not sure I deserve it."', 'deserve').mention, 'she');
  });
});

function indirectOne(text: string): Quote {
  const found = annotated(text).quotes.filter((q) => q.kind === 'indirect');
  assert.equal(found.length, 1, JSON.stringify(found.map((q) => q.text)));
  return found[0];
}

suite('speakers: documents, sources and a few more verbs', () => {
  test('a document speaks for whoever issued it: "X released a statement saying, "…""', () => {
    assert.equal(speakerOf('At the time, Maria Lopez released a statement saying, "We trust our partner."', 'trust').name, 'Maria Lopez');
  });

  test('"a source speaking to Fox News said": the source, not the network', () => {
    assert.notEqual(speakerOf('Another source speaking to Fox News said, "The agents are investigating."', 'agents').name, 'Fox News');
  });

  test('"pressed", "reacted", "riffed" report words; "a press release" is no cue', () => {
    assert.equal(speakerOf('"Would it be negotiable?" Sean Hannity pressed.', 'negotiable').name, 'Sean Hannity');
    assert.equal(speakerOf('"Is he profiling?" reacted John Carter.', 'profiling').name, 'John Carter');
    const s = speakerOf('In a press release earlier this month, the Acme Corp. board said about its plan:\n\n"The platform goes further than before."', 'platform');
    assert.notEqual(s.mention, 'In a');
  });
});

suite('speakers: "he" goes on with the subject, not the object', () => {
  test('"X said after meeting President Y. He …": the speaker, even when only Y\'s gender is known', () => {
    const text = '"We had problems with intrusions," Obama said after meeting with Russian President Vladimir Putin. He did not suggest retaliation. "Our goal is to set some norms."';
    assert.equal(speakerOf(text, 'Our goal').name, 'Obama');
  });

  test('someone of the same gender named in a later sentence still takes "he"', () => {
    const text = '"We had problems," Obama said on Monday. Vladimir Putin arrived later. He did not smile. "We will see," he said.';
    assert.equal(speakerOf(text, 'We will see').name, 'Vladimir Putin');
  });
});

suite('speakers: the quote\'s own sentence and idioms', () => {
  test('a quote whose sentence goes on to its cue: "\'\'I admire the mechanics\'\' of the plan, Mr. Carter said."', () => {
    const text = "The plan has critics.\n\n''I admire the mechanics'' of the plan, Mr. Carter said. ''They are detailed.''";
    const a = annotated(text);
    assert.deepEqual(direct(a).map((q) => q.speakerName), ['Carter', 'Carter']);
  });

  test('"It goes without saying" is no cue', () => {
    const s = speakerOf('It goes without saying that the plan is "a grand bargain" for everyone.', 'grand bargain');
    assert.notEqual(s.cue, 'saying');
  });
});

suite('speakers: headings and signatures', () => {
  test('a heading signed with its author: "Pollsters agree - Carl Bialik: "…""', () => {
    assert.equal(speakerOf('Pollsters agree - Carl Bialik: "One of the biggest lessons was a simple one."', 'lessons').name, 'Carl Bialik');
  });

  test('a heading in capitals holds no cue: "RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: "…""', () => {
    assert.equal(speakerOf('RED STATES OUTNUMBER BLUE STATES FOR THE FIRST TIME - Jeffrey M. Jones: "Twenty states are Republican."', 'Twenty').name, 'Jeffrey M. Jones');
  });

  test('a quote closing its paragraph, signed in the next: "…" / - Bernie Sanders.', () => {
    const text = '"Americans are worried about the future of their kids."\n\n- Bernie Sanders.\n\nThe senator is relying on an old statistic.';
    assert.equal(speakerOf(text, 'worried').name, 'Bernie Sanders');
  });

  test('a dashed aside that is no name signs nothing: – An immigrant himself –', () => {
    const text = '"There is resistance to change."\n\n– An immigrant himself –.\n\nRamos lives in Miami.';
    assert.notEqual(speakerOf(text, 'resistance').mention, 'An immigrant himself');
  });
});

suite('speakers: participles and their owners', () => {
  test('a weekday before a participle owns nothing: "issued a statement Tuesday saying"', () => {
    assert.equal(speakerOf('Mr. Carter, who spoke last week, issued a statement Tuesday saying, "I do not feel that heritage matters."', 'heritage').name, 'Carter');
  });

  test('"with X reportedly yelling:": the name before the adverb yells', () => {
    assert.equal(speakerOf('Supporters punched a protester, with John Carter reportedly yelling: "Get him out of here!"', 'Get him').mention, 'John Carter');
  });

  test('"When he returned he began by saying": the main clause\'s pronoun', () => {
    assert.equal(speakerOf('Judge Berman took a recess. When he returned he began by saying, "Jail is not necessary."', 'Jail').mention, 'he');
  });

  test('a participle after a quote takes no subject after it: "…," promising the club will return', () => {
    const s = speakerOf('Tom Boreing said the members will meet, but said, "It is time we change," promising the Friends of Abe will return.', 'time we change');
    assert.equal(s.name, 'Tom Boreing');
  });
});

suite('speakers: a relative "who" as the subject', () => {
  test('"X, who declared, "…"": the mention is "who", the speaker X, as with a pronoun', () => {
    const s = speakerOf('On Thursday, Cruz won an endorsement from Mike Lee, who declared in the spin room, "It is time to unite."', 'unite');
    assert.deepEqual([s.name, s.mention], ['Mike Lee', 'who']);
  });

  test('reported speech after "X, who declared that" names its speaker the same way', () => {
    const s = speakerOf('Senator Mike Lee, who declared that the bill was dead, left the chamber early.', 'the bill was dead');
    assert.deepEqual([s.name, s.mention], ['Mike Lee', 'who']);
  });

  test('"an official who spoke anonymously said": the official, not "who"', () => {
    assert.equal(speakerOf('"We are ready," a White House official who spoke anonymously said.', 'ready').mention, 'a White House official');
  });
});

suite('speakers: particles, possessives and leading prepositions', () => {
  test('a cue with its particle closes the sentence after a finished quote: "Nooooo!" the crowd cried out.', () => {
    assert.equal(speakerOf('"Do we give up?"\n\n"Nooooo!" the crowd cried out, booing.', 'Nooooo').mention, 'the crowd');
  });

  test('"Ryan\'s campaign shrugged off Trump\'s comments, telling reporters": comments is a noun, the campaign tells', () => {
    const s = speakerOf("Ryan's campaign shrugged off Trump's comments, telling reporters, \"No one asked for his endorsement.\"", 'endorsement');
    assert.equal(s.mention, "Ryan's campaign");
  });

  test('a leading preposition before a name is introductory: "Alongside BLM calls for action, a strategist said …, saying"', () => {
    const s = speakerOf('Alongside BLM calls for action, even a top strategist said the mayor must choose, saying, "She will have to come out."', 'come out');
    assert.equal(s.mention, 'a top strategist');
  });
});

suite('speakers: roles with a nationality', () => {
  test('"the Russian leader" is the leader the text made Russian, not the last one named', () => {
    const text = 'Russian President Vladimir Putin met President Joe Biden on Monday. "We will respond," the Russian leader said.';
    assert.equal(speakerOf(text, 'We will respond').name, 'Vladimir Putin');
  });

  test('"the British prime minister": the only prime minister, whose country the text did not give', () => {
    assert.equal(speakerOf('Prime Minister Rishi Sunak visited Kyiv. "We stand with Ukraine," the British prime minister said.', 'We stand').name, 'Rishi Sunak');
  });

  test('with two leaders of unknown country, "the German leader" is left unresolved rather than guessed', () => {
    assert.equal(speakerOf('Chancellor Olaf Scholz met President Joe Biden. "It was a good meeting," the German leader told reporters.', 'good meeting').name, null);
  });

  test('a name before a person\'s role says whom or where they serve: "the top US diplomat", "the Obama aide"', () => {
    const s = speakerOf('Chinese President Xi Jinping met the envoy in Beijing. "We agree," the top US diplomat said.', 'We agree');
    assert.deepEqual([s.name, s.mention], [null, 'the top US diplomat']);
  });
});

suite('speakers: a rank with its number in an appositive', () => {
  test('"X, the No. 2 Democrat in the House, said" keeps X as the subject', () => {
    const s = speakerOf('Maria Lopez, the No. 2 Democrat in the House, said the bill would pass on Friday.', 'bill would pass');
    assert.equal(s.name, 'Maria Lopez');
    assert.equal(s.cue, 'said');
  });
});

suite('speakers: an appositive between dashes', () => {
  test('"X — a teacher from Ohio — says …": X speaks', () => {
    const s = speakerOf('Maria Lopez — a teacher from Dayton — says she made up her mind last week.', 'made up her mind');
    assert.equal(s.name, 'Maria Lopez');
    assert.equal(s.cue, 'says');
  });

  test('"Democrats — and some Republicans — say that …" reports a clause', () => {
    const s = speakerOf('Democrats — and some Republicans — say that the plan will fail in the Senate.', 'plan will fail');
    assert.equal(s.cue, 'say');
    assert.equal(s.mention, 'Democrats');
  });
});

suite('speakers: an appositive between double hyphens or spaced hyphens', () => {
  test('"X, the head of Y -- the firm that owns Z, which … -- told me, "…"": X speaks', () => {
    const s = speakerOf("John Carter, the chief executive of Ora Media -- the company that owns the news programs, which also stream online -- told me, ''We are a content provider.''", 'content provider');
    assert.equal(s.name, 'John Carter');
  });

  test('"scholars - A, B and C - agreed there are …" reports a clause', () => {
    const s = speakerOf('Three scholars - Ann Lee, Bob Roe and Carl Poe - agreed there are qualified candidates.', 'qualified candidates');
    assert.equal(s.cue, 'agreed');
  });
});

suite('speakers: a role before the verb with its name set off', () => {
  test('"Hill\'s attorney, Paul Brennan, argued …, saying …": the name set off after the subject\'s role speaks', () => {
    assert.equal(speakerOf('Hill\'s attorney, Paul Brennan, argued for a shorter sentence, saying his client had been abused.', 'abused').name, 'Paul Brennan');
    assert.equal(speakerOf('In a statement, Brian Fallon, a spokesman for the campaign, said: "We are done."', 'done').name, 'Brian Fallon');
    // Words after the subject are its verb's: "the teacher, Akif Camizci," is what the records say of someone.
    assert.notEqual(speakerOf('State public records suggest the teacher, Akif Camizci, was earning $37,000 a year.', '37,000').name, 'Akif Camizci');
  });

  test('"…," the mother, Denise Carter, told reporters: no reported clause read backwards from "told"', () => {
    const a = annotated('"He took it," the mother, Denise Carter, told reporters.');
    assert.deepEqual(a.quotes.map((q) => [q.kind, q.text, q.speakerName]), [['direct', '"He took it,"', 'Denise Carter']]);
  });
});

suite('speakers: roles of local, court and sports copy', () => {
  test('"the councillor", "the coroner", "the goalkeeper" go back to the person the text gave that role', () => {
    assert.equal(speakerOf('Local councillor Amy Price opposed the plan. "It is the wrong site," the councillor said.', 'wrong site').name, 'Amy Price');
    assert.equal(speakerOf('Coroner Ian Bell heard the evidence on Monday. "Nobody was to blame," the coroner said.', 'blame').name, 'Ian Bell');
    assert.equal(speakerOf('Goalkeeper Sam Ward made three saves. Ann Lee watched. "We held on," the goalkeeper said.', 'held on').name, 'Sam Ward');
  });
});

suite('speakers: a name with a lower-case particle', () => {
  test('"Anna van Dijk said", "said Pieter de Groot": the whole name speaks, not its last or first word', () => {
    assert.equal(speakerOf('Health Commissioner Anna van Dijk said the clinic would close. "It is sad," Tom Reed said.', 'the clinic').name, 'Anna van Dijk');
    assert.equal(speakerOf('Talks ended late. "We are ready," said Pieter de Groot.', 'ready').name, 'Pieter de Groot');
  });
});

suite('speakers: a participle after a cue with a time or place', () => {
  test('"…, Ann Lee said on Friday, adding that …": the participle goes on from the cue\'s subject', () => {
    const text = 'The council will sell the site, Mayor Ann Lee said on Friday, adding that talks were at an early stage.';
    assert.equal(speakerOf(text, 'talks were').name, 'Ann Lee');
    assert.equal(speakerOf('The mill will close, Tom Reed said in Leeds, adding that jobs would go.', 'jobs would').name, 'Tom Reed');
  });

  test('a noun like "comments" before the adjunct is no cue', () => {
    const text = 'Tom Reed spoke first. Families urged Ann Lee to apologize for her recent comments on guns, repeating that they had waited.';
    assert.notEqual(speakerOf(text, 'they had waited').name, 'Ann Lee');
  });
});

suite('speakers: a role set off by commas before the name', () => {
  test('"The chancellor, Ann Lee, said" gives Ann Lee the role "the chancellor" goes back to', () => {
    const text = 'The chancellor, Ann Lee, defended the budget on Monday. Tom Reed disagreed. "We had no choice," the chancellor said.';
    assert.equal(speakerOf(text, 'no choice').name, 'Ann Lee');
    assert.equal(speakerOf('The club\'s captain, Sam Ward, was booked. Ian Bell scored. "We deserved it," the captain said.', 'deserved').name, 'Sam Ward');
  });

  test('without "the" or a possessive, or with the name running on, the role is no one\'s', () => {
    assert.notEqual(speakerOf('Unlike the chancellor, Ann Lee smiled. Tom Reed frowned. "We had no choice," the chancellor said.', 'no choice').name, 'Ann Lee');
  });
});

suite('speakers: epithets of nationality, party and age', () => {
  test('"the Spaniard", "the Brazilian", "the Republican", "the 25-year-old" go on about the person just named', () => {
    const text = '"It was big," Erling Haaland said. Arsenal manager Mikel Arteta was left frustrated. "We gave them two goals," the Spaniard said.';
    assert.equal(speakerOf(text, 'two goals').name, 'Mikel Arteta');
    assert.equal(speakerOf('Maria Lopez won the race. "I am so happy," said the Brazilian.', 'happy').name, 'Maria Lopez');
    assert.equal(speakerOf('Senator Tom Reed spoke on Monday. "We will win," the Republican said.', 'win').name, 'Tom Reed');
    assert.equal(speakerOf('Maria Lopez, 25, won the race. "I am so happy," the 25-year-old said.', 'happy').name, 'Maria Lopez');
    assert.equal(speakerOf('Rep. Ann Lee spoke on Monday. "No," the New York Democrat said.', 'No').name, 'Ann Lee');
  });

  test('"Asked about X, the Spaniard said": the person the question was about is not the epithet\'s', () => {
    const text = 'Mikel Arteta praised his side. Asked about Tom Reed, who has started only twice, the Spaniard said: "He has been superb in training."';
    assert.equal(speakerOf(text, 'superb').name, 'Mikel Arteta');
  });

  test('a nationality the text gave someone else rules them out; a nation or a longer phrase is no epithet', () => {
    const text = 'Erling Haaland, a Norwegian, scored. Ann Lee watched. "It was big," the Norwegian said.';
    assert.equal(speakerOf(text, 'big').name, 'Erling Haaland');
    assert.equal(speakerOf('Tom Reed spoke. "We will act," the Chinese said.', 'act').name, null);
    assert.equal(speakerOf('Tom Reed spoke. "We will act," the U.S. said.', 'act').name, null);
  });
});

suite('speakers: a partial quote with its cue right after it', () => {
  test('the cue after the quote names the speaker, not a noun like "states" before it', () => {
    const text = 'Tom Reed spoke on Monday.\n\nTo believe the government must ensure states are educating students, “you have to take a cynical view,” he said. “If children are left behind, we have a problem.”';
    const s = speakerOf(text, 'If children');
    assert.equal(s.name, 'Tom Reed');
    assert.equal(speakerOf(text, 'cynical view').cue, 'said');
  });

  test('a full stop inside the marks ends the reported speech: the next sentence\'s subject did not say it', () => {
    const text = 'Mick Lynch said the offer was "an insult." Andrew Haines warned the dispute could last "months."';
    assert.deepEqual(speakerOf(text, 'an insult'), { name: 'Mick Lynch', mention: 'Mick Lynch', cue: 'said' });
    assert.equal(speakerOf(text, 'months').name, 'Andrew Haines');
    assert.equal(speakerOf('Sanders called the suspension "arbitrary." The talks continue.', 'arbitrary').cue, 'called');
    // A pronoun opening the next sentence goes on about the same person, and may stay first.
    assert.equal(speakerOf('Ann Lee spoke first. Tom Reed said the plan was "a mistake." He left early.', 'mistake').name, 'Tom Reed');
  });
});

suite('speakers: a reporting word that describes the speaker', () => {
  test('"…," state Sen. X said: "state" is part of the title, the cue is "said"', () => {
    assert.deepEqual(speakerOf('"We will win," state Sen. Maria Lopez said.', 'win'), { name: 'Maria Lopez', mention: 'Maria Lopez', cue: 'said' });
    assert.deepEqual(speakerOf('"We will win," state Rep. Maria Lopez told reporters.', 'win'), { name: 'Maria Lopez', mention: 'Maria Lopez', cue: 'told' });
    assert.equal(speakerOf('"We will win," noted economist Paul Krugman said on Tuesday.', 'win').cue, 'said');
    // The inverted order keeps its verb.
    assert.deepEqual(speakerOf('"We will win," said state Sen. Maria Lopez.', 'win'), { name: 'Maria Lopez', mention: 'Maria Lopez', cue: 'said' });
  });
});

suite('speakers: a nickname in marks inside a name', () => {
  test('Anna "Annie" Kowalski said …: the nickname is no quote, the speaker is Anna Kowalski', () => {
    const a = annotated('"We will win," Anna "Annie" Kowalski said on Tuesday.');
    assert.deepEqual(a.quotes.map((q) => q.text), ['"We will win,"']);
    assert.equal(a.quotes[0].speakerName, 'Anna Kowalski');
    assert.equal(a.quotes[0].speakerMention?.text, 'Anna "Annie" Kowalski');
    assert.equal(a.quotes[0].cue?.text, 'said');
    assert.deepEqual(a.people.map((p) => p.name), ['Anna Kowalski']);
  });

  test('an editor session finds the nicknames of every paragraph as annotate() does, as edits move them', () => {
    const lines = ['A headline here', 'State Rep. Anna “Annie” Kowalski, a Democrat, said: "We will win."', 'Tom "Tommy" Reed said: "It is done."'];
    const annotator = new Annotator();
    for (const opening of ['', 'Some more words. ', 'Some more words. More. ']) {
      const text = [opening + lines[0], ...lines.slice(1)].join('\n');
      const a = annotator.annotate(text);
      assert.deepStrictEqual(a, annotate(text));
      // The fixture has teeth: the nicknames bound no subject before a quote.
      assert.deepEqual(a.quotes.map((q) => q.speakerMention?.text), ['Anna “Annie” Kowalski', 'Tom "Tommy" Reed']);
    }
  });

  test('the nickname neither ends the subject before a quote nor the phrase after an inverted verb', () => {
    assert.equal(speakerOf('State Rep. Anna “Annie” Kowalski, a Democrat, said: "We will win."', 'win').name, 'Anna Kowalski');
    assert.equal(speakerOf('"We will win," said Anna "Annie" Kowalski, a Democrat.', 'win').name, 'Anna Kowalski');
    assert.equal(speakerOf('Anna "Annie" Kowalski said the budget was balanced. Kowalski added that the vote was close.', 'vote').name, 'Anna Kowalski');
  });

  test('"Marine John “Tig” Tiegen said": a service before a common first name acts as a title', () => {
    const a = annotated('Marine John “Tig” Tiegen said the attack had been planned for weeks.');
    assert.deepEqual(a.quotes.filter((q) => q.kind !== 'indirect').map((q) => q.text), []);
    assert.deepEqual(a.people.map((p) => p.name), ['John Tiegen']);
    assert.equal(a.quotes[0]?.speakerName, 'John Tiegen');
    assert.deepEqual(annotated('Marine John Tiegen said the attack had been planned.').people.map((p) => p.name), ['John Tiegen']);
    // Before a name that is no common first name, the word begins the name itself.
    assert.equal(speakerOf('Marine Le Pen said the vote had been rigged.', 'rigged').name, 'Marine Le Pen');
  });

  test('a quoted word between capitals that is no name stays what it was', () => {
    // "said" is no part of a name: "Crooked" is still a quote, not a nickname.
    assert.ok(annotated('Trump said "Crooked" Hillary lied.').quotes.some((q) => q.text === '"Crooked"'));
    // A possessive, or a title-cased headline, holds no nickname.
    for (const headline of ['Smith’s ‘Working Class’ Voters.', 'Young Fans Go ‘Wild’ Tonight.', 'Clinton "Deplorables" Comment Draws Fire.']) {
      assert.ok(annotated(headline).people.every((p) => !/['"‘’“”]/u.test(p.mentions.map((m) => m.text).join(' '))), headline);
    }
  });
});

suite('speakers: a partial quote inside a reported clause', () => {
  test('the speaker of "says" whose clause holds the quote, not the subject of a verb inside it', () => {
    const text = 'Republican presidential hopeful Donald Trump says he doesn’t watch football much anymore because the league has gone “soft” like the country.';
    const a = annotated(text);
    const partial = a.quotes.find((q) => q.kind === 'partial');
    assert.equal(partial?.text, '“soft”');
    assert.equal(partial?.speakerName, 'Donald Trump');
    assert.equal(partial?.cue?.text, 'says');
  });

  test('a headline: "X tells 3,000 in Reno NFL has gone ‘soft’"', () => {
    const a = annotated('Trump tells 3,000 in Reno NFL has gone ‘soft’ like the US.\n\nDonald Trump spoke in Reno on Saturday.');
    const partial = a.quotes.find((q) => q.kind === 'partial');
    assert.equal(partial?.speakerMention?.text, 'Trump');
    assert.equal(partial?.speakerName, 'Donald Trump');
  });

  test('a verb of speech inside the clause keeps its own words: "said Reed called the plan “a disaster”"', () => {
    const partial = annotated('Maria Lopez said Tom Reed called the plan “a disaster” on Monday.').quotes.find((q) => q.kind === 'partial');
    assert.equal(partial?.speakerName, 'Tom Reed');
  });
});

suite('speakers: a pronoun after a named person reporting in words', () => {
  test('"Reed claimed that …. "…," he said" goes on with Reed, not the men named inside his claim', () => {
    const text =
      '"We will win," Senator Tom Brown said on Monday.\n\n' +
      'Quin Reed claimed in an interview that he had met Mr. Paul Smith and Mr. Carl Jones a year ago. "I have not spoken to any campaign," he said.';
    assert.equal(speakerOf(text, 'any campaign').name, 'Quin Reed');
  });

  test('"Lyndon welcomed the result. She said …" goes on with Lyndon, a speech act in the past, even where her given name is unknown', () => {
    const text =
      '"This is not the end of it," Calvert said. Councillor Diane Calvert led the campaign.\n\n' +
      'The party\'s health spokesperson, Hūhana Lyndon, welcomed the result. She said Māori children in the south stood to benefit most.';
    assert.equal(speakerOf(text, 'children in the south').name, 'Hūhana Lyndon');
  });

  test('"politicians like Reed, who had condemned it. "…," he said" does not go on with Reed, one spoken of in a relative clause', () => {
    const text =
      'Tom Quill defended his brother and refused to repudiate politicians, like Pat Reed, who had condemned the move. "They are not out to harm anyone," he said.';
    assert.equal(speakerOf(text, 'not out to harm').name, 'Tom Quill');
  });

  test('"the Reed attack hit Smith …, and he responded" does not go on with Reed: "attack" here is a noun', () => {
    const text =
      '"We will win," Governor Paul Smith said on Monday.\n\n' +
      'The Reed attack hit Smith hard. "I was hurt by it," he said.';
    assert.equal(speakerOf(text, 'hurt by it').name, 'Paul Smith');
  });

  test('a playing position goes on about the player the report is about, though no sentence said he plays there: "the defender told"', () => {
    const text =
      '"Crisis is a big word," manager Tom Reed said.\n\n' +
      'Carl van Dorn, the captain, was more blunt. "We have to look at ourselves," the defender told Sky Sports.';
    assert.equal(speakerOf(text, 'look at ourselves').name, 'Carl van Dorn');
  });

  test('"Rep. X … the congresswoman said", "Sen. X … the lawmaker said": a member of a legislature is referred back to by any of its titles', () => {
    assert.equal(speakerOf('Representative Ann Dole, a first-term Democrat, is running again. "I tell them: wrong Dole," the congresswoman said.', 'wrong Dole').name, 'Ann Dole');
    assert.equal(speakerOf('Rep. Tom Hale is running again. "We will win," the congressman said.', 'We will win').name, 'Tom Hale');
    assert.equal(speakerOf('Sen. Tom Hale is running again. "We will win," the lawmaker said.', 'We will win').name, 'Tom Hale');
  });

  test('a lede\'s "A man accused of …" who speaks is the person the next sentence names with an age; a neighbour before an arrest is not', () => {
    const text = 'A former porter accused of stealing from patients at a hospital in Leeds told a jury on Monday that he had never taken anything. Darren Cole, 36, denies four counts of theft.';
    assert.equal(speakerOf(text, 'never taken anything').name, 'Darren Cole');
    const other = 'A neighbour told police she had heard shots. Tom Hale, 19, was arrested on Friday.';
    assert.equal(speakerOf(other, 'heard shots').name, null);
  });

  test('"according to a Senate aide familiar with the talks": the aide speaks, unnamed, not the body named before the noun', () => {
    assert.equal(speakerOf('According to a Senate aide familiar with the talks, the sticking point is a provision on detention.', 'sticking point').name, null);
    assert.equal(speakerOf('A Pentagon official familiar with the plans said the talks had stalled.', 'talks had stalled').name, null);
  });

  test('a position after the team the player plays for goes on the same way: "the England winger said", "the Real Madrid midfielder said"', () => {
    const text =
      '"We deserved more," manager Tom Reed said.\n\n' +
      'Jack Pell, who scored twice, was less diplomatic. "It feels like a defeat," the England winger said.';
    assert.equal(speakerOf(text, 'feels like a defeat').name, 'Jack Pell');
    const club = text.replace('the England winger', 'the Real Madrid midfielder');
    assert.equal(speakerOf(club, 'feels like a defeat').name, 'Jack Pell');
    // Other games' positions go on the same way.
    const football = '"We knew it would be close," coach Tom Reed said.\n\nJack Pell, who threw for 287 yards, was sacked four times. "I tried to force it," the quarterback said.';
    assert.equal(speakerOf(football, 'tried to force it').name, 'Jack Pell');
    assert.equal(speakerOf(football.replace('the quarterback said', 'the two-time MVP said'), 'tried to force it').name, 'Jack Pell');
  });

  test('"X, a chemist at a centre in Leipzig, Germany, said": the country after the town is where it lies, not the speaker', () => {
    const text = 'Dr Dusan Materic, a chemist at the Helmholtz Centre in Leipzig, Germany, said some methods could confuse fats with plastics.';
    assert.equal(speakerOf(text, 'some methods').name, 'Dusan Materic');
    const state = 'Anna Reyes, a nurse in Austin, Texas, said the plan would fail.';
    assert.equal(speakerOf(state, 'the plan would fail').name, 'Anna Reyes');
  });

  test('"Professor Sarah Dunlop — no relation — of the Minderoo Foundation, which funds …, said": the professor speaks, not her body', () => {
    const text = 'Professor Sarah Dunlop — no relation — of the Minderoo Foundation, which funds research into plastics, said the study added to the evidence.';
    assert.equal(speakerOf(text, 'the study added').name, 'Sarah Dunlop');
  });

  test('an asker is not whom the answer goes on with: "Reed asked Smith how …. "…," he said"', () => {
    const text =
      '"We will win," Governor Paul Smith said on Monday.\n\n' +
      'Host Jack Reed asked Smith how high the wall would be. "It could be 40 feet," he said.';
    assert.equal(speakerOf(text, '40 feet').name, 'Paul Smith');
  });

  test('a bare surname two people share is no reporter to go on with: "Woods said …" after Ann and Casey Woods', () => {
    const text =
      'Ann Woods, whose spouse, Navy pilot Casey Woods, was killed in the 2012 crash, talked with radio host Bob Hewitt on Thursday.\n\n' +
      'Though sad about the loss, Woods said the Khans should not be free from criticism.\n\n' +
      '"First of all," she told Hewitt, "I would never wish this on anyone."';
    assert.equal(speakerOf(text, 'First of all').name, 'Ann Woods');
  });
});

suite('speakers: a name located by "in", "from" or "at"', () => {
  test('"Bob Smith from Ohio said": the place locates the speaker, it does not speak', () => {
    assert.equal(speakerOf('"It will fail," Bob Smith from Ohio said.', 'fail').name, 'Bob Smith');
    assert.equal(speakerOf('One pastor, Dan Whitt of Grace Church in Marion, said, "We will win."', 'win').name, 'Dan Whitt');
  });

  test('"Dan Whitt of Grace Church in Marion said": the name at the head speaks, not the places after it', () => {
    assert.equal(speakerOf('Dan Whitt of Hope Baptist Church in Marion said, "We will win."', 'win').name, 'Dan Whitt');
    assert.equal(speakerOf('Dan Whitt of Acme Corp. in Denver said, "We will win."', 'win').name, 'Dan Whitt');
    // A title's own name comes after its preposition's object.
    assert.equal(speakerOf('Secretary of State John Kerry said, "We will win."', 'win').name, 'John Kerry');
  });

  test('"X asked Y about …" and then a quote with no cue: the answer is Y\'s; a question, or a request ("asked Y to"), stays X\'s', () => {
    assert.equal(speakerOf('Jake Tapper asked Hillary Clinton about the emails on Sunday. "It was a mistake, and I take responsibility."', 'mistake').name, 'Hillary Clinton');
    assert.equal(speakerOf('Jake Tapper asked Hillary Clinton about the emails on Sunday. "Do you regret it?"', 'regret').name, 'Jake Tapper');
    assert.equal(speakerOf('Jake Tapper asked Hillary Clinton on Sunday: "Do you regret it?"', 'regret').name, 'Jake Tapper');
    assert.equal(speakerOf('Donald Trump asked Mike Pence to join him on stage. "We are going to win big."', 'win big').name, 'Donald Trump');
  });

  test('"X was asked: \u201c…?\u201d": a question put to X is not X\'s words, and no neighbour is guessed', () => {
    const q = speakerOf('Sidney Blumenthal spoke on Wednesday. Blumenthal was asked, "If you had known, would you have told her?"', 'known');
    assert.deepEqual([q.name, q.mention, q.cue], [null, null, 'asked']);
    // His answer after it is his.
    assert.equal(speakerOf('Sidney Blumenthal was asked, "Would you have told her?" He said, "Of course not."', 'Of course').name, 'Sidney Blumenthal');
  });

  test('"White House press secretary Josh Earnest said": "press" before secretary or conference is no speech verb', () => {
    assert.deepEqual(speakerOf('"We will veto it," White House press secretary Josh Earnest said.', 'veto'), { name: 'Josh Earnest', mention: 'Josh Earnest', cue: 'said' });
    assert.deepEqual(annotated('Ann Lee said at a press conference that the plan failed.').quotes.map((q) => q.cue?.text), ['said']);
  });

  test('"Officials at Acme Corp. said": a group at an institution speaks for it', () => {
    assert.equal(speakerOf('Officials at Acme Corp. said, "We will appeal."', 'appeal').name, 'Acme Corp.');
  });
});

suite('speakers: a name set off inside a relative clause', () => {
  test('"Ann Woods, whose husband, Tom Woods, died in 2012, said": Ann Woods speaks', () => {
    assert.equal(speakerOf('Ann Woods, whose husband, Tom Woods, died in 2012, said, "We want answers."', 'answers').name, 'Ann Woods');
  });
});

suite('speakers: a quote after a sentence whose subject is a named person', () => {
  test('"Sen. Tom Reed, who lost, named exhaustion as a reason. "…"" is Reed\'s, not the previous speaker\'s', () => {
    const text =
      '"We need more police," Governor Paul Smith said on Sunday.\n\n' +
      'On the same show, Sen. Tom Reed, who lost the primary, named exhaustion with bigotry as a reason to vote. "The young are sick and tired of it."';
    assert.equal(speakerOf(text, 'sick and tired').name, 'Tom Reed');
  });
});

suite('speakers: a participle between a determiner and a noun of speech', () => {
  test('"X made the following comment: "…"": "comment" is a noun, X the speaker', () => {
    const text = 'Maria Lopez made the following comment on Monday:\n\n"For young people, the jobless rate is 33 percent."';
    assert.equal(speakerOf(text, 'jobless').name, 'Maria Lopez');
  });

  test('"the charged term, "radical Islam,"": "term" is no cue, the marks no speech', () => {
    assert.equal(direct(annotated('She avoided the charged term, "radical Islam," in her speech.')).length, 0);
  });
});

suite('speakers: a pronoun standing for a source the text does not name', () => {
  const text =
    'Health Minister Anna Berg announced on Monday that three clinics would close.\n\n' +
    'A spokeswoman for the ministry told the radio station the closures would save money. "Nobody uses those buildings," she said.';

  test('"A spokeswoman for the ministry told … "…," she said": "she" is the spokeswoman, not the minister named before', () => {
    const q = annotated(text).quotes.find((x) => x.text.includes('Nobody uses'))!;
    assert.equal(q.speakerName, null);
    assert.equal(q.speakerMention?.text, 'she');
    assert.equal(q.speakerReferent?.text, 'A spokeswoman for the ministry');
  });

  test('"Officials said … they said": "they" is the officials, not the organization named last', () => {
    const a = annotated('The Acme Corp. plant will shut in May. Two officials said the work would move abroad. "There is no other way," they said.');
    const q = a.quotes.find((x) => x.text.includes('no other way'))!;
    assert.equal(q.speakerId, null);
    assert.equal(q.speakerReferent?.text, 'Two officials');
  });

  test('a person named after the unnamed source, or a pronoun of the other gender, goes on as before', () => {
    const named = text.replace('"Nobody uses', 'Berg later visited one of them. "Nobody uses');
    assert.equal(speakerOf(named, 'Nobody uses').name, 'Anna Berg');
    const other = 'Mayor Tom Reed spoke first. A spokeswoman for the council said the vote was close. "We won by two votes," he said.';
    assert.equal(speakerOf(other, 'two votes').name, 'Tom Reed');
  });

  test('the label and the checks read the referent: no "pronoun without referent", an unnamed source flagged', () => {
    const a = annotated(text);
    const q = a.quotes.find((x) => x.text.includes('Nobody uses'))!;
    assert.deepEqual(speakerLabel(q), { text: 'A spokeswoman for the ministry', named: false });
    assert.equal(speakerWithoutReferent.run({ text, annotations: a }).length, 0);
    assert.deepEqual(unnamedSource.run({ text, annotations: a }).map((f) => text.slice(f.start, f.end)), ['she']);
  });
});

suite('speakers: a name followed by an age and an address', () => {
  test('"Gary Webb, 52, of Elm Road, Dartford, admitted …": the town ends the address, the name is the speaker', () => {
    assert.equal(speakerOf('Gary Webb, 52, of Elm Road, Dartford, admitted taking the money from his neighbour.', 'the money').name, 'Gary Webb');
  });
  test('"Ann Lee, 59, of Ashton, Md., who watched the parade, said …": an age, an address and a relative clause', () => {
    assert.equal(speakerOf('Ann Lee, 59, of Ashton, Md., who watched the parade, said the crowd was the biggest she had seen.', 'the crowd').name, 'Ann Lee');
    assert.equal(speakerOf('"We were scared," Tom Hale, 30, of Leeds, England, who was at the match, said.', 'scared').name, 'Tom Hale');
  });
});

suite('speakers: a second verb of speech after "and"', () => {
  test('"X called the remarks "provocative" and said …": two reports, both X\'s', () => {
    const a = annotated('Union leader Marc Lenoir called the remarks "provocative" and said workers would not be intimidated.');
    const said = a.quotes.find((q) => q.kind === 'indirect' && q.cue?.text === 'said');
    assert.equal(said?.text, 'workers would not be intimidated');
    assert.equal(said?.speakerName, 'Marc Lenoir');
    assert.equal(a.quotes.find((q) => q.kind === 'indirect' && q.cue?.text === 'called')?.text, 'the remarks "provocative"');
  });
  test('"Some booed, and when X thanked the crowd and said …": the subject of the verb before "and", not the sentence\'s', () => {
    const text = 'Some fans booed, and when Mayor Dana Kuhn thanked the crowd and said the new stadium would open in May, a man yelled "Go home!"';
    assert.equal(speakerOf(text, 'stadium would open').name, 'Dana Kuhn');
  });
  test('"X, a supporter from Jackson, Miss., said …": a state after "from Jackson" goes with the place', () => {
    assert.equal(speakerOf('Sandra Inman, a supporter from Jackson, Miss., said she would vote early.', 'vote early').name, 'Sandra Inman');
  });
});

suite('speakers: bodies of local, British, sports and business copy inside a speaker phrase', () => {
  test('"A council spokesman said", "a club spokeswoman said", "a government source said": all of the phrase', () => {
    assert.equal(speakerOf('A council spokesman said: "We will review the scheme in May."', 'review').mention, 'A council spokesman');
    assert.equal(speakerOf('A club spokeswoman said the striker would be fit on Saturday.', 'striker').mention, 'A club spokeswoman');
    assert.equal(speakerOf('A government source said the vote would be delayed.', 'vote').mention, 'A government source');
  });
});

suite('speakers: a comma inside the marks hands the sentence to the speaker, whatever the verb', () => {
  test('"“…,” an angry Hollande retaliated.", "“…,” Coach Ben Reyes sighed."', () => {
    const text = 'Mayor Tom Reed spoke first. "The city will always be the city," an angry Ann Lee retaliated.';
    assert.deepEqual(speakerOf(text, 'always be the city'), { name: 'Ann Lee', mention: 'Ann Lee', cue: 'retaliated' });
    assert.equal(speakerOf('"We lost," Coach Ben Reyes sighed.', 'We lost').name, 'Ben Reyes');
  });
  test('not a verb the sentence goes on past, nor after a full stop', () => {
    assert.notEqual(speakerOf('Mayor Tom Reed spoke first. "The vote was close." Ann Lee walked away.', 'vote was close').name, 'Ann Lee');
  });
});

suite('speakers: words on a banner or a sign', () => {
  test('"\'…\', read one banner carried by marchers": the banner, not "one"', () => {
    assert.equal(speakerOf("'Jobs, not cuts', read one banner carried by marchers.", 'Jobs').mention, 'one banner');
    assert.equal(speakerOf('"Save our library," a placard read.', 'Save our').mention, 'a placard');
  });
});

suite('speakers: session 23 slips', () => {
  test('"…, said X, an analyst at Firm, who notes that …": "who" is X, not the firm that ends the appositive', () => {
    const text = 'Shares fell. "Buyers are wary," said Tom Reed, a senior analyst at Barclays, who notes that the bank cut its target.';
    assert.equal(speakerOf(text, 'cut its target').name, 'Tom Reed');
    assert.equal(speakerOf('Ann Lee, the head of the Red Cross, who visited the camp, said aid was late.', 'aid was late').name, 'Ann Lee');
  });
});

suite('speakers: "both" of "has both … and …" is no one', () => {
  test('"X has both endorsed … and criticized …", "X and Y have both urged …": the subject speaks', () => {
    assert.equal(speakerOf('Senator Mary Lee has both endorsed the bill and criticized its cost.', 'the bill').name, 'Mary Lee');
    assert.equal(speakerOf('Mayor Tom Reed and Ann Cole have both urged voters to stay home.', 'voters').mention, 'Tom Reed and Ann Cole');
  });
});

suite('speakers: "the Portuguese said" after the text made one person Portuguese', () => {
  test('the one person of that nation named before; else the nation, no one', () => {
    const text = 'Portuguese striker Rui Costa scored twice. Coach Ann Lee was pleased. "It was my night," the Portuguese said.';
    assert.equal(speakerOf(text, 'my night').name, 'Rui Costa');
    assert.equal(speakerOf('The Portuguese forward Rui Costa scored. "It was my night," the Portuguese said.', 'my night').name, 'Rui Costa');
    const two = 'Portuguese striker Rui Costa and Portuguese defender Jose Silva scored. "We won," the Portuguese said.';
    assert.equal(speakerOf(two, 'We won').name, null);
    assert.equal(speakerOf('Tom Reed spoke. "We will act," the Chinese said.', 'act').name, null);
  });
});

suite('speakers: "Asked about X, the manager said" gives X no role', () => {
  test('the role after the comma is the verb\'s subject, not an appositive of the name in the opening phrase', () => {
    const text = 'Coach Ana Ruiz was pleased. Striker Tom Reed scored twice.\n\nAsked about Reed, the manager said: "He is in form."\n\n"We fought," the manager said later.';
    assert.notEqual(speakerOf(text, 'fought').name, 'Tom Reed');
    assert.equal(speakerOf('Sam Lau, the party spokesman said on Monday. "No," the spokesman said.', 'No').name, 'Sam Lau');
  });
});

suite('speakers: the people a phrase opening the sentence names are not its "he" or "she"', () => {
  test('"Asked about X\'s form, he said", "Speaking of X, she added": the speaker goes on', () => {
    const text = '"We will come back," Tom Reed told reporters.\n\nAsked about Sam Cole\'s form, he said: "Sam is Sam. He will score."';
    assert.equal(speakerOf(text, 'Sam is Sam').name, 'Tom Reed');
    const her = 'Ana Ruiz, the mayor, spoke first. "The budget is tight," she said.\n\nReferring to Maria Lopez, her rival, she added: "She has no plan."';
    assert.equal(speakerOf(her, 'no plan').name, 'Ana Ruiz');
  });

  test('a name in the sentence before such a phrase still counts: "Sam Cole scored. He said …"', () => {
    const text = '"We will come back," Tom Reed told reporters.\n\nSam Cole scored twice. He said: "I feel sharp."';
    assert.equal(speakerOf(text, 'feel sharp').name, 'Sam Cole');
  });
});

suite('speakers: an unnamed witness a later pronoun goes on with', () => {
  test('"One victim … said … . "…," she said": the victim, not the judge named before', () => {
    const text = 'Judge Ann Price told him: "You lied."\n\nOne victim, a widow from Neath, said she had lost her savings. "I trusted him," she said.';
    const s = speakerOf(text, 'trusted him');
    assert.equal(s.name, null);
    assert.equal(s.mention, 'she');
  });
});

suite('speakers: "The court heard X did …, telling …" in a court report', () => {
  test('the participle goes on from the clause the court heard, not from the court', () => {
    const a = annotated('The court heard Gareth Pryce met his victims online, telling them he was a colonel.');
    const q = a.quotes.find((x) => x.text.startsWith('he was a colonel'));
    assert.ok(q, JSON.stringify(a.quotes.map((x) => x.text)));
    assert.equal(q.speakerName, 'Gareth Pryce');
    const jury = annotated('The jury heard that Tom Reed sent the messages and said he was sorry.');
    assert.equal(jury.quotes.find((x) => x.text.startsWith('he was sorry'))?.speakerName, 'Tom Reed');
  });
});

suite('speakers: a team\'s coach, manager and boss are one role', () => {
  test('"coach X … the manager said", "boss Y … the manager conceded"', () => {
    const text = 'City coach Ana Ruiz was pleased on Saturday. "We fought," the manager said.';
    assert.equal(speakerOf(text, 'fought').name, 'Ana Ruiz');
    assert.equal(speakerOf('Rovers boss Tom Reed was angry. "It is a blow," the Rovers manager conceded.', 'blow').name, 'Tom Reed');
  });
});

suite('speakers: a verb in a subordinate clause after a quote is no cue', () => {
  test('"…." His base was narrowing even before the war began: "began" does not sign the quote', () => {
    const text = '"I think he is finished," says Jane Ruiz, a historian. "These men do not retire to the coast." His base was narrowing even before the war began.';
    const found = speakerOf(text, 'retire');
    assert.notEqual(found.cue, 'began');
    assert.equal(found.name, 'Jane Ruiz');
  });
});

suite('speakers: a verb\'s plain form opening a name after a quote is no cue', () => {
  test('"…," State Department spokeswoman X said: the cue is "said", not "State"', () => {
    assert.deepEqual(speakerOf('"We are not done," State Department spokeswoman Maria Lopez said.', 'done'), { name: 'Maria Lopez', mention: 'Maria Lopez', cue: 'said' });
    assert.equal(speakerOf('"We are not done," Tell City mayor Maria Lopez said.', 'done').cue, 'said');
  });

  test('a past form before a name stays an inverted cue: "Replied Governor Ben Ross, “…”"', () => {
    assert.deepEqual(speakerOf('Mayor Ann Holt spoke first. Replied Governor Ben Ross, "We are not done."', 'done'), { name: 'Ben Ross', mention: 'Ben Ross', cue: 'Replied' });
  });
});

suite('speakers: a crowd in lower case opening the sentence chants what its participle quotes', () => {
  test('"Outside the hall, about 300 protesters gathered, holding signs and chanting “…”": the mention is the crowd', () => {
    const found = speakerOf('Outside the hall, about 300 protesters gathered in two groups, holding signs and chanting "Save the library."', 'library');
    assert.equal(found.mention, 'about 300 protesters');
    assert.equal(found.name, null);
  });

  test('a sentence opening with other lower-case words names no one: "Outside the hall, rain fell, …"', () => {
    assert.equal(speakerOf('Outside the hall, heavy rain fell on the signs reading "Save the library."', 'library').mention, null);
  });
});

suite('speakers: unseen-news slips (session 34 review)', () => {
  test('"the company said" is not an organization named in passing after a preposition ("polled by", "including", "at research firm")', () => {
    const text =
      'Norvale Foods Inc reported a rise in quarterly profit on Tuesday.\n\n' +
      'Analysts polled by Keystone Data had expected a smaller gain.\n\n' +
      'The company said it would open four new plants next year. It also announced a share buyback.';
    assert.equal(speakerOf(text, 'four new plants').name, 'Norvale Foods Inc');
    assert.equal(speakerOf(text, 'a share buyback').name, 'Norvale Foods Inc');
    const listed = 'Pellwood Labs unveiled a delivery drone on Monday.\n\n' +
      'The startup has raised money from investors including Arden Ventures. "The price is high," said Ruth Obi, an analyst at research firm Tallis.\n\n' +
      'The company said the drone would go on sale in March.';
    assert.equal(speakerOf(listed, 'go on sale in March').name, 'Pellwood Labs');
  });

  test('a company named in passing is still the one meant where it is named again, as a possessive, or in the same sentence', () => {
    const again = 'Investors have lost money on Brenmoor Pharma. Shares fell by half at Brenmoor Pharma on Tuesday.\n\nLater, the company said it would delay its annual report.';
    assert.equal(speakerOf(again, 'delay its annual report').name, 'Brenmoor Pharma');
    const possessive = 'Hal Myers runs a fund, Tarrow Capital. With a plunge in Brenmoor Pharma\'s shares on Tuesday, the pressure grew.\n\nThe company said it would delay its annual report.';
    assert.equal(speakerOf(possessive, 'delay its annual report').name, 'Brenmoor Pharma');
    const sentence = 'Files from the Orlin Party began circulating after it announced that its servers had been breached.';
    assert.equal(speakerOf(sentence, 'its servers had been breached').name, 'Orlin Party');
  });

  test('"the commission said" is a commission the text named, not the party named last', () => {
    const text =
      'The Electoral Commission said the count was complete. Amara Obi of the Unity Congress won the seat.\n\n' +
      'Turnout was low, the commission said.';
    assert.equal(speakerOf(text, 'Turnout was low').name, 'Electoral Commission');
    const unnamed = 'A state election commission met on Friday. Amara Obi of the Unity Congress won the seat.\n\nTurnout was low, the commission said.';
    assert.equal(speakerOf(unnamed, 'Turnout was low').name, null);
  });

  test('"the CEO" goes on with a chief executive, and "the chief executive" with a CEO', () => {
    const text = 'Chief Executive Dana Whitmore said sales had held up. "It is a core business," the CEO said.';
    assert.equal(speakerOf(text, 'core business').name, 'Dana Whitmore');
    const back = 'CEO Dana Whitmore said sales had held up. "It is a core business," the chief executive said.';
    assert.equal(speakerOf(back, 'core business').name, 'Dana Whitmore');
  });

  test('positions of American football, baseball and cricket go on like a footballer\'s: "the quarterback said", "the batsman said"', () => {
    const text = 'Josh Calder threw for 301 yards, but his late interception ended the comeback. "That\'s on me," the quarterback said.';
    assert.equal(speakerOf(text, 'on me').name, 'Josh Calder');
    const cricket = 'Tom Haddon made 142 off 119 balls. "I had to be patient," the batsman said.';
    assert.equal(speakerOf(cricket, 'be patient').name, 'Tom Haddon');
  });

  test('an age before a role no one was given is an epithet: "the 49-year-old former human rights lawyer said"', () => {
    const text = 'Kim Tae-yong spoke briefly to reporters outside his home. "It is too early," the 49-year-old former human rights lawyer said.';
    assert.deepEqual(speakerOf(text, 'too early'), { name: 'Kim Tae-yong', mention: 'the 49-year-old former human rights lawyer', cue: 'said' });
    const short = 'Kim Tae-yong spoke briefly to reporters. "It is too early," the 49-year-old politician said.';
    assert.equal(speakerOf(short, 'too early').name, 'Kim Tae-yong');
  });
});

suite('speakers: a headline\'s kicker before a colon', () => {
  test('"Review: ‘The Salt Road’ is …", "Analysis: …" name the piece\'s kind, no speaker; "Tyson: "…"" still a speaker', () => {
    const review = annotated('Review: ‘The Salt Road’ is a quiet film about a family');
    assert.ok(review.quotes.every((q) => q.speakerMention === null), JSON.stringify(review.quotes.map((q) => q.speakerMention)));
    const analysis = annotated('Analysis: "Too big to fail" returns to haunt the banks');
    assert.ok(analysis.quotes.every((q) => q.speakerMention === null), JSON.stringify(analysis.quotes.map((q) => q.speakerMention)));
    assert.equal(speakerOf('Mike Tyson: "I am done with boxing"', 'done with boxing').name, 'Mike Tyson');
  });
});

suite('speakers: a tally is no share of people', () => {
  test('"the bill that passed the Assembly 61-35 says nothing" has no speaker "35"; "42% say" still speaks', () => {
    const a = annotated('The bill that passed the Assembly 61-35 says nothing about who will enforce it.');
    assert.ok(a.quotes.every((q) => q.speakerMention?.text !== '35'), JSON.stringify(a.quotes.map((q) => q.speakerMention?.text)));
    assert.equal(speakerOf('Some 42% say the economy is weak.', 'economy is weak').mention, '42%');
  });
});

suite('speakers: a relative named before by the same words', () => {
  test('"his wife, Linda Miller, …" then "his wife said": Linda Miller', () => {
    const text = 'John Miller and his wife, Linda Miller, drove two hours to the rally. "We came because we care about the farm bill," his wife said.';
    assert.deepEqual(speakerOf(text, 'farm bill'), { name: 'Linda Miller', mention: 'his wife', cue: 'said' });
  });

  test('a wife never named stays unnamed, not one of two people sharing her surname', () => {
    const text = 'Tom Hughes and Sarah Hughes run a bakery in Leeds. "It is a disgrace," his wife added.';
    assert.equal(speakerOf(text, 'disgrace').name, null);
  });

  test('the same words naming two people name neither', () => {
    const text = 'Ed Hollis came with his wife, Ann Hollis. Later Tom Reed arrived with his wife, Jane Reed. "It was a long day," his wife said.';
    assert.equal(speakerOf(text, 'long day').name, null);
  });

  test('each "his wife said" weighs only the namings before it, each owner\'s words their own', () => {
    const text = 'Ed Hollis came with his wife, Ann Hollis. "It was long," his wife said. Tom Reed came with his wife, Jane Reed. "It was short," his wife said.';
    assert.equal(speakerOf(text, 'was long').name, 'Ann Hollis');
    assert.equal(speakerOf(text, 'was short').name, null);
    assert.equal(speakerOf('"It was long," his wife said. Ed Hollis came with his wife, Ann Hollis.', 'was long').name, null);
    const both = 'Ann Hollis came with her son, Tom Hollis, and his wife, Jane Hollis. "It was long," her son said. "It was cold," his wife said.';
    assert.equal(speakerOf(both, 'was long').name, 'Tom Hollis');
    assert.equal(speakerOf(both, 'was cold').name, 'Jane Hollis');
  });
});

suite('speakers: a participle\'s place is not its speaker', () => {
  test('"Residents marching through the town centre chanted "…"": the residents, not the town centre', () => {
    assert.equal(speakerOf('Residents marching through the town centre chanted "Save our hospital!" on Saturday.', 'hospital').mention, 'Residents');
    assert.equal(speakerOf('Supporters waving flags outside the court shouted "Free him now!" as the van left.', 'Free him').mention, 'Supporters');
  });
});

suite('speakers: "when …" before a quotation, and a medium before its noun', () => {
  test('"said in the spring, when the council email story broke, "…"": the sayer, and the time clause is nothing said', () => {
    const a = annotate('Lopez initially said in the spring, when the council email story broke, "I did not sign anything. There is no contract."', { documentDate: '2024-03-06' });
    assert.deepEqual(a.quotes.map((q) => [q.kind, q.speakerMention?.text ?? null]), [['direct', 'Lopez']]);
  });

  test('"the email story", "a text exchange": a medium before its noun is no verb of speech', () => {
    assert.equal(isReportingWordAt(tokenize('the email story broke'), 1), false);
    assert.equal(isReportingWordAt(tokenize('she will email reporters'), 2), true);
  });
});

suite('speakers: "his scathing remarks" is a noun phrase, no speaker', () => {
  test('an owner\'s pronoun and an adjective before "remarks" make it the noun: the next quotation is not "his scathing"\'s', () => {
    const text = 'Hollis was asked about the race. "I think she is finished," Hollis said.\n\nHollis continued his scathing remarks.\n\n"Ten years ago she was the favourite. Now nobody listens to her."';
    assert.notEqual(speakerOf(text, 'Ten years ago').mention, 'his scathing');
    // The verb still reports after a noun that could speak: "people familiar with her thinking say …".
    assert.equal(indirectOne('People familiar with her thinking say she now accepts the plan.').text, 'she now accepts the plan');
  });
});

suite('speakers: the body a role is of', () => {
  test('"the Arsenal manager" is not the manager the text gave another club', () => {
    const text = 'Rovers drew 1-1 at home.\n\n"We never stopped," City manager Tom Barnes said.\n\nOwen Pryce was angry with the referee, Sam Dale. "The penalty was wrong," the Arsenal manager told reporters.';
    assert.equal(speakerOf(text, 'penalty').name, 'Owen Pryce');
    // The same body, or one the text named in full, still refers back.
    assert.equal(speakerOf('"We never stopped," City manager Tom Barnes said. Owen Pryce was angry. "It was hard," the City manager said.', 'hard').name, 'Tom Barnes');
    assert.equal(speakerOf('Tom Barnes, manager of Kelford City, spoke first. "It was hard," the City manager said.', 'hard').name, 'Tom Barnes');
    assert.notEqual(speakerOf('Conservative leader Ann Lee spoke on Monday. "We will vote no," the Labour leader said.', 'vote no').name, 'Ann Lee');
  });
});

suite('speakers: a role no one holds after a sentence naming two people', () => {
  test('the subject, where the other named has a role of their own; not past someone asked', () => {
    assert.equal(speakerOf('Owen Pryce was angry with the referee, Sam Dale. "It was wrong," the Kelford boss said.', 'wrong').name, 'Owen Pryce');
    assert.notEqual(speakerOf('At the forum, Tom Barnes asked Governor Owen Pryce about his plans. "I will win," the candidate said.', 'I will win').name, 'Tom Barnes');
  });
});

suite('speakers: the focus of a cleft', () => {
  test('"It was the Prime Minister who answered. "…," he said": he is the Prime Minister, not the one named before', () => {
    const text = 'The opposition leader, Tom Barnes, asked about the waiting lists.\n\nIt was the Prime Minister who answered. "We have cut the lists by a third," he said.';
    const a = annotated(text);
    const q = a.quotes.find((x) => x.text.includes('cut the lists'));
    assert.ok(q);
    assert.notEqual(q.speakerName, 'Tom Barnes');
    // The Prime Minister the text named earlier.
    assert.equal(speakerOf(`Prime Minister Owen Pryce faced questions. ${text}`, 'cut the lists').name, 'Owen Pryce');
    // A name as the focus.
    assert.equal(speakerOf('Tom Barnes asked about the lists. It was Ann Lee who replied. "We will do more," she said.', 'do more').name, 'Ann Lee');
  });
});

suite('speakers: a name after "of" describes the body that speaks', () => {
  test('"the Freedom party of former president Tom Barnes said": the party speaks, not Tom Barnes', () => {
    const a = annotated('The Freedom party of former president Tom Barnes said it would back the law.');
    const q = a.quotes.find((x) => x.text.includes('back the law'));
    assert.ok(q);
    assert.notEqual(q.speakerName, 'Tom Barnes');
    assert.equal(speakerOf('Former president Tom Barnes said he was resting.', 'resting').name, 'Tom Barnes');
  });
});
