import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import type { Quote } from '../../src/core/types';
import { analyzeText } from '../../src/core/text/analyzedText';
import { findNamesWithTagger } from '../../src/core/names/taggedNameFinder';

// Wire, court, transport, technology and Australian politics copy written for the purpose:
// the words around a reporting verb, bodies named beside their kind, and the dates a
// programme's name holds. Every sentence here is written for the test.

const read = (text: string) => annotate(text, { documentDate: '2026-11-30' });
const quotes = (text: string): Quote[] => read(text).quotes;
const texts = (text: string): string[] => quotes(text).map((q) => q.text);

suite('"the company" after rivals named in passing', () => {
  test('"weeks after rivals OpenAI and Google DeepMind …. The company … said": the company the story is about, not a rival', () => {
    const text = 'Anthropic said on Tuesday it had released a new version of its model, weeks after rivals OpenAI and Google DeepMind unveiled their own upgrades. The company, which is backed by Amazon, said the model was better at writing code.';
    const q = quotes(text).find((x) => x.text === 'the model was better at writing code');
    assert.equal(q?.speakerName, 'Anthropic');
  });
});

suite('reported speech: what stands between the verb and its clause', () => {
  test('"said on Sunday the company cut jobs", "said on Monday his party won": after when it was said, a clause whose verb is a past form not in -ed', () => {
    assert.ok(texts('The minister said on Sunday the company cut jobs.').includes('the company cut jobs'), texts('The minister said on Sunday the company cut jobs.').join(' | '));
    assert.ok(texts('Javier Milei said on Monday his party won.').includes('his party won'));
    // A long subject: its verb further on.
    assert.ok(texts('Javier Milei said on Sunday his party\'s win in the midterm elections gave him a mandate.').some((t) => t.startsWith('his party\'s win in the midterm elections gave him')));
  });
  test('"said late Friday that …", "said early on Monday that …": the time is no part of what was said', () => {
    assert.ok(texts('The prime minister said late Friday that the talks would go on.').includes('that the talks would go on'), texts('The prime minister said late Friday that the talks would go on.').join(' | '));
    assert.ok(texts('The mayor said early on Monday that the roads would reopen.').includes('that the roads would reopen'));
    // "late" before no time word is the clause's own: "late payments".
    assert.ok(texts('The bank said late payments had risen sharply.').includes('late payments had risen sharply'));
  });
  test('"told BBC Radio 4\'s Today programme that …": the whole programme is the listener, the clause starts at "that"', () => {
    const text = 'The union leader told BBC Radio 4\'s Today programme that members were angry.';
    assert.ok(texts(text).includes('that members were angry'), texts(text).join(' | '));
    const theBbc = 'The union leader told the BBC\'s Today programme that members were angry.';
    assert.ok(texts(theBbc).includes('that members were angry'), texts(theBbc).join(' | '));
    // A relative "that" after the listener still opens nothing ("told a story that …" is no clause of telling).
    assert.ok(!texts('He told a story that nobody believed.').includes('that nobody believed'));
  });
  test('"promised Tuesday to eliminate …": a day right after the verb is when, not the listener of a directive', () => {
    assert.ok(texts('Pierre Lavoie promised Tuesday to eliminate the carbon tax.').includes('to eliminate the carbon tax'), texts('Pierre Lavoie promised Tuesday to eliminate the carbon tax.').join(' | '));
    // A listener before the directive stays in it.
    assert.ok(texts('The senator urged him on Monday to resign.').some((t) => t.startsWith('him')));
  });
  test('"are advised to check before they travel": the subject after "before" opens its own clause, nothing reported', () => {
    assert.ok(!quotes('Passengers are advised to check before they travel.').some((q) => q.text === 'they travel'));
    assert.ok(!quotes('Residents were urged to leave before they lost power.').some((q) => q.text === 'they lost power'));
    // After "asked", "if" opens the question asked.
    assert.ok(texts('The host asked the senator during a radio chat if she would back the bill.').some((t) => t.includes('she would back the bill')));
  });
  test('"Rival BP, which reported on Tuesday, disappointed investors": a verb of speech in a relative clause, then when, then the sentence\'s own verb, reports nothing', () => {
    assert.deepEqual(texts('Rival BP, which reported on Tuesday, disappointed investors with a 30% drop in profit.'), []);
    // A cue set off by commas inside a clause still reports it.
    assert.ok(texts('The plan, he said Tuesday, was unworkable.').length > 0);
  });
  test('"His office declined to comment on X": one refusal, no second quote about X inside it; nor is the refusal the cue of the quote before', () => {
    const text = 'Benjamin Lowe said that Israel would "not stop until all our goals are achieved." His office declined to comment on the Cairo meeting.';
    const found = quotes(text);
    assert.ok(!found.some((q) => q.text === 'the Cairo meeting'), JSON.stringify(found.map((q) => q.text)));
    assert.ok(found.some((q) => q.text === 'to comment on the Cairo meeting'));
    const partial = found.find((q) => q.kind === 'partial');
    assert.equal(partial?.cue?.text, 'said');
  });
});

