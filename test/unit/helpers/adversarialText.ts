// Texts built to hurt: each is a short unit repeated to any length, aimed at one way a
// finder could go quadratic or wrong (a window that never ends, a mark never closed, a
// sentence that never stops, a word that is the whole file). Used by the robustness
// tests (well-formed output on big inputs) and the linear-time tests.

export interface AdversarialInput {
  name: string;
  /** What it aims at. */
  target: string;
  unit: string;
}

export const ADVERSARIAL_INPUTS: readonly AdversarialInput[] = [
  { name: 'one line, no spaces', target: 'tokenizer, sentence splitter, tagger on one endless word', unit: 'abcdefghij' },
  { name: 'capitals, no spaces', target: 'name finder on one endless capitalised word', unit: 'ABCDEFGHIJ' },
  { name: 'only capitals', target: 'name finder, headline test', unit: 'JOHN SMITH SAID PARIS ' },
  { name: 'markdown marks', target: 'Markdown emphasis and labels read as blanks', unit: '**Ann Lee:** __init__ *x ' },
  { name: 'capitalised words, no full stop', target: 'name spans, place matcher, entity grouping', unit: 'John Smith Paris Reuters ' },
  { name: 'straight double marks only', target: 'quotation-mark pairing', unit: '"' },
  { name: 'opening marks never closed', target: 'unbalanced quotations, problem reports', unit: '“ a ' },
  { name: 'every kind of quotation mark', target: 'nesting of mark families', unit: '“‘«"\'„‚‹' },
  { name: 'closing marks only', target: 'closing marks without opening ones', unit: '” ' },
  { name: 'quote and cue', target: 'cue search around each quote', unit: '" said Bob ' },
  { name: 'colon before a mark', target: 'cue before a quote', unit: 'He said: "' },
  { name: 'reporting verbs', target: 'indirect speech, clause reading', unit: 'he said that ' },
  { name: 'according to', target: 'indirect speech source phrases', unit: 'according to ' },
  { name: 'relatives as speakers', target: '"his wife said": the phrase looked up among the places it named someone before', unit: '"Yes," his wife said. ' },
  { name: 'roles of other bodies', target: 'a role said with a body, weighed against every naming of each holder', unit: 'City manager Pep Guardiola spoke to reporters. "We won," the Arsenal manager said. ' },
  { name: 'colon-labelled lines', target: 'colon attribution per paragraph', unit: 'Smith: we will\n' },
  { name: 'one endless sentence', target: 'sentence-bounded reads', unit: 'the minister and the mayor of the city ' },
  { name: 'abbreviations', target: 'sentence splitter, titles', unit: 'Mr. ' },
  { name: 'dense years', target: 'date windows, chrono', unit: '2024 ' },
  { name: 'dense weekdays', target: 'date windows, tense reader', unit: 'Monday ' },
  { name: 'dense ISO dates', target: 'date windows, chrono year suffix', unit: '2024-03-06 ' },
  { name: 'lone carriage returns', target: 'line breaks that are not \\n', unit: 'a\r' },
  { name: 'NUL characters', target: 'control characters', unit: '\u0000' },
  { name: 'astral characters', target: 'surrogate pairs', unit: '\u{1F600}' },
  { name: 'right-to-left text', target: 'RTL script and marks with quotes', unit: '\u200fقال محمد "مرحبا" في القاهرة ' },
  { name: 'hyphen chain', target: 'hyphenated names', unit: 'Jean-Pierre-' },
  { name: 'dense links', target: 'web addresses, dates and names inside them', unit: 'https://www.example.com/2024/03/06/may-2024 ' },
];

/** `unit` repeated to `length` UTF-16 code units (cut at a whole unit, so never half a pair). */
export function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.max(1, Math.floor(length / unit.length)));
}

export function adversarial(name: string): AdversarialInput {
  const found = ADVERSARIAL_INPUTS.find((i) => i.name === name);
  if (!found) throw new Error(`no adversarial input "${name}"`);
  return found;
}
