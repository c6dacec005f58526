import * as assert from 'node:assert/strict';
import { FINITE, IRREGULAR_PAST, IRREGULAR_PAST_FORM, PRESENT_S, THIRD_PERSON, VERB_FORM, clauseWordFacts } from '../../src/core/quotes/clauseWordFacts';
import { isCognitionVerb, isSpeechVerb, reportingLemma } from '../../src/core/quotes/reportingVerbs';

// The reported-speech finder asks a word's facts of one cached look-up per spelling; each bit
// must say what the tests it stands for say, asked afresh, in any case and for two-byte strings
// (a token sliced from a text with curly quotes), and the same the second time it is asked.

/** The same characters as a two-byte string, as a token sliced from a text with curly quotes is. */
function twoByte(word: string): string {
  return `“${word}`.slice(1);
}

const PROBES = [
  'said', 'Said', 'SAID', 'says', 'told', 'wrote', 'believes', 'thinks', 'is', 'Is', 'IS', 'won’t', "won't", 'didn’t', 'has', 'Has',
  'wanted', 'Wanted', 'ed', 'red', 'led', 'fled', 'reported', 'wants', 'Wants', 'press', 'presses', 'its', 'bus', 'buses', 'ſays',
  'he', 'He', 'she', 'it', 'It', 'who', 'which', 'Which', 'met', 'Met', 'took', 'understood', 'hid', 'the', 'Trump', 'Trump’s',
  'naïve', 'café', 'résumés', 'é', '', ',', '.', '—', '“', 'e-mail', 'U.S.', 'K\u212Aeps', '\u212Aept',
];

function expected(word: string): number {
  const lower = word.toLowerCase();
  let facts = 0;
  if (FINITE.has(lower) || /^\p{Ll}{2,}ed$/u.test(word) || isSpeechVerb(word) || isCognitionVerb(word)) facts |= VERB_FORM;
  if (/^\p{Ll}{3,}s$/u.test(word) && !/ss$/u.test(lower)) facts |= PRESENT_S;
  if (/^(?:he|she|it|who|which)$/u.test(word)) facts |= THIRD_PERSON;
  if (IRREGULAR_PAST.has(word)) facts |= IRREGULAR_PAST_FORM;
  return facts;
}

suite('clause word facts', () => {
  test('each bit answers as its own test, asked once and again, for one-byte and two-byte strings', () => {
    for (const word of PROBES) {
      for (const w of [word, twoByte(word)]) {
        assert.equal(clauseWordFacts(w), expected(w), `first ask: ${JSON.stringify(w)}`);
        assert.equal(clauseWordFacts(w), expected(w), `second ask: ${JSON.stringify(w)}`);
      }
    }
  });

  test('the last-word memo of reportingLemma answers as a fresh look-up, word after word', () => {
    const words = ['said', 'Said', 'said', 'sand', 'warned', 'WARNED', 'Trump', 'told', 'told', 'believes', 'ſaid', 'says'];
    const fresh = (w: string): string | null => ({ said: 'say', warned: 'warn', told: 'tell', believes: 'believe', says: 'say' } as Record<string, string>)[w.toLowerCase()] ?? null;
    for (const w of [...words, ...words.map(twoByte)]) assert.equal(reportingLemma(w), fresh(w), JSON.stringify(w));
  });
});