suite('speakers: the company a description names', () => {
  test('"The London-based company said": where a company sits is no word of its name, so it is the company named before', () => {
    const found = quotes('Tesco cut prices on Monday, the company said. The London-based company said sales rose.');
    assert.equal(found.find((q) => q.text === 'sales rose')?.speakerName, 'Tesco');
  });
  test('"The Seattle company said": a city before a firm noun says where the company is, the company is the one named before', () => {
    const a = read('Amazon cut prices on Monday. The Seattle company said profits rose.');
    assert.ok(!a.organizations.some((o) => o.name === 'Seattle'), JSON.stringify(a.organizations.map((o) => o.name)));
    assert.ok(a.places.some((l) => l.name === 'Seattle'));
    assert.equal(a.quotes.find((q) => q.text === 'profits rose')?.speakerName, 'Amazon');
  });
  test('"the Aslef union … the union has confirmed": a body named with the noun after its name is what the noun stands for', () => {
    const found = quotes('Drivers will strike on Tuesday after talks between the Aslef union and operators broke down, the union has confirmed.');
    assert.equal(found.find((q) => q.text.startsWith('Drivers will strike'))?.speakerName, 'Aslef');
  });
  test('"the online retail giant", "the startup": nouns business copy uses for a company', () => {
    const text = 'Amazon, the online retailer, reported a profit on Thursday. The online retail giant said sales rose in every region.';
    assert.equal(quotes(text).find((q) => q.text.includes('sales rose'))?.speakerName, 'Amazon');
    const startup = 'Brightwave Inc. released a model on Monday. The startup said the model would ship in May.';
    assert.equal(quotes(startup).find((q) => q.text.includes('would ship'))?.speakerName, 'Brightwave Inc.');
  });
});

suite('speakers: "the company" is the one the story is about', () => {
  test('a rival named once in an earlier paragraph is not "the company" of a story that names its own company more often', () => {
    const text = 'Brightwave launches new model\n\nBrightwave on Monday released a new model, the startup said.\n\n"We built it for developers," Ana Ruiz, Brightwave\'s chief executive, said.\n\nShares of Nvidia, whose chips power most training, rose 2%.\n\nThe company said the model would be available from Dec. 15.';
    assert.equal(quotes(text).find((q) => q.text.includes('available from'))?.speakerName, 'Brightwave');
  });
  test('a company named once in the same paragraph is still "the company" there', () => {
    const text = 'Brightwave on Monday released a new model.\n\nBrightwave said its sales rose.\n\nTom Reed worked at Vanguard Logistics Services in Belgium. The company confirmed he was on the plane.';
    assert.equal(quotes(text).find((q) => q.text.includes('on the plane'))?.speakerName, 'Vanguard Logistics Services');
  });
});

