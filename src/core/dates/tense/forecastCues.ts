// Forecasts, expectations and what was foreshadowed: a weekday after a business forecast is the
// day it was made, while a month or a season a past "expected" or "signalled" names is still ahead.

/** A singular subject, "forecast", an object that is no weather (or none) and the date's "on" (FORECAST_MADE in tenseOfClause). */
export const FORECAST_MADE = /(?:\b[A-Z][\p{L}.&'’-]*|\b(?:he|she|it)|\b(?:[Tt]he|[Ii]ts)\s+(?!weather\b)[a-z]+[^s\W])\s+(?:also\s+)?forecast\s+(?![^.;!?,]*\b(?:rain|snow|sleet|hail|showers?|storms?|thunderstorms?|sunshine|sun|winds?|gusts?|frost|fog|heat|temperatures?|highs?|lows?|weather|flooding|tornado(?:es)?|hurricanes?)\b)(?:[^.;!?,]{1,80}?\s)?(?:on\s+)?$/u;
/** A past "expected", not after an auxiliary or "as", its object, and the date's preposition (tenseOfClause). */
export const EXPECTED_OBJECT = /(?<!\b(?:had|has|have|as|than|be|been|being|is|are|was|were|not|widely|originally|previously|initially)\s+)\bexpected\s+(?:the|a|an|another|further|more|its|their|some)\s+[^.;:!?,]{1,60}?\s(?:in|by|before|during|from|until|for)\s+(?:the\s+)?(?:(?:early|late|mid)[- ]?)?$/i;
/**
 * A past verb that foreshadows what it names, its object's article and at most two adjectives
 * right before the date: "signalled a February cut", "called a snap June election", "pencilled
 * in the spring budget" (FORESHADOWED_NOUN_AFTER: the date qualifies a noun after it).
 */
export const FORESHADOWING = /\b(?:signall?ed|flagged|hinted\s+at|pencill?ed\s+in|promised|pledged|called|proposed|floated|mooted|trailed|telegraphed|threatened|sought|urged|demanded)\s+(?:a|an|the|its|their|his|her|another)\s+(?:(?!(?:in|on|at|by|for|from|since|until|during|of|to)\s)[\p{Ll}-]+\s+){0,2}$/u;
/** The noun a month or a season qualifies: "February cut", "June election" (not a clause end or a preposition). */
export const FORESHADOWED_NOUN_AFTER = /^[ \t]+(?!(?:and|or|but|in|on|at|by|for|from|to|of|with|as|after|before|when|while|that|which|is|was|were|will|would)\b)\p{Ll}{3,}/u;
/** A month or a season alone, as the date read, or its early or late part ("hinted at an early May election"). */
export const MONTH_OR_SEASON = /^(?:(?:early|late|mid)[- ])?(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|fall|winter)$/i;
/** A weekday, the day a thing was done rather than a period it is for. */
export const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
