import * as assert from 'node:assert/strict';
import { ANY_OTHER_CUE, EVIDENCE, PLURAL_VERB, evidenceIn } from '../../src/core/names/firmEvidence';
import { expansions } from '../../src/core/dates/wordAlternation';

// Each firm-evidence pattern runs only over paragraphs holding its cue: the cue must be
// found wherever the pattern matches, for every alternative of the pattern. Sentences
// written for this test, one or more per alternative.

const EXAMPLES = [
  'Investors sold shares of Corvana on Monday.', 'He held shares in Lumera for years.', 'Shares in Corvana fell.', 'Shares of Lumera rose.',
  "Corvana's shares rose.", "Corvana’s stock is cheap.", "Lumera's share price fell.", "Lumera's shareholders voted.",
  "Corvana's chief executive spoke.", "Lumera's chief financial officer left.", "Corvana's CEO Ana Diaz spoke.", "Lumera's CFO quit.", "Corvana's founder spoke.", "Lumera's co-founder left.",
  'Corvana shares closed higher.', 'Lumera shares were flat.', 'Corvana stock slid.',
  'The oil company Corvana grew.', 'The firm Lumera grew.', 'The carmaker Corvana grew.', 'The automaker Lumera grew.',
  'The chipmaker Corvana grew.', 'The drugmaker Lumera grew.', 'The retailer Corvana grew.', 'The lender Lumera grew.',
  'The insurer Corvana grew.', 'The airline Lumera grew.', 'The brewer Corvana grew.', 'The conglomerate Lumera grew.',
  'The start-up Corvana grew.', 'The startup Lumera grew.',
  'The fashion app Corvana grew.', 'The platform Lumera grew.', 'The digital bank Corvana grew.', 'Apple supplier Lumera grew.', 'The pathology provider Corvana grew.', 'The band Lumera played.',
  'Corvana, the digital bank, grew.', 'Lumera, the fashion app owned by Corvana, grew.', 'Corvana, a lender based in Leeds, grew.', 'Lumera, the platform.', 'Corvana, an app, grew.',
  'They will acquire Corvana soon.', 'It acquires Lumera.', 'It acquired Corvana.', 'It is acquiring Lumera.',
  'Talk of Pfizer buying Corvana.', 'It bought Lumera.', 'The merger of Corvana and Lumera.', 'A merger with Lumera.',
  'The takeover of Corvana.', 'The acquisition of Lumera.', 'A stake in Corvana.',
  "Corvana's subscribers left.", "Lumera' customers waited.", "Corvana's stores closed.", "Lumera's investors sued.",
  'Analysts at Corvana said so.', 'An analyst at Lumera said so.', 'Economists at Corvana agreed.', 'An economist at Lumera agreed.',
  'Strategists at Corvana doubted it.', 'A strategist at Lumera doubted it.',
  'Al-Wahda FC won.', 'Corvana CF lost.', 'Lumera AFC drew.', 'Corvana SC won.',
  'FC Lumera won.', 'AFC Corvana lost.', 'SC Lumera drew.',
  "Corvana, Britain's biggest supermarket, grew.", 'Lumera, the supermarket chain, grew.', 'Corvana, a retailer, grew.',
  'Lumera, the company.', 'Corvana, a small firm, grew.', 'Lumera, the lender, grew.', 'Corvana, an insurer, grew.',
  'Lumera, the budget airline, grew.', 'Corvana, the carmaker, grew.', 'Lumera, the automaker, grew.', 'Corvana, the chipmaker, grew.',
  'Lumera, the drugmaker, grew.', 'Corvana, a conglomerate, grew.', 'Lumera, the corporation, grew.', 'Corvana, a multinational, grew.',
  'Corvana Lumera, the Danish drugmaker, grew.', 'Lumera, the carmaker that makes vans, grew.', 'Corvana, a lender which Lumera owns, grew.',
  'Lumera, a manufacturer, grew.', 'Corvana, a start-up, grew.', 'Lumera, the startup, grew.',
  "Corvana, the employers' group, warned.", 'Lumera, the union, agreed.', 'Corvana, a trade federation, agreed.', 'Lumera, the nurses’ association, spoke.', 'Corvana, the gun lobby, spoke.',
  'The state utility Corvana cut power.', 'The miner Corvana dug.',
  'Corvana, the state power utility, warned.', 'Lumera, the Corvana budget arm, grew.', 'Corvana, the budget carrier, grew.', 'Lumera, a copper miner, grew.', 'Corvana, a Lumera subsidiary, grew.',
  'Corvana have sacked their manager.', 'Lumera are to tour next year.',
  'He scored for Corvana.', 'She signed for Lumera.', 'He plays for Corvana.', 'She played for Lumera.', 'He is playing for Corvana.',
  'Kate Nicholls, chief executive of Corvana, spoke.', 'The chief executive officer of Lumera left.', 'The CEO of Corvana left.',
  "Corvana, the LDP's coalition partner, agreed.", 'Lumera, its junior coalition partner, agreed.', 'The chairman of Lumera quit.', 'The co-founder of Corvana spoke.', 'A spokeswoman for Lumera said so.', 'A spokesman at Corvana said so.', 'The deputy director of Lumera spoke.', 'The director at Corvana left.',
];