suite('names: bodies, districts and people by the words around them', () => {
  test('"The Greens leader, Larissa Waters, said": the party is a body, the leader set off by commas a person', () => {
    const a = read('The Greens leader, Larissa Waters, said both major parties were failing renters.');
    assert.ok(a.people.some((p) => p.name === 'Larissa Waters'), JSON.stringify(a.people.map((p) => p.name)));
    assert.ok(!a.organizations.some((o) => o.name === 'Larissa Waters'));
    assert.ok(a.organizations.some((o) => o.name === 'Greens'), JSON.stringify(a.organizations.map((o) => o.name)));
  });
  test('"Alphabet\'s Google and OpenAI": a parent in the possessive before a known company is a company, not a person; "Bush\'s Facebook post" keeps its person', () => {
    const a = read('Alphabet\'s Google and OpenAI have both released updated models.');
    assert.ok(!a.people.some((p) => p.name === 'Alphabet'), JSON.stringify(a.people.map((p) => p.name)));
    assert.ok(a.organizations.some((o) => o.name === 'Alphabet') && a.organizations.some((o) => o.name === 'Google'), JSON.stringify(a.organizations.map((o) => o.name)));
    const post = read('From Bush\'s Facebook post: the party must unite.');
    assert.ok(!post.organizations.some((o) => o.name === 'Bush'), JSON.stringify(post.organizations.map((o) => o.name)));
  });
  test('"on Coventry Road, Small Heath,": after a street and its comma, a name with no given name is its district', () => {
    const a = read('The boy was attacked on Coventry Road, Small Heath, at about 15:20 on Thursday.');
    assert.ok(!a.people.some((p) => p.name === 'Small Heath'), JSON.stringify(a.people.map((p) => p.name)));
    assert.ok(a.places.some((l) => l.name === 'Small Heath'), JSON.stringify(a.places.map((l) => l.name)));
    // A given name after the comma is a person still.
    assert.ok(read('The shop on Church Street, Sarah Jones said, was closed.').people.some((p) => p.name === 'Sarah Jones'));
  });
  test('"between Cardiff and Merthyr Tydfil": a town\'s whole name the gazetteer knows, none of its words a given name, is no person', () => {
    const a = read('Rail services between Cardiff and Merthyr Tydfil were suspended until midday.');
    assert.ok(!a.people.some((p) => p.name === 'Merthyr Tydfil'), JSON.stringify(a.people.map((p) => p.name)));
    assert.ok(a.places.some((l) => l.name === 'Merthyr Tydfil'), JSON.stringify(a.places.map((l) => l.name)));
  });
  test('"Independent TD Verona Murphy", "SNP MSP Kate Forbes": a member\'s title before a name is no body\'s word; the person is named', () => {
    const a = read('The row erupted when Independent TD Verona Murphy accused ministers of ignoring promises.');
    assert.ok(a.people.some((p) => p.name === 'Verona Murphy'), JSON.stringify(a.people.map((p) => p.name)));
    assert.ok(!a.organizations.some((o) => o.name.includes('Murphy')), JSON.stringify(a.organizations.map((o) => o.name)));
  });
  test('"Business Unity South Africa (BUSA)": words before a country that its acronym takes in name a body; "the Democratic Republic of Congo (DRC)" stays a country', () => {
    const a = read('Business Unity South Africa (BUSA) chief executive Cas Coovadia said the cuts would hurt.');
    assert.ok(a.organizations.some((o) => o.name === 'Business Unity South Africa'), JSON.stringify(a.organizations.map((o) => o.name)));
    assert.ok(!a.places.some((l) => l.name === 'Business Unity South Africa'), JSON.stringify(a.places.map((l) => l.name)));
    assert.ok(read('Fighting spread in the Democratic Republic of Congo (DRC) on Monday.').places.some((l) => l.name === 'Democratic Republic of Congo'));
  });
  test('"Shell profit beats forecasts", "Shell reported a better-than-expected profit": a firm\'s results make a one-word name a firm, and "LNG" is liquefied natural gas', () => {
    const a = read('Shell profit beats forecasts\n\nShell reported a better-than-expected third-quarter profit on Thursday, helped by LNG trading.\n\nAdjusted earnings, Shell\'s definition of net profit, fell to $6.0 billion.');
    assert.ok(!a.people.some((p) => p.name === 'Shell'), JSON.stringify(a.people.map((p) => p.name)));
    assert.ok(a.organizations.some((o) => o.name === 'Shell'), JSON.stringify(a.organizations.map((o) => o.name)));
    assert.ok(!a.organizations.some((o) => o.name === 'LNG'));
  });
  test('"Harrogate, North Yorkshire", "the Outer Hebrides": Britain\'s counties and islands are places, not people', () => {
    const a = read('The court in Harrogate, North Yorkshire, heard the case. Ferries to the Outer Hebrides were cancelled.');
    assert.ok(!a.people.some((p) => p.name === 'North Yorkshire' || p.name === 'Outer Hebrides'), JSON.stringify(a.people.map((p) => p.name)));
    for (const place of ['North Yorkshire', 'Outer Hebrides']) assert.ok(a.places.some((l) => l.name === place && l.country === 'GB'), JSON.stringify(a.places.map((l) => l.name)));
  });
  test('"moved from Leeds to London": a city read as a club\'s body at one end of "from … to …" a place is a place', () => {
    const a = read('He moved from Leeds to London in 2019.');
    assert.ok(a.places.some((l) => l.name === 'Leeds'), JSON.stringify(a.places.map((l) => l.name)));
    assert.ok(!a.organizations.some((o) => o.name === 'Leeds'));
    assert.ok(read('Leeds beat Chelsea 2-1 on Saturday.').organizations.some((o) => o.name === 'Leeds'));
  });
  test('"the Aslef union": a name between "the" and a kind of body is the body, wherever else the article names it', () => {
    const a = read('Drivers will strike after talks between the Aslef union and rail operators broke down. Aslef general secretary Mick Whelan said members were angry.');
    assert.ok(a.organizations.some((o) => o.name === 'Aslef'), JSON.stringify(a.organizations.map((o) => o.name)));
    assert.ok(!a.people.some((p) => p.name === 'Aslef') && !a.places.some((l) => l.name === 'Aslef'), JSON.stringify([a.people.map((p) => p.name), a.places.map((l) => l.name)]));
  });
});

