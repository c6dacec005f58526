import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import type { Quote } from '../../src/core/types';

// Reported speech in articles written for the purpose (court and inquiry reports, opinion
// columns, wire stories): who is told is not who speaks; a writer's hedge reports no one.

function quotes(text: string): Quote[] {
  return annotate(text, { documentDate: '2025-11-01' }).quotes;
}

function clauseHolding(text: string, words: string): Quote | undefined {
  return quotes(text).find((q) => q.kind === 'indirect' && q.text.includes(words));
}

suite('quotes: a passive "told" names who heard, not who spoke', () => {
  test('"…, the court was told": the court is no speaker', () => {
    const text = 'Dale Rudd, 51, denies fraud.\n\nThe roofer took cash from six pensioners, the court was told.';
    const q = clauseHolding(text, 'took cash');
    assert.ok(q !== undefined);
    assert.equal(q.speakerMention, null, JSON.stringify(q));
    assert.equal(q.speakerId, null);
  });
  test('a headline\'s "…, inquiry told", and its partial quote, have no speaker', () => {
    const text = 'Adviser \'did not read\' the memo, inquiry told\n\nThe hearing resumed on Monday with Ann Gale giving evidence.';
    const q = clauseHolding(text, 'Adviser');
    assert.ok(q !== undefined);
    assert.equal(q.speakerMention, null, JSON.stringify(q));
    const partial = quotes(text).find((p) => p.kind === 'partial');
    assert.ok(partial !== undefined);
    assert.equal(partial.speakerMention, null, JSON.stringify(partial));
  });
  test('"…, MPs told" in a headline; an active "X told reporters" still speaks', () => {
    const q = clauseHolding('Rail fares will rise again, MPs told\n\nThe committee met on Tuesday.', 'Rail fares');
    assert.ok(q !== undefined);
    assert.equal(q.speakerMention, null, JSON.stringify(q));
    const a = clauseHolding('The port will reopen. Harbour master Neil Carr told reporters the port would reopen on Friday.', 'reopen on Friday');
    assert.ok(a !== undefined && a.speakerName === 'Neil Carr', JSON.stringify(a));
  });
});

suite('quotes: a writer\'s "is to say" hedge reports no one', () => {
  test('"None of this is to say that …", "That is to say", "It is fair to say"', () => {
    assert.equal(clauseHolding('Shops are busy again. None of this is to say that trading is easy for them.', 'trading is easy'), undefined);
    assert.equal(clauseHolding('Prices rose. It is fair to say that the budget failed its first test.', 'budget failed'), undefined);
    assert.equal(clauseHolding('Rents rose. This is not to say the council was wrong to act.', 'council was wrong'), undefined);
  });
  test('a person "wrong to say", a minister "is to say" still report', () => {
    const q = clauseHolding('Ana Reyes said Tom Kerr was wrong to say the bridge was unsafe.', 'bridge was unsafe');
    assert.ok(q !== undefined, 'a person\'s words');
    const m = clauseHolding('The chancellor is to say in a speech that taxes will fall.', 'taxes will fall');
    assert.ok(m !== undefined, 'planned words');
  });
});

suite('quotes: a report nested in another speaker\'s clause does not take over "she"', () => {
  test('"Grey said Pike told his victims …. "…," she said": the prosecutor speaks', () => {
    const text = 'Dean Pike, 44, denies fraud.\n\nProsecutor Alison Grey said Pike told his victims their roofs were unsafe.\n\n"He picked people who lived alone," she said.';
    const q = quotes(text).find((x) => x.kind === 'direct');
    assert.ok(q !== undefined && q.speakerName === 'Alison Grey', JSON.stringify(q));
  });
  test('a named person reporting on their own still goes on: "Pike told police …. "…," he said"', () => {
    const text = 'Ruth Lane chaired the hearing.\n\nDean Pike told police the roofs were unsafe.\n\n"I only wanted to help," he said.';
    const q = quotes(text).find((x) => x.kind === 'direct');
    assert.ok(q !== undefined && q.speakerName === 'Dean Pike', JSON.stringify(q));
  });
});

suite('quotes: people placed in a region speak, not the region', () => {
  function mention(text: string, words: string): string | undefined {
    return clauseHolding(text, words)?.speakerMention?.text;
  }
  test('"Fishermen in northern Sri Lanka say", "Residents of eastern Aleppo say"', () => {
    assert.equal(mention('Boats were seized.\n\nFishermen in northern Sri Lanka say the trawlers come at night.', 'trawlers come'), 'Fishermen in northern Sri Lanka');
    assert.equal(mention('Shops reopened.\n\nResidents of eastern Aleppo say the shelling has stopped.', 'shelling has stopped'), 'Residents of eastern Aleppo');
  });
  test('"Farmers in the Indian state of Punjab say", "The governor of northern Kivu said"', () => {
    assert.equal(mention('Prices fell.\n\nFarmers in the Indian state of Punjab say the rains came late.', 'rains came late'), 'Farmers in the Indian state of Punjab');
    assert.equal(mention('Troops moved.\n\nThe governor of northern Kivu said the army had left the town.', 'army had left'), 'The governor of northern Kivu');
  });
});

