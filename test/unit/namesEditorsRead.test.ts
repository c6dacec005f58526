import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';

// Names as a news editor reads them in copy the corpora hold little of: Portuguese and Spanish
// compound surnames, Chinese names written surname first, bodies named for a country,
// utilities and carriers named for their kind of work. Sentences written for these tests.

const read = (text: string) => annotate(text, { documentDate: '2026-03-04' });
const people = (text: string): string[] => read(text).people.map((p) => p.name);
const organizations = (text: string): string[] => read(text).organizations.map((o) => o.name);
const places = (text: string): string[] => read(text).places.map((l) => l.name);

suite('names as an editor reads them', () => {
  test('a given name and a compound surname with a particle is one person, however the tagger split it, and so is the surname after "Ms"', () => {
    const text = 'Marta Ribeiro do Vale, the agency\'s director, said on Monday that the plan was ready.\n\nMs Ribeiro do Vale added that funds would follow.';
    const a = read(text);
    assert.deepEqual(a.people.map((p) => p.name), ['Marta Ribeiro do Vale'], a.people.map((p) => p.name).join(' | '));
    assert.equal(a.people[0].mentions.length, 2);
    assert.ok(!a.organizations.some((o) => o.name === 'Vale'), a.organizations.map((o) => o.name).join(' | '));
  });

  test('an accented given name opens a person\'s name with a particle ("André Lopes do Vale"), read as a body\'s or not', () => {
    const text = 'André Lopes do Vale, the Brazilian diplomat who leads the talks, said on Friday that rich countries must pay.';
    assert.deepEqual(people(text), ['André Lopes do Vale']);
    assert.deepEqual(organizations(text), []);
  });

  test('a compound surname alone ("Ms Pérez Ruiz") is the person named in full; a name opened by a given name ("Paul Jones" beside "John Paul Jones") stays a person of its own', () => {
    const text = 'Lucía Pérez Ruiz chairs the bank. On Tuesday Ms Pérez Ruiz said the offer was too low.';
    const a = read(text);
    assert.deepEqual(a.people.map((p) => p.name), ['Lucía Pérez Ruiz'], a.people.map((p) => p.name).join(' | '));
    assert.equal(a.people[0].mentions.length, 2);
    const second = 'The trial of João Pedro Matos Fernandes opened on Monday. Mr Matos Fernandes denies the charges.';
    assert.deepEqual(people(second), ['João Pedro Matos Fernandes']);
    const other = 'John Paul Jones sailed on Monday. Paul Jones, his cousin, stayed at home.';
    assert.equal(read(other).people.length, 2, people(other).join(' | '));
  });

  test('the surname He before a given name in pinyin opening a sentence is a person\'s; the pronoun He before a verb stays out of names', () => {
    const text = 'He Xiaoming, a spokesman for the ministry, said the talks would go on. He Jianguo met the envoy in Shanghai.';
    const found = people(text);
    assert.ok(found.includes('He Xiaoming') && found.includes('He Jianguo'), found.join(' | '));
    const q = read(text).quotes.find((x) => x.speakerName !== null);
    assert.equal(q?.speakerName, 'He Xiaoming');
    const pronoun = 'He told Reuters the talks would go on. He Was Right, the headline said.';
    assert.ok(!people(pronoun).some((n) => n.startsWith('He ')), people(pronoun).join(' | '));
  });

  test('a name read as a person\'s ending in a country after no given name ("Shelter Scotland"), or an airline\'s "Air", is a body; the country alone stays a place; "Jimmy Wales" stays a person', () => {
    const text = 'Shelter Scotland said the move was overdue. Ann Kerr, director of Shelter Scotland, said the Scottish Government had cut the budget.\n\n'
      + 'Air Malta, owned by the state, has also placed large orders. Jetways and Akasa Air lost market share. Malta would need more planes.';
    const orgs = organizations(text);
    for (const body of ['Shelter Scotland', 'Air Malta']) assert.ok(orgs.includes(body), `${body}: ${orgs.join(' | ')}`);
    assert.ok(!people(text).some((n) => /Scotland|Malta/u.test(n)), people(text).join(' | '));
    assert.ok(places(text).includes('Malta'), places(text).join(' | '));
    assert.ok(people('Jimmy Wales said the site would stay free.').includes('Jimmy Wales'));
  });

  test('a body named for its country opening a sentence before "said" keeps its first word ("Natural England", "Police Scotland"); "Meanwhile" and "Suppose" open no name', () => {
    const text = 'Natural Resources Wales said 30 warnings remained. Police Scotland said two men were held. Natural England said the birds were safe.';
    const orgs = organizations(text);
    for (const body of ['Natural Resources Wales', 'Police Scotland', 'Natural England']) assert.ok(orgs.includes(body), `${body}: ${orgs.join(' | ')}`);
    const plain = 'Meanwhile England said it would wait. Suppose Britain said no.';
    assert.deepEqual(organizations(plain), []);
    assert.deepEqual(places(plain), ['England', 'Britain']);
  });

  test('a firm set off after its name with a people\'s word among the words for its kind is an organization', () => {
    const text = 'Kwikpay, the Ghanaian payments firm, said it would open in Accra. Kwikpay has 200 staff.';
    const a = read(text);
    assert.ok(a.organizations.some((o) => o.name === 'Kwikpay'), a.organizations.map((o) => o.name).join(' | '));
    assert.ok(!a.people.some((p) => p.name === 'Kwikpay') && !a.places.some((l) => l.name === 'Kwikpay'), JSON.stringify([people(text), places(text)]));
  });

  test('common words inside a sentence ending in a utility\'s or a carrier\'s work ("Octopus Energy", "Network Rail") are a firm; not after a demonym or opening a sentence', () => {
    const text = 'The regulator has fined Octopus Energy £3m after errors, and talks with Network Rail and train operators failed.';
    const orgs = organizations(text);
    assert.ok(orgs.includes('Octopus Energy') && orgs.includes('Network Rail'), orgs.join(' | '));
    const other = 'Renewable Energy grew fast last year, and so did Welsh Water bills.';
    assert.ok(!organizations(other).includes('Renewable Energy'), organizations(other).join(' | '));
  });
});