suite('names: events named after their place', () => {
  test('"the Venice Film Festival", "the Glastonbury Festival": a festival is an event, no place or body', () => {
    const a = read('He spoke at the Venice Film Festival in September. She headlined the Glastonbury Festival last year.');
    assert.ok(!a.places.some((l) => l.name.endsWith('Festival')), JSON.stringify(a.places.map((l) => l.name)));
    assert.ok(!a.organizations.some((o) => o.name.endsWith('Festival')) && !a.people.some((p) => p.name.endsWith('Festival')));
  });
});

suite('dates: a programme named after a time word', () => {
  test('"BBC Radio 4\'s Today programme" holds no date', () => {
    const a = read('He told BBC Radio 4\'s Today programme that he was angry.');
    assert.deepEqual(a.dates.map((d) => d.text), []);
  });
});

suite('firms and towns told by the noun beside them', () => {
  const kinds = (text: string) => {
    const a = read(text);
    return { people: a.people.map((p) => p.name), organizations: a.organizations.map((o) => o.name), places: a.places.map((l) => l.name) };
  };
  test('"the consultancy Vespucci Maritime", "The port\'s operator, Hutchison Ports, said": a name after a kind of firm is the firm', () => {
    const found = kinds('Lars Jensen, chief executive of the consultancy Vespucci Maritime, spoke to reporters.\n\nThe port\'s operator, Hutchison Ports, said it was disappointed.\n\nShares in the lender Santander fell.');
    assert.ok(found.organizations.includes('Vespucci Maritime') && found.organizations.includes('Hutchison Ports') && found.organizations.includes('Santander'), JSON.stringify(found));
    assert.ok(!found.people.includes('Vespucci Maritime') && !found.people.includes('Hutchison Ports'), JSON.stringify(found));
    // A person after a kind opens with a given name: "the firm's founder, Ann Lee" is Ann Lee.
    assert.ok(kinds('The firm\'s founder, Ann Lee, said she was proud.').people.includes('Ann Lee'));
  });
  test('"the broadcaster Jeremy Vine" is a person who broadcasts; "the broadcaster Sky News" a body', () => {
    // Read at the name finder, before the article's mentions are grouped (which may mend a sentence's reading).
    const found = findNamesWithTagger(analyzeText('The broadcaster Jeremy Vine said he would leave. The broadcaster Sky News said it would appeal.'));
    assert.deepEqual(found.map((m) => `${m.text}:${m.type}`), ['Jeremy Vine:PER', 'Sky News:ORG']);
  });
  test('"the port of Liverpool", "the mayor of Leeds": a town with a football club after a noun of a place is the town', () => {
    const found = kinds('Last month, workers at the port of Liverpool accepted a deal worth 9 per cent over two years.\n\nThe mayor of Leeds said the city was ready.');
    assert.ok(found.places.includes('Liverpool') && found.places.includes('Leeds'), JSON.stringify(found));
    // The club's chairman is the club's.
    assert.ok(!kinds('The chairman of Leeds said the club would appeal.').places.includes('Leeds'));
  });
});

