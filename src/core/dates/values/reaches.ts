// How far the value rules read back for the dates the story named, and how far a tense may let a
// day stray from the article date: shared by rules in several files, so that they agree (the
// incremental finder's READ_BACK, lastDateRun.ts, is kept above the longest).

/** How far back "that day" or "the quarter" looks for the date it refers to. */
export const ANAPHOR_REACH = 2500;
/** How far a past or future clause may name a day on the other side of the article date (a slip, a deadline). */
export const TENSE_SLACK_DAYS = 31;

/** How far back a clock time looks for the day it is on. */
export const CLOCK_REACH = 300;

/** How far back a year named in a past story carries to a month and day without one. */
export const STORY_YEAR_REACH = 1000;

/** How far back in its sentence a month looks for the year of a past story. */
export const SENTENCE_YEAR_REACH = 200;
