import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import type { Quote } from '../../src/core/types';

// Session 40 (quotes40a): quotes cut at their start, noun phrases after a speech verb, role
// nouns that speak after the verb.

function quotes(text: string): Quote[] {
  return annotate(text, { documentDate: '2026-11-28' }).quotes;
}

function marked(text: string): Quote[] {
  return quotes(text).filter((q) => q.kind !== 'indirect');
}

function only(text: string): Quote {
  const found = marked(text);
  assert.equal(found.length, 1, JSON.stringify(found.map((q) => q.text)));
  return found[0];
}

suite('quotes: a quote opening with an ellipsis', () => {
  test('a cut quote signed after it is its speaker\'s direct quote: "…we will win this," she said', () => {
    const q = only('Mayor Ann Lee spoke at the rally. "…we will win this," she said.');
    assert.equal(q.kind, 'direct');
    assert.equal(q.speakerName, 'Ann Lee');
  });

  test('three full stops open it as well as the one character: "...and that is why we stay," he said', () => {
    const q = only('Tom Hart answered his critics. "...and that is why we stay," he said.');
    assert.equal(q.kind, 'direct');
    assert.equal(q.speakerName, 'Tom Hart');
  });

  test('spaced full stops and curly marks: “. . . and so we wait,” the minister said', () => {
    assert.equal(only('Finance Minister Rosa Diaz was calm. “. . . and so we wait,” the minister said.').kind, 'direct');
  });

  test('after a colon the cut quote is a sentence of the speaker\'s: She said: "…we will win this."', () => {
    const q = only('Ann Lee spoke on Friday. She said: "…we will win this."');
    assert.equal(q.kind, 'direct');
    assert.equal(q.speakerName, 'Ann Lee');
  });

  test('a cut quote standing as its own sentence is direct: "…we will win this."', () => {
    assert.equal(only('Ann Lee spoke on Friday. "…we will win this."').kind, 'direct');
  });

  test('inside the writer\'s sentence the ellipsis makes no sentence: She said the club was "...a family."', () => {
    assert.equal(only('Ann Lee spoke on Friday. She said the club was "...a family."').kind, 'partial');
  });

  test('after a comma that goes on with the reported clause it stays partial: said it would stay, "...because …"', () => {
    assert.equal(only('Ann Lee spoke on Friday. She said the club would stay, "...because we are a family."').kind, 'partial');
  });
});

suite('quotes: a lower-case noun phrase after a speech verb', () => {
  test('the name a speaker called something is partial: called the plan "a disgrace to the nation."', () => {
    const q = only('Senator Bob Dole called the plan "a disgrace to the nation."');
    assert.equal(q.kind, 'partial');
    assert.equal(q.speakerName, 'Bob Dole');
  });

  test('so is what a speaker described it as: described it as "a mess"', () => {
    assert.equal(only('Bob Dole described it as "a mess" on Monday.').kind, 'partial');
  });

  test('right after the verb a noun phrase ending the sentence is still partial: She tweeted "a total disaster for our city."', () => {
    assert.equal(only('Ann Lee spoke on Monday. She tweeted "a total disaster for our city."').kind, 'partial');
    assert.equal(only('Ann Lee spoke on Monday. She said "his finest hour."').kind, 'partial');
  });

  test('a clause in lower case right after the verb stays direct: She said "the wind is at our backs."', () => {
    assert.equal(only('Ann Lee spoke on Monday. She said "the wind is at our backs."').kind, 'direct');
    assert.equal(only('Ann Lee spoke on Monday. She said "there is no way back."').kind, 'direct');
  });
});

suite('quotes: a role noun speaking after the verb', () => {
  test('the whole role phrase is the speaker mention, resolved to the person the text gave the role: "…," said the designer', () => {
    const q = only('Jane Roe, the designer, unveiled the gown in Paris. Critics including Mark Bell praised it. "It took two years," said the designer.');
    assert.equal(q.speakerMention?.text, 'the designer');
    assert.equal(q.speakerName, 'Jane Roe');
  });

  test('a role the text gave with "a" and a place is referred back to by "the": Li Wei, a chef at Noma … the chef said', () => {
    const q = only('Li Wei, a chef at Noma, opened the restaurant. Mark Bell praised it. "It took two years," the chef said.');
    assert.equal(q.speakerName, 'Li Wei');
  });

  test('a known role resolves as before: The coach, Sam Allard, … "…," said the coach', () => {
    const q = only('The coach, Sam Allard, was furious. Striker Tom Hart scored the only goal. "We were poor," said the coach.');
    assert.equal(q.speakerMention?.text, 'the coach');
    assert.equal(q.speakerName, 'Sam Allard');
  });

  test('no one given the role: the phrase speaks, no other nearby name does', () => {
    const q = only('Jane Roe unveiled the gown. Mark Bell, the critic, praised it. "It took two years," said the designer.');
    assert.equal(q.speakerMention?.text, 'the designer');
    assert.equal(q.speakerName ?? null, null);
  });

  test('the role phrase stops before an adverb, a time word or a participle: said the retired designer known as Jay', () => {
    assert.equal(only('Jane Roe unveiled the gown. "It took two years," said the designer proudly.').speakerMention?.text, 'the designer');
    assert.equal(only('Jane Roe unveiled the gown. "It took two years," said the retired designer known as Jay.').speakerMention?.text, 'the retired designer');
    assert.equal(only('Jane Roe unveiled the gown. "It took two years," said the award-winning designer of the gown.').speakerMention?.text, 'the award-winning designer');
  });
});