suite('speakers: a role no one holds, and surnames of names read as places', () => {
  const speakerOf = (text: string, quoteText: string): string | null | undefined => quotes(text).find((q) => q.text.includes(quoteText))?.speakerName;
  test('"Eddie Howe was left frustrated. "…," the Newcastle head coach said": the person the sentence before is about, whom the text gave no role', () => {
    const text = '"We never stopped believing," Mikel Arteta told Sky Sports.\n\nThe Arsenal manager said he was "worried" about William Saliba.\n\nEddie Howe was left frustrated by the decision. "It was never a foul," the Newcastle head coach said.';
    assert.equal(speakerOf(text, 'worried" about'), 'Mikel Arteta');
    assert.equal(speakerOf(text, 'never a foul'), 'Eddie Howe');
  });
  test('"Ms Roberts\'s mother, Janet, paid tribute. … she said": the subject is the relative named after the possessive, not its owner; "Trump\'s attack on Obama" keeps Trump', () => {
    const text = 'Chantelle Roberts, 29, died at the scene.\n\nMs Roberts\'s mother, Janet, paid tribute to her daughter. In a statement, she said: "We are heartbroken."';
    assert.equal(speakerOf(text, 'heartbroken'), 'Janet');
    const aide = 'Sanders\'s campaign manager, Jeff Weaver, appeared on MSNBC. He said the campaign could still close the gap.';
    assert.equal(speakerOf(aide, 'the campaign could still close the gap'), 'Jeff Weaver');
    assert.equal(speakerOf('Donald Trump\'s attack on Barack Obama drew fire. He said the criticism was fair.', 'the criticism was fair'), 'Donald Trump');
  });
  test('"Israel\'s military said" after "the United Nations said" is no UN body: "the military" is an army the text named, or no one', () => {
    const un = 'Dozens of trucks entered Gaza on Sunday, the United Nations said.\n\nIsrael\'s military said its troops had pulled back.';
    assert.equal(speakerOf(un, 'its troops had pulled back'), null);
    const army = 'The Pakistan Army shelled the border on Sunday, the United Nations said.\n\nThe military said its troops had pulled back.';
    assert.equal(speakerOf(army, 'its troops had pulled back'), 'Pakistan Army');
  });
  test('an honorific is no role, nor what the subject of a verb before it is: "the Chancellor said" is Rachel Reeves, whom the text later calls "Ms Reeves" after "Labour MPs have urged"', () => {
    const opening = 'Rachel Reeves has ruled out a wealth tax.\n\nSpeaking in the Commons on Monday, the Chancellor said she would "not be pressured" into it.\n\n';
    assert.equal(speakerOf(`${opening}Later Ms Reeves left for Brussels.`, 'not be pressured" into'), 'Rachel Reeves');
    assert.equal(speakerOf(`${opening}Labour MPs have urged Ms Reeves to go further.`, 'not be pressured" into'), 'Rachel Reeves');
  });
  test('a role stays unresolved where its person is not the one the text was about: the object of the sentence before, someone in the role\'s own sentence, a judge after a lawyer', () => {
    // The sentence before is about someone else, who shamed the person named last.
    assert.equal(speakerOf('Donald Trump shamed Alicia Machado on Friday. The Indiana governor said the media were to blame.', 'the media were to blame'), null);
    // Named in the role's own sentence, in a phrase before it: no subject of it.
    assert.equal(speakerOf('Hillary Clinton spoke on Tuesday.\n\nOn "The Steve Harvey Show," the Democratic nominee said she was angry.', 'she was angry'), 'Hillary Clinton');
    assert.equal(speakerOf('Hillary Clinton spoke on Tuesday. On "The Steve Harvey Show," the Democratic nominee said she was angry.', 'she was angry'), 'Hillary Clinton');
    assert.equal(speakerOf('Defence lawyer Ben Marsh argued for bail. The judge said the risk was too great.', 'the risk was too great'), null);
    assert.equal(speakerOf('Ben Marsh argued for bail. The judge said the risk was too great.', 'the risk was too great'), null);
  });
  test('"Declan Rice\'s header" read as a place makes "Rice" later his surname: "Rice, who captained Arsenal, said", and "He told reporters" is Rice', () => {
    const text = 'Newcastle had levelled, cancelling out Declan Rice\'s first-half header.\n\nRice, who captained Arsenal in the absence of Martin Odegaard, said the dressing room was buzzing. He told reporters that the team had talked.';
    const a = read(text);
    assert.deepEqual(a.places.map((l) => l.name), []);
    assert.equal(a.quotes.find((q) => q.text.includes('dressing room'))?.speakerName, 'Declan Rice');
    assert.equal(a.quotes.find((q) => q.text.includes('the team had talked'))?.speakerName, 'Declan Rice');
  });
});

