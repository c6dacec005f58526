import * as assert from 'node:assert/strict';
import { analyzeText } from '../../src/core/text/analyzedText';
import { findNamesWithTagger } from '../../src/core/names/taggedNameFinder';

// A name news never writes in lower case, opening a sentence before the day it acted on.
// Every sentence here is written for the test.

const names = (text: string): string[] => findNamesWithTagger(analyzeText(text)).map((m) => `${m.type} ${m.text}`);
const has = (text: string, name: string): void => assert.ok(names(text).includes(name), `${name} in ${names(text).join(' | ')}`);
const lacks = (text: string, name: string): void => assert.ok(!names(text).includes(name), `${name} in ${names(text).join(' | ')}`);

suite('bodies opening a sentence before their day', () => {
  test('"Anthropic on Tuesday released": an unseen word before "on" a weekday and a verb is a body', () => {
    has('Anthropic on Tuesday released a faster version of its chatbot.', 'ORG Anthropic');
    has('LONDON (Reuters) - Ocado on Tuesday reported a wider loss for the year.', 'ORG Ocado');
  });
  test('"Zorvia said on Friday": an unseen word before "said on" a weekday is a body, not a place', () => {
    has('Zorvia said on Friday it would cut the price of its handsets.', 'ORG Zorvia');
  });
  test('a known place and a common word stay as read', () => {
    has('Gaza on Monday saw the heaviest rain in years.', 'LOC Gaza');
    lacks('Officials on Monday said the road was shut.', 'ORG Officials');
  });
});

suite('people after their country', () => {
  test('"Paraguay\'s Santiago Peña": a city\'s word and a surname after a country\'s "\'s" are a person', () => {
    has('Paraguay\'s Santiago Peña met the envoy in the capital.', 'PER Santiago Peña');
    has('The talks between Chile’s Santiago Quispe and his rival stalled.', 'PER Santiago Quispe');
  });
  test('a place the gazetteer knows, or a name ending in a common or a place\'s word, stays a place', () => {
    has('Colombia\'s Santa Marta flooded after the storm.', 'LOC Santa Marta');
    has('Peru\'s Lima Region voted for the measure.', 'LOC Lima Region');
  });
});

suite('bodies opened by a common word', () => {
  test('"call Crime Stoppers": a common word capitalized in mid-sentence before a one-word body opens its name', () => {
    has('Anyone who saw the van is asked to call Crime Stoppers or the local station.', 'ORG Crime Stoppers');
    // A headline's run of capitals tells nothing.
    lacks('Police Urge Calls To Crime Stoppers', 'ORG Crime Stoppers');
  });
});
