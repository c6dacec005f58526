// How a word is usually written in the middle of a sentence, counted over news text by
// the trainer: the clue that tells "Later" at a sentence start (a word nearly always
// written in lower case) from "Trump" there (nearly always capitalized), and a title-case
// headline's "Was Headed" from its "Hillary Clinton". 0 is "not counted".

export const CASE_CLASS_COUNT = 5;

/** Class of a word seen `total` times mid-sentence, `lower` of them in lower case. */
export function caseClassOf(lower: number, total: number): number {
  const r = lower / total;
  if (r >= 0.95) return 1;
  if (r >= 0.5) return 2;
  if (r >= 0.05) return 3;
  return 4;
}
