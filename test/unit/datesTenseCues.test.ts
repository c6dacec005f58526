import * as assert from 'node:assert/strict';
import { Lead, type LeadCue } from '../../src/core/dates/tense/leadCue';
import { AHEAD, CALLED_ACTION, EARLIEST, WARNING_FOR, WITH_OUTLOOK } from '../../src/core/dates/tense/aheadCues';
import { THE_UNFORESEEN_EVENT_ON } from '../../src/core/dates/tense/eventCues';
import { AFTER_CHANGE, EARLIER_FIGURE } from '../../src/core/dates/tense/figureCues';
import { LIMIT, LIMIT_THE, MOVED_LIMIT, PERIOD_ENDING, RULE_FROM, RUN_FROM, SINCE } from '../../src/core/dates/tense/limitCues';

// A cue read at the end of a lead is first looked for by its tail or its last words (leadCue.ts):
// that shortcut must say what the whole regex says, on every lead.

const CUES: Record<string, LeadCue> = {
  AHEAD, CALLED_ACTION, EARLIEST, WARNING_FOR, WITH_OUTLOOK, THE_UNFORESEEN_EVENT_ON, AFTER_CHANGE, EARLIER_FIGURE,
  LIMIT, LIMIT_THE, MOVED_LIMIT, PERIOD_ENDING, RULE_FROM, RUN_FROM, SINCE,
};

const LEADS = [
  'The vote was postponed until ', 'The vote was postponed (until ', 'was remanded in custody until at ', 'in the year ending in ',
  'after the deadly attack late on ', 'after the air strikes late on ', 'after the AIR  STRIKES\n on ', 'since the ſhootings on ',
  'after the attac\u212A on ', 'could come as soon as ', 'as early as on ', 'since early ', 'up from 4.1% in ', 'compared with 3 percent on ',
  'after a gain of 254,000 in ', 'after growth of 2% during the ', 'Unions have called for nationwide protests on ',
  'has called a general strike for ', 'with rain expected on ', 'with a warm spring likely in early ', 'issued a warning for snow on ',
  'an amber alert for the coming ', 'ahead of the ', 'in the run-up to ', 'the lead up to the ', 'until the ', 'by the ', 'from Monday to ',
  'from 9am to at least on ', 'The ban applies from ', 'the rules come into force from the start of ', 'The warning runs from the early hours of ',
  'said on ', '', ' ', 'on', 'until', 'the meeting\u00a0on\u00a0', 'a word\u2003until ', 'postponed until\n\n',
];

suite('dates: the tense cues at the end of a lead', () => {
  test('each cue matches a lead exactly where its whole regex does', () => {
    for (const text of LEADS) {
      const lead = new Lead(text);
      for (const [name, cue] of Object.entries(CUES)) {
        assert.equal(lead.has(cue), cue.whole.test(text), `${name} on ${JSON.stringify(text)}`);
        assert.deepEqual(lead.match(cue)?.[0], cue.whole.exec(text)?.[0], `${name} on ${JSON.stringify(text)}`);
      }
    }
  });

  test('a word with a letter other than ASCII is read by the whole regex, which folds its case ("ſ" as "s", the Kelvin sign as "k")', () => {
    for (const text of ['since the ſhootings on ', 'after the attac\u212A on ']) {
      assert.ok(THE_UNFORESEEN_EVENT_ON.whole.test(text), text);
      assert.ok(new Lead(text).has(THE_UNFORESEEN_EVENT_ON), text);
    }
  });

  test('the leads above hold matches of most cues (the test reads both answers)', () => {
    const matched = Object.entries(CUES).filter(([, cue]) => LEADS.some((text) => cue.whole.test(text))).map(([name]) => name);
    assert.ok(matched.length >= 13, matched.join(' '));
  });
});
