// TimeML's codes for the parts of a day, shared by the parsers that read "Monday morning",
// "every evening", "the 5th at night" and the values that write them.

const CODES: ReadonlyMap<string, string> = new Map([['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI']]);

/** 'MO' for "morning" (any case), … ; undefined for a word that names no part of a day. */
export function partOfDayCode(word: string): string | undefined {
  return CODES.get(word.toLowerCase());
}
