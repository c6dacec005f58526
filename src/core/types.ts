// The annotations document, schema `news-annotator/v1` (../shared/EVAL.md).
// Offsets are UTF-16 code units into the text exactly as given; `end` is exclusive.

export const SCHEMA_ID = 'news-annotator/v1';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Person {
  id: string;
  /** Best full form seen in the text. */
  name: string;
  aliases: string[];
  /** Titles, honorifics and possessive 's excluded. */
  mentions: Span[];
  quoteCount: number;
}

export interface Organization {
  id: string;
  name: string;
  mentions: Span[];
  quoteCount: number;
}

export type PlaceKind = 'country' | 'city' | 'region' | 'other';

export interface Place {
  id: string;
  name: string;
  mentions: Span[];
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2, or null where unknown. */
  country: string | null;
  lat: number | null;
  lon: number | null;
  population: number | null;
}

export type QuoteKind = 'direct' | 'partial' | 'indirect';

export interface Quote {
  id: string;
  kind: QuoteKind;
  /** Quotation marks included for direct and partial quotes. */
  start: number;
  end: number;
  text: string;
  /** A person id (`p…`) or organization id (`o…`), or null. */
  speakerId: string | null;
  speakerName: string | null;
  /** The mention next to the cue; may be a pronoun or a role noun. */
  speakerMention: Span | null;
  cue: Span | null;
  /**
   * Where the speaker mention is a pronoun standing for a source the text does not name
   * ("A spokeswoman for the ministry told the BBC … "…," she said."), that source's words;
   * absent otherwise.
   */
  speakerReferent?: Span;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TimeML value, or null where it cannot be resolved (e.g. no article date). */
  value: string | null;
  /**
   * A length of time anchored in the story ("three days later": DURATION `P3D`): the
   * calendar value of the point it leads to (TimeML's non-consuming anchored point), which
   * the sidebar and the hover place the phrase at; null where the point cannot be resolved.
   */
  point?: string | null;
}

export type DocumentDateSource =
  | 'user'
  | 'front-matter'
  | 'dateline'
  /** A dateline with a month and day only, its year the latest up to `today` (AnnotateOptions). */
  | 'dateline-without-year'
  | 'published-line'
  | 'file-name'
  | 'none';

export type ProblemSeverity = 'error' | 'warning' | 'information' | 'hint';

/** Something the finders noticed about the text itself (damaged marks, etc.). */
export interface TextProblem {
  start: number;
  end: number;
  message: string;
  /** Stable identifier, e.g. `unbalanced-quote`. */
  code: string;
}

export interface Annotations {
  schema: typeof SCHEMA_ID;
  source?: string;
  /** The anchor used for relative dates (YYYY-MM-DD), or null. */
  documentDate: string | null;
  documentDateSource: DocumentDateSource;
  people: Person[];
  organizations: Organization[];
  places: Place[];
  quotes: Quote[];
  dates: DateMention[];
  problems: TextProblem[];
}

export interface AnnotateOptions {
  /** Article date set by the user (YYYY-MM-DD); wins over anything found in the text. */
  documentDate?: string | null;
  /** File name, used as the last source of an article date. */
  fileName?: string;
  /**
   * The day the text is read (YYYY-MM-DD), given by the adapter: the core never reads the
   * clock. A dateline without a year ("BEIJING, June 19 (Reuters) -") with no year found
   * elsewhere is taken as the latest such day up to it.
   */
  today?: string | null;
  source?: string;
}
