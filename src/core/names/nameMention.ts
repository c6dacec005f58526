export type NameType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** A name found in the text, before mentions are grouped into entities. */
export interface NameMention {
  start: number;
  end: number;
  text: string;
  type: NameType;
  /** A title seen right before a person's name ("President"), used to resolve role nouns. */
  title?: string;
  /**
   * For a place: the word the text uses to say which kind is meant ("Washington state",
   * "the state of Washington", "New York city"), for the place resolver.
   */
  placeQualifier?: 'state' | 'city';
}