suite('quotes: an acronym spelled like a relative word', () => {
  test('"the WHO said" is the organization speaking, no relative clause', () => {
    const q = only('The World Health Organization issued a warning. "The risk is high," the WHO said in a statement.');
    assert.equal(q.speakerName, 'World Health Organization');
    const reported = quotes('The World Health Organization issued a warning. The WHO said the risk was high.');
    assert.equal(reported[0]?.speakerName, 'World Health Organization');
  });

  test('"who" in lower case still opens a relative clause: Officials who spoke to the WHO said …', () => {
    const reported = quotes('Officials who spoke to the WHO said the risk was high.');
    assert.equal(reported[0]?.speakerMention?.text, 'Officials');
  });
});

suite('quotes: a relative known only through another person', () => {
  test('"she" after "Clarke\'s sister said" is the sister, not Emma Clarke named before', () => {
    const found = marked('Emma Clarke, 34, was jailed on Monday. Outside court, Clarke\'s sister said the family was devastated. "Emma is not a bad person," she said.');
    const q = found.find((x) => x.text.startsWith('"Emma'))!;
    assert.equal(q.speakerName ?? null, null);
    assert.equal(q.speakerMention?.text, 'she');
  });

  test('so with a possessive pronoun: her mother … "…," she said', () => {
    const q = only('Emma Reed, 34, was jailed. Outside court, her mother said the family was devastated. "Emma is not a bad person," she said.');
    assert.equal(q.speakerName ?? null, null);
  });

  test('a relative named after a comma speaks by the name: Reed\'s wife, Ann, said …', () => {
    assert.equal(only('Tom Reed, 34, was jailed. Outside court, Reed\'s wife, Ann, said the family was devastated. "Tom is not a bad person," she said.').speakerName, 'Ann');
  });

  test('a possessed noun of no gender leaves the pronoun to the named person: Her lawyer said … "…," she said', () => {
    assert.equal(only('Emma Reed, 34, was jailed. Her lawyer said the case was weak. "I am innocent," she said.').speakerName, 'Emma Reed');
  });
});

suite('quotes: a speaker described by whom they act for', () => {
  test('the lawyer speaks, not the family: A lawyer representing the family said …', () => {
    assert.equal(quotes('A lawyer representing the family said the police had lied.')[0]?.speakerMention?.text, 'A lawyer');
    assert.equal(quotes('The union representing the workers called the decision "a betrayal".')[0]?.speakerMention?.text, 'The union');
  });

  test('"acting for", "speaking on behalf of": the one named after it does not speak', () => {
    const q = quotes('Solicitors acting for Ann Lee said she would appeal.')[0];
    assert.equal(q?.speakerMention?.text, 'Solicitors');
    assert.equal(q?.speakerName ?? null, null);
    assert.equal(quotes('A spokesman speaking on behalf of the family said they were grateful.')[0]?.speakerMention?.text, 'A spokesman');
  });

  test('a name set off after the phrase still speaks: The man acting for Ann Lee, Tom Bell, said …', () => {
    assert.equal(quotes('The man acting for Ann Lee, Tom Bell, said she would appeal.')[0]?.speakerName, 'Tom Bell');
  });
});

suite('quotes: a surname spelled like a reporting verb after a title', () => {
  test('"…," Dr. Grant said: Grant is the speaker, "said" the cue', () => {
    const q = only('Dr. Lisa Grant runs the clinic. "Our staff worked 18-hour shifts," Dr. Grant said.');
    assert.equal(q.cue?.text, 'said');
    assert.equal(q.speakerName, 'Lisa Grant');
  });

  test('so after "Ms." and an initial: Ms. Warn said, Ulysses S. Grant', () => {
    assert.equal(only('Ann Warn runs the clinic. "Our staff worked hard," Ms. Warn said.').speakerName, 'Ann Warn');
    assert.equal(quotes('He met Ulysses S. Grant. Then he said the war was over.')[0]?.cue?.text, 'said');
  });
});

suite('quotes: a plural possessive inside a quotation in single marks', () => {
  test('‘We understand residents’ frustration …’: the apostrophe closes nothing', () => {
    const q = only('A council spokeswoman said: ‘We understand residents’ frustration and are working to resolve the issues.’');
    assert.equal(q.text, '‘We understand residents’ frustration and are working to resolve the issues.’');
    assert.equal(q.kind, 'direct');
  });

  test('straight marks too, and before the cue: \'The players\' attitude was superb,\' the coach said', () => {
    assert.equal(only("'The players' attitude was superb,' the coach said.").text, "'The players' attitude was superb,'");
  });

  test('a quote ending in s before "and" and another quote still closes: He said \'yes\' and she said \'no\'', () => {
    assert.deepEqual(marked("He said 'yes' and she said 'no'.").map((q) => q.text), ["'yes'", "'no'"]);
  });
});