suite('reported speech: a cue set off inside a clause, and a clock time before a quotation', () => {
  test('"…, where, she later recalled, colleagues took her for a nurse": the report is the rest of the clause the cue interrupts', () => {
    assert.ok(texts('She trained in Edinburgh, where, she later recalled, senior colleagues had assumed she was a nurse.').includes('senior colleagues had assumed she was a nurse'));
    assert.ok(texts('The stadium, which, Tompkins said, is usually full on game days, stood empty.').some((t) => t.startsWith('is usually full')));
    // A cue interrupting the sentence's own subject and verb still reports the whole sentence.
    assert.ok(texts('The economy, he said, was weak.').includes('The economy, he said, was weak'));
  });
  test('"…, the city was booming": a verb in -ing after "was" is no cue of the clause before it', () => {
    const found = quotes('He moved to Leeds in 1990, when, he said, the city was booming.');
    assert.deepEqual(found.map((q) => [q.text, q.cue?.text]), [['the city was booming', 'said']]);
  });
  test('"moved the stock at 3 a.m. "I\'ve been through …," she said": the report stops at the clock time, before the quotation', () => {
    const text = 'Shop owner Gwen Price, 63, said she had moved stock upstairs at 3 a.m. "I have been through floods before," she said.';
    assert.ok(texts(text).includes('she had moved stock upstairs at 3 a.m.'), texts(text).join(' | '));
  });
});

suite('names: a rival opening the sentence, and "which" after a name', () => {
  test('"Rival Sainsbury\'s, which reports next week, gained 1.5%": a shop, not a person called Rival Sainsbury', () => {
    const a = read('Shares in Tesco rose 3% in London. Rival Sainsbury\'s, which reports on 7 November, gained 1.5%.');
    assert.deepEqual(a.people.map((p) => p.name), []);
    assert.ok(a.organizations.some((o) => o.name.startsWith('Sainsbury')), JSON.stringify(a.organizations.map((o) => o.name)));
    // A title before a one-word name stays the person's: "Senator Kaine said".
    assert.ok(read('Senator Kaine said no.').people.some((p) => p.name === 'Kaine'));
  });
  test('a name "which" goes on about is a body, unless it is the object of a verb ("he assaulted Ivana Trump, which he denied")', () => {
    const found = findNamesWithTagger(analyzeText('Monsanto, which is based in St. Louis, said it would leave. There were allegations that he assaulted Ivana Trump, which he has denied.'));
    assert.ok(found.some((m) => m.text === 'Monsanto' && m.type === 'ORG'), JSON.stringify(found));
    assert.ok(found.some((m) => m.text === 'Ivana Trump' && m.type === 'PER'), JSON.stringify(found));
  });
});