/** Texts that find nothing (a cue with no name, "F.C." before a space, which \b does not end). */
const NO_EVIDENCE = ['Would Corvana have won?', 'Smith and Lumera are friends.', 'The gates of Corvana have opened.', 'Voters across the Lumera are angry.', 'Healthwatch Corvana, the patient watchdog, said so.', "Royal Lumera's chief executive left.", 'Shares of The company rose.', 'Nothing here names a firm at all.', 'Lumera F.C. won.', 'The company said it would acquire more.', 'Ann Corvana, the Lumera chief whose company, grew.'];

/** The patterns run over the whole paragraph, none skipped. */
function everyPattern(paragraph: string): string[] {
  const names: string[] = [];
  for (const { pattern } of EVIDENCE) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(paragraph); m !== null; m = pattern.exec(paragraph)) if (m[1] !== 'The') names.push(m[1]);
  }
  return names;
}

suite('firm evidence cues', () => {
  test('every pattern match holds its cue: the cues skip no paragraph a pattern would read', () => {
    for (const example of [...EXAMPLES, ...NO_EVIDENCE, EXAMPLES.join(' ')]) assert.deepEqual([...evidenceIn(example)], everyPattern(example), example);
  });

  test('each example of a pattern finds its name', () => {
    for (const example of EXAMPLES) assert.ok(evidenceIn(example).length > 0, example);
    for (const example of NO_EVIDENCE) assert.deepEqual(evidenceIn(example), [], example);
  });

  test('each cue is found in its own pattern\'s matches', () => {
    for (const example of EXAMPLES) {
      for (const { cue, pattern } of EVIDENCE) {
        pattern.lastIndex = 0;
        for (let m = pattern.exec(example); m !== null; m = pattern.exec(example)) assert.ok(cue.test(m[0]), `${cue.source} in "${m[0]}"`);
      }
    }
  });

  test('the filter before the cues finds a word of every string each cue matches', () => {
    for (const { cue } of EVIDENCE) {
      // The plural verb's cue is asked apart.
      if (cue === PLURAL_VERB) continue;
      // "F.C." is the one cue with an escaped dot, which expansions() does not read.
      const strings = cue.source.includes('\\.') ? cue.source.replace(/\\\./g, '.').split('|') : expansions(cue.source);
      for (const s of strings) assert.ok(ANY_OTHER_CUE.test(s), `${cue.source}: "${s}"`);
    }
  });

  test('the filter passes no paragraph for a cue\'s letters inside a word, nor for a plural verb alone', () => {
    assert.equal(ANY_OTHER_CUE.test('It happened as they approached the army barracks, where the troops are.'), false);
    assert.ok(ANY_OTHER_CUE.test('Lumera, the Corvana budget arm, grew.'));
    assert.ok(ANY_OTHER_CUE.test('The fashion app Corvana grew.'));
  });

  test('a name opening with a capital outside ASCII is read like any other (the patterns ask for a capital in ASCII first)', () => {
    assert.deepEqual(evidenceIn('Østvik have sacked their manager. Shares of Émera rose.'), ['Émera', 'Østvik']);
    assert.deepEqual(evidenceIn('The lender Žalia grew, analysts at Ørvana said.'), ['Žalia', 'Ørvana']);
    // Not a capital: a lower-case letter outside ASCII opens no name.
    assert.deepEqual(evidenceIn('ørvana have sacked their manager.'), []);
  });
});