suite('firms written in one word with a capital inside', () => {
  test('a word such as "YouGov", "SpiceJet" or "PayPal" the tagger leaves out is an organization; a handle, a hashtag or a quoted coinage is not', () => {
    const text = 'SpiceJet and Jetways lost market share. PayPal co-founder Peter Thiel did not attend. YouGov said most people agreed.';
    const orgs = organizations(text);
    for (const firm of ['YouGov', 'SpiceJet', 'PayPal']) assert.ok(orgs.includes(firm), `${firm}: ${orgs.join(' | ')}`);
    const other = 'Fans used the tag #GoHomeNow and wrote to @StayCalmPlease online.';
    assert.deepEqual(organizations(other), []);
  });

  test('such a word with capitals outside ASCII ("ÉcoVerde", "ÇelikSoft") is one too: the look at its letters before the pattern lets them through', () => {
    const orgs = organizations('A poll by ÉcoVerde found most people agreed. Sales at ÇelikSoft fell.');
    for (const firm of ['ÉcoVerde', 'ÇelikSoft']) assert.ok(orgs.includes(firm), `${firm}: ${orgs.join(' | ')}`);
  });
});

suite('firms of two words read as people', () => {
  test('a name read as a person\'s whose first word the article shows to be a firm ("Halvorsen\'s chief executive") is the firm, and so is that word alone', () => {
    const text = 'Halvorsen Crane said on Monday it would cut 500 jobs. Jon Berg, Halvorsen\'s chief executive, said the plan was sound.';
    const a = read(text);
    assert.deepEqual(a.people.map((p) => p.name), ['Jon Berg']);
    const orgs = a.organizations.map((o) => o.name);
    assert.ok(orgs.includes('Halvorsen Crane') && orgs.includes('Halvorsen'), orgs.join(' | '));
  });
});