suite('quotes: a plural listener before a clause with no "that"', () => {
  test('told investors the company would …: the listener is no part of what was said', () => {
    assert.equal(quotes('Elon Musk told investors the company would launch a cheaper model.')[0]?.text, 'the company would launch a cheaper model');
    assert.equal(quotes('She told colleagues she would resign.')[0]?.text, 'she would resign');
    assert.equal(quotes('Teachers told parents the school would close.')[0]?.text, 'the school would close');
  });

  test('a plural of things told keeps its place: He told stories his father had told him', () => {
    assert.equal(quotes('He told stories his father had told him.')[0]?.text, 'stories his father had told him');
  });
});

suite('quotes: a speaker named by an owner\'s phrase', () => {
  test('The prime minister\'s spokesman said …: the whole phrase, not "minister\'s spokesman"', () => {
    assert.equal(quotes('The prime minister\'s spokesman said Downing Street would not comment.')[0]?.speakerMention?.text, 'The prime minister\'s spokesman');
    assert.equal(quotes('But the local council\'s chief executive said the cuts were needed.')[0]?.speakerMention?.text, 'the local council\'s chief executive');
  });
});

suite('quotes: a name called on the telephone', () => {
  test('urged to call Crime Stoppers.: someone telephoned, nothing reported', () => {
    assert.deepEqual(quotes('Anyone with information is urged to call Crime Stoppers.').map((q) => q.text), []);
    assert.deepEqual(quotes('Obama called Merkel on Friday.').map((q) => q.text), []);
    assert.deepEqual(quotes('The brewery made a special beer called Swing State Pale Ale.').map((q) => q.text), []);
  });

  test('a name called something is still reported: Trump called Clinton a liar; a call made to say something too', () => {
    assert.equal(quotes('Trump called Clinton a liar.')[0]?.text, 'Clinton a liar');
    assert.equal(quotes('She called Sanders on Friday to congratulate him.')[0]?.kind, 'indirect');
  });
});

suite('quotes: an owner\'s role after the verb, and a name with its letters set off after it', () => {
  test('"…," said their barrister, Patrick Green KC.: the name set off speaks', () => {
    assert.equal(only('Lawyers welcomed the ruling. "Our clients have waited years for this," said their barrister, Patrick Green KC.').speakerName, 'Patrick Green');
    assert.equal(only('Lawyers welcomed the ruling. "Our clients have waited years," said the barrister, Patrick Green KC, outside court.').speakerName, 'Patrick Green');
  });

  test('an owner\'s role with no name is the whole phrase: "…," said their barrister.', () => {
    assert.equal(only('Lawyers welcomed the ruling. "Our clients have waited years," said their barrister.').speakerMention?.text, 'their barrister');
  });
});

suite('quotes: roles referred back to by another noun', () => {
  test('Mr Justice Fraser … the judge said', () => {
    const found = marked('Mr Justice Fraser said the case raised "serious questions". "The evidence I have heard is troubling," the judge said.');
    assert.equal(found.find((q) => q.kind === 'direct')?.speakerName, 'Fraser');
  });

  test('the planemaker, the think tank, the charity: bodies the text named', () => {
    assert.equal(marked('Boeing said on Wednesday that it had reached a deal with its union. "This agreement reflects our commitment," the planemaker said.')[0].speakerName, 'Boeing');
    assert.equal(only('The Resolution Foundation published a report. "The squeeze is far from over," the think tank said.').speakerName, 'Resolution Foundation');
  });

  test('a rugby position names the player last named: Captain Harry Wilson agreed. "…," the back-rower said', () => {
    assert.equal(only('Ireland won 22-12. Captain Harry Wilson agreed. "We let ourselves down," the back-rower said.').speakerName, 'Harry Wilson');
  });
});

suite('quotes: a relative clause between the speaker and the cue after a quote', () => {
  test('“…,” the whistleblower, who asked not to be named, told The Times: the cue is "told"', () => {
    const q = only('“They were hiding the figures,” the whistleblower, who asked not to be named, told The Times.');
    assert.equal(q.cue?.text, 'told');
    assert.equal(q.speakerMention?.text, 'the whistleblower');
  });

  test('with no verb after the clause the cue stays where it was: "…," said Ann Lee, who asked not to be named.', () => {
    assert.equal(only('“We lost,” said Ann Lee, who asked not to be named.').cue?.text, 'said');
  });
});

suite('quotes: a speaker described by what befell them', () => {
  test('The mother of a teenager killed in a crash has called for …: not "a crash"', () => {
    assert.equal(quotes('The mother of a teenager killed in a crash has called for tougher laws.')[0]?.speakerMention?.text, 'The mother of a teenager');
  });

  test('"…," a man injured in the blast said: the man, not the blast', () => {
    assert.equal(only('"It was chaos," a man injured in the blast said.').speakerMention?.text, 'a man');
    assert.equal(quotes('Residents trapped by the floods said help was slow.')[0]?.speakerMention?.text, 'Residents');
  });
});
