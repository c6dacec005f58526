// The tenses the reader tells a date's clause by, and those a single verb marks: the value rules
// ask only past, present or future of the clause, the reader also needs an infinitive's open one.

/**
 * 'underPast' is an infinitive's under a past verb ("clashed over how to release it late
 * Thursday"): told as the past, so a weekday is the one before, while a month or a year is
 * read as in the present (the thing to be done may lie either side of the article date).
 */
export type Tense = 'past' | 'present' | 'underPast' | 'future' | 'none';

/** A marker's tense; 'open' is an infinitive's ("to win Tuesday"), which stops the search for a verb but points neither way. */
export type MarkerTense = Exclude<Tense, 'none'> | 'open';