suite('judges\' titles', () => {
  test('"Lord" opening a judge\'s title ("Lord Justice Singh") is no place', () => {
    const text = 'The appeal will be heard by Lord Justice Pell in the spring, the court said.';
    assert.deepEqual(places(text), []);
    assert.deepEqual(people(text), ['Pell']);
  });
});

suite('rivers', () => {
  test('"the River Wye" is a place however the tagger read it; a group named "River Action", with no "the", is no river', () => {
    const text = 'Sewage went into the River Wye and the River Severn, River Action said.';
    const found = places(text);
    assert.ok(found.includes('River Wye') && found.includes('River Severn'), found.join(' | '));
    assert.ok(!found.includes('River Action'), found.join(' | '));
  });
});

suite('names after a live page\'s time stamp', () => {
  test('a time stamp and its time zone opening an entry leave the name after them whole ("09:42 Natural Resources Wales said")', () => {
    const text = '09:42 Natural Resources Wales said it would review its approach.\n\nUpdated 14:05 BST Natural Resources Wales has warned of floods.';
    const a = read(text);
    assert.deepEqual(a.organizations.map((o) => `${o.name}:${o.mentions.length}`), ['Natural Resources Wales:2']);
  });
});

suite('firms named for their work, again', () => {
  test('a firm named for its kind of work the article reads as one is that firm where it opens a sentence too', () => {
    const text = 'The regulator has fined Octopus Energy £3m after errors.\n\nOctopus Energy founder Tom Lark apologised.';
    assert.deepEqual(read(text).organizations.map((o) => `${o.name}:${o.mentions.length}`), ['Octopus Energy:2']);
  });
});

suite('institutions named after two founders', () => {
  test('"Guy\'s and St Thomas\'" with or without "NHS Foundation Trust" is one body, no person "Guy" and no "St Thomas"', () => {
    const text = 'Patients at Guy\'s and St Thomas\' NHS Foundation Trust waited longer. Guy\'s and St Thomas\' said staff were working hard.';
    const a = read(text);
    assert.deepEqual(a.organizations.map((o) => o.name).sort(), ['Guy\'s and St Thomas\'', 'Guy\'s and St Thomas\' NHS Foundation Trust']);
    assert.deepEqual(a.people, []);
  });
});

suite('transport bodies named for their place', () => {
  test('"Transport for London" is one body, opening a sentence too; "London" in it is no place', () => {
    const text = 'Transport for London said the line would be unaffected, and Transport for Wales cut its fares.';
    assert.deepEqual(organizations(text).sort(), ['Transport for London', 'Transport for Wales']);
    assert.deepEqual(places(text), []);
  });
});

suite('a firm before its people', () => {
  test('one word the gazetteer knows no place by, in the possessive before a person\'s full name, is the person\'s firm; a known place stays', () => {
    const text = 'Zentrix\'s Maria Holm and Ravelo\'s Tom Pike spoke. Brighton\'s Kaoru Mitoma scored.';
    assert.deepEqual(organizations(text).sort(), ['Ravelo', 'Zentrix']);
    assert.ok(places(text).includes('Brighton'), places(text).join(' | '));
  });
});

suite('a firm named after its kind', () => {
  test('a name set off after "a … supplier," or "a … provider," is a firm, and so are its other mentions', () => {
    const text = 'Patients were hurt when a care provider, Hallam, closed its homes. Hallam said sorry.\n\n'
      + 'Thousands were hit after an attack on a software supplier, Kelvo, stalled payroll.';
    const a = read(text);
    assert.deepEqual(a.organizations.map((o) => `${o.name}:${o.mentions.length}`).sort(), ['Hallam:2', 'Kelvo:1']);
    assert.deepEqual(a.people, []);
    assert.deepEqual(a.places, []);
  });
});
