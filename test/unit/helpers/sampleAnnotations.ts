import type { Annotations } from '../../../src/core/types';

// A hand-made annotations document over a short text, so that the adapters' pure parts
// are tested independently of how the finders evolve.
export const SAMPLE_TEXT =
  'BEIJING, June 19 (Reuters) - Antony Blinken met Xi Jinping in Beijing on Monday.\n' +
  '"We agreed to stabilise ties," Blinken said.\n' +
  '"Respect each other," said Xi.\n' +
  'He will visit London next week.\n';

const at = (text: string, from = 0) => {
  const start = SAMPLE_TEXT.indexOf(text, from);
  if (start < 0) throw new Error(`"${text}" not in sample`);
  return { start, end: start + text.length, text };
};

const blinken1 = at('Antony Blinken');
const xi1 = at('Xi Jinping');
const q1 = at('"We agreed to stabilise ties,"');
const blinken2 = at('Blinken', q1.end);
const said1 = at('said', blinken2.end);
const q2 = at('"Respect each other,"');
const said2 = at('said', q2.end);
const xi2 = at('Xi', said2.end);

export function sampleAnnotations(): Annotations {
  return {
    schema: 'news-annotator/v1',
    documentDate: '2023-06-19',
    documentDateSource: 'dateline',
    people: [
      { id: 'p1', name: 'Antony Blinken', aliases: ['Blinken'], mentions: [blinken1, blinken2], quoteCount: 1 },
      { id: 'p2', name: 'Xi Jinping', aliases: ['Xi'], mentions: [xi1, xi2], quoteCount: 1 },
    ],
    organizations: [{ id: 'o1', name: 'Reuters', mentions: [at('Reuters')], quoteCount: 0 }],
    places: [
      { id: 'l1', name: 'Beijing', mentions: [at('BEIJING'), at('Beijing')], kind: 'city', country: 'CN', lat: 39.91, lon: 116.4, population: 11716620 },
      { id: 'l2', name: 'London', mentions: [at('London')], kind: 'city', country: 'GB', lat: 51.51, lon: -0.13, population: 7556900 },
    ],
    quotes: [
      { id: 'q1', kind: 'direct', ...q1, speakerId: 'p1', speakerName: 'Antony Blinken', speakerMention: blinken2, cue: said1 },
      { id: 'q2', kind: 'direct', ...q2, speakerId: 'p2', speakerName: 'Xi Jinping', speakerMention: xi2, cue: said2 },
    ],
    dates: [
      { ...at('June 19'), type: 'DATE', value: '2023-06-19' },
      { ...at('Monday'), type: 'DATE', value: '2023-06-19' },
      { ...at('next week'), type: 'DATE', value: '2023-W26' },
    ],
    problems: [],
  };
}

export { at as spanOf };
