import * as fc from 'fast-check';

// Generators of text for the property-based tests. Random Unicode alone rarely reaches the
// finders' interesting paths (a name before "said", a quotation mark after a comma), so
// most texts are built from news-shaped pieces mixed with the awkward ones: every UTF-16
// code unit (lone surrogates, NUL, controls), astral characters, combining marks,
// right-to-left text and marks, every kind of line break and quotation mark.

const NEWS_PIECES = [
  'said', 'says', 'told', 'added', 'according to', 'asked whether', 'urged', 'that', 'he', 'she', 'they', 'it', 'I', 'we',
  'the', 'a', 'of', 'in', 'on', 'at', 'by', 'and', 'but', 'not', 'was', 'will',
  'Mr.', 'Ms.', 'Dr.', 'President', 'Minister', 'spokesman', 'John', 'Smith', 'Jane Doe', 'Xi Jinping', "O'Brien", "Smith's",
  'Angela Merkel', 'Bill Gates.', 'Paris', 'New York', 'Hong Kong-based', 'London', 'Sylhet', 'United Nations', 'Reuters', 'U.S.',
  'European Union', 'CGTN', 'Monday', 'last week', 'on March 3, 2021', '2024-03-06', 'yesterday', 'in 1999', 'every week',
  'two years', '12:30 p.m.', 'Christmas', 'Q3', 'this spring', 'the 1990s', 'WASHINGTON (AP) —', 'Published:', 'Updated 2020-01-01',
  '---', 'date: 2023-06-19', '# ', '* ', '> ', 'ADVERTISEMENT', 'SCROLL TO CONTINUE READING', 'JOHN SMITH', 'ÉTATS-UNIS',
  ',', '.', ':', ';', '?', '!', '…', '—', '-', '(', ')', '[', ']',
  '"', '"', '“', '”', '‘', '’', "'", '«', '»', '„', '‚', '‹', '›', '「', '」', '\uFFFD', '?"', ',"', '."',
  '\n', '\r\n', '\r', '\n\n', '\u2028', '\u2029', '\t', '\u00a0', '\u200b', '\u0000', '\uFEFF',
  '\u0301', 'e\u0301', 'Jose\u0301', '\u200f', '\u202e', '\u202c', 'مرحبا', 'قال', 'שלום', 'القاهرة',
  '\u{1F600}', '\u{1F1EB}\u{1F1F7}', '\u{10400}', '𝐉𝐨𝐡𝐧', '\uD800', '\uDC00', '\uDBFF\uDFFF',
];

/** Any UTF-16 code unit, lone surrogates and NUL included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Strings of arbitrary code units (not even valid UTF-16). */
export const anyCodeUnits = fc.string({ unit: codeUnit, maxLength: 200 });

/** Strings of arbitrary graphemes: astral characters, combining sequences, emoji. */
export const anyGraphemes = fc.string({ unit: 'grapheme', maxLength: 120 });

const separator = fc.constantFrom(' ', ' ', ' ', ' ', '', '\n', '\r\n', '\r', '\t');

const piece = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...NEWS_PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);

/** News-shaped text made of the pieces above, joined by spaces and line breaks of every kind. */
export const newsLikeText = fc
  .array(fc.tuple(piece, separator), { maxLength: 120 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));

/** Any of the three, weighted towards news-shaped text. */
export const generatedText = fc.oneof(
  { weight: 4, arbitrary: newsLikeText },
  { weight: 1, arbitrary: anyCodeUnits },
  { weight: 1, arbitrary: anyGraphemes },
);

/** How many runs each property makes: modest by default so `npm test` stays quick. */
export function propertyRuns(defaultRuns: number): number {
  const scale = Number(process.env.NEWS_ANNOTATOR_FUZZ_SCALE ?? '1');
  return Math.max(1, Math.round(defaultRuns * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}