suite('quotes: words that only look like a report', () => {
  test('"he said outside court": where it was said is nothing said', () => {
    const text = '"We will keep fighting," Jo Mead said outside court. "This is not over."';
    assert.equal(quotes(text).filter((q) => q.kind === 'indirect').length, 0, JSON.stringify(quotes(text)));
  });
  test('"no confirmed deaths", "no reported cases": a participle describing a noun', () => {
    assert.equal(clauseHolding('The quake shook Lima. There are no confirmed deaths in the capital so far.', 'deaths'), undefined);
    assert.equal(clauseHolding('Rain fell. So far there have been no reported cases of looting in the town.', 'looting'), undefined);
  });
  test('"added the pill to its list", "added a third goal": a thing added', () => {
    assert.equal(clauseHolding('The agency added the pill to its list of essential medicines.', 'pill'), undefined);
    assert.equal(clauseHolding('Leeds led at the break. Dan Cole added a third goal in the second half.', 'third goal'), undefined);
    const q = clauseHolding('Dan Cole spoke after the match. He added the pitch had been poor.', 'pitch had been poor');
    assert.ok(q !== undefined);
  });
  test('"she no longer felt": the subject stands before "no longer"', () => {
    const q = quotes('Ann Lee was burgled in May. She no longer felt safe at home.').find((x) => x.cue?.text === 'felt');
    assert.ok(q !== undefined && q.speakerMention?.text === 'She', JSON.stringify(q));
  });
});

suite('quotes: the listener after "told" is no part of what was said', () => {
  test('"told local radio that …", "told state television …"', () => {
    const q = clauseHolding('Roads were shut.\n\nA farmer told local radio that the river had burst its banks.', 'river had burst');
    assert.ok(q !== undefined && q.text.startsWith('that the river'), JSON.stringify(q));
  });
  test('"told the Covid inquiry he …", "told an Iowa audience that …"', () => {
    const q = clauseHolding('Lord Hale gave evidence.\n\nLord Hale told the Covid inquiry he had not seen the contract.', 'not seen');
    assert.ok(q !== undefined && q.text.startsWith('he had not'), JSON.stringify(q));
    const q2 = clauseHolding('Meg Ward toured the state.\n\nMeg Ward told an Iowa audience that farm prices would recover.', 'farm prices');
    assert.ok(q2 !== undefined && q2.text.startsWith('that farm'), JSON.stringify(q2));
  });
});

suite('quotes: a noun of speech before its own verb reports nothing', () => {
  test('"Private sector credit grew", "His call drew criticism"', () => {
    assert.equal(clauseHolding('Rates were cut. Private sector credit grew by just 2% in the year to June.', 'grew'), undefined);
    assert.equal(clauseHolding('He wants a ban. His call drew the ire of several ministers.', 'ire'), undefined);
  });
  test('"The question is whether …" still reads what follows; "voters blame the mayor" reports', () => {
    assert.ok(clauseHolding('Polls close at ten. The question is whether turnout will hold up in the north.', 'turnout') !== undefined);
    assert.ok(clauseHolding('Roads flooded again. Voters blame the mayor for the delays.', 'mayor') !== undefined);
  });
});

suite('quotes: a match official speaks by role', () => {
  test('"said the French umpire", "the referee said": the official, not the nation', () => {
    const umpire = quotes('"Play on," said the French umpire.').find((q) => q.kind === 'direct');
    assert.equal(umpire?.speakerMention?.text, 'the French umpire');
    const referee = quotes('"It was a penalty," the Dutch referee said.').find((q) => q.kind === 'direct');
    assert.equal(referee?.speakerMention?.text, 'the Dutch referee');
  });
});

suite('quotes: "The truth, as X told me, is that …"', () => {
  test('the clause opens at "that", the aside\'s copula left out', () => {
    const q = clauseHolding('The truth, as Mayor Ann Lowe told me last week, is that the town cannot pay.', 'cannot pay');
    assert.equal(q?.text, 'that the town cannot pay');
    assert.equal(q?.speakerName, 'Ann Lowe');
  });
});

suite('quotes: a document "that said" or "that read"', () => {
  test('"held a placard that read: "…"": the placard, not the last speaker', () => {
    const text = 'Ms Ruth Dale replied: "Of course."\n\nOne protester held a placard that read: "Books not budgets".';
    const placard = quotes(text).find((q) => q.text.includes('Books'));
    assert.equal(placard?.speakerMention?.text, 'a placard');
    assert.equal(placard?.speakerId, null);
  });
  test('"X released a marketing video that said, "…"": whoever issued it speaks, words between article and noun and all', () => {
    const text = 'Ms Ruth Dale spoke first.\n\nIn selling the flats, Tom Hale released a glossy marketing video that said, "Every home is a palace."';
    const video = quotes(text).find((q) => q.text.includes('palace'));
    assert.equal(video?.speakerName, 'Tom Hale');
    // The words before the comma are no report of the video's.
    assert.equal(clauseHolding(text, 'selling the flats'), undefined);
  });
  test('"is releasing a new 30-second ad that urges voters to "…"": the issuer urges, not the voters', () => {
    const text = 'Senator Ann Lowe is releasing a new 30-second ad that urges voters in Ohio to "send a message" to the banks.';
    assert.equal(quotes(text).find((q) => q.kind === 'partial')?.speakerName, 'Ann Lowe');
  });
});

suite('quotes: a participle\'s phrase before the cue reports nothing', () => {
  test('"Standing before the judge, Jones said, "…"": the quotation only, no clause "Standing before the judge"', () => {
    const text = 'Standing before the judge, Tom Hale said, "I am sorry for what I did."';
    assert.deepEqual(quotes(text).map((q) => q.kind), ['direct']);
    assert.deepEqual(quotes('Lamenting their luck, the fans often say, "Next year."').map((q) => q.kind), ['direct']);
  });
  test('a gerund subject with a verb of its own is a clause: "Seeing her brother suffer led her to quit, she said."', () => {
    assert.equal(clauseHolding('Seeing her brother suffer led her to quit smoking, Ann Lowe said.', 'led her')?.speakerName, 'Ann Lowe');
  });
});
