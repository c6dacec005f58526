import { type NewsParser, newsParser, resultOf } from './newsParser';
import { TriggerKind } from '../dateTriggers';
import { SPELLED_YEAR, spelledYearValue } from './yearParser';

// Seasons (TimeML `1998-SU`): "this summer", "last fall", "the winter of 1994",
// "spring 2023", "early next spring", "the following spring" (after the story's last
// date), and in broadcast transcripts "the winter of nineteen ninety-four". "fall" and "spring" are also verbs and nouns
// ("prices fall", "the fall of Kabul", "the Arab Spring"), so a bare season counts only
// with a word that makes it a time: a determiner, a preposition or a year.

const CODES: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
const YEAR = '(?:1\\d{3}|20\\d{2})';

const SEASON = new RegExp(
  `(?:(this past|this|last|next|the\\s+(?:following|previous|preceding)|the|that|(?:early|late|mid)[- ]?(?:this|last|next)?)\\s*-?\\s*)?` +
  // "the winter of 1962-63": a winter across two years is the first's (it starts in its December).
  `(spring|summer|fall|autumn|winter)(?:time)?(?:\\s+(?:of\\s+)?(${YEAR}|${SPELLED_YEAR})(?:[-/–]\\d\\d(?!\\d))?)?(?![\\p{L}\\p{N}-])`,
  'iu',
);

export function seasonParsers(): NewsParser[] {
  return [
    newsParser(TriggerKind.season, SEASON, (context, m) => {
      const determiner = m[1]?.toLowerCase().replace(/\s+/g, ' ');
      const word = m[2].toLowerCase();
      const year = m[3] ? (/^\d/.test(m[3]) ? Number(m[3]) : spelledYearValue(m[3]) ?? undefined) : undefined;
      // "the Arab Spring", "Summer Olympics" are names; a lowercase season is a time word.
      if (m[2][0] !== m[2][0].toLowerCase() && !isSentenceStart(context.text, m.index)) return null;
      const before = context.text.slice(Math.max(0, m.index - 12), m.index);
      const after = context.text.slice(m.index + m[0].length, m.index + m[0].length + 24);
      const prepositionBefore = /\b(?:in|during|until|by|since|through|over|this|last|next|until|till|before|after)\s+$/i.test(before);
      if (!determiner && !year && !prepositionBefore) return null;
      // "the winter fuel payment", "a new summer coat", "the Winter Olympics": a season before a
      // noun of a kind of thing names the kind, not a time; "the autumn term", "the fall
      // campaign", "this summer's heat" stay dates.
      if (!year && (!determiner || determiner === 'the' || determiner === 'that') && KIND_AFTER_SEASON.test(after)) return null;
      if (determiner === 'the' && !year) {
        // "the fall of Kabul", "the fall in prices", "the spring in his step".
        // "in the spring and a ruling by June", "the plan announced in the spring was": after a
        // preposition of time, a verb or "and" goes on to something else.
        if (/^\s+(?:of|in|from|to|by)\b/i.test(after) || (/^\s+(?:was|is|has|had|would|will|came|comes|and)\b/i.test(after) && !/\b(?:in|during|until|through|over)\s+$/i.test(before))) return null;
        if (word === 'fall' || word === 'spring') {
          // "The rules apply from the spring": a time, unless the spring is water's source ("water
          // from the spring"); never "from the fall", as often a fall's injuries.
          const fromSpring = word === 'spring' && /\bfrom\s+$/i.test(before) && !WATER_BEFORE.test(context.text.slice(Math.max(0, m.index - 48), m.index));
          if (!fromSpring && !/\b(?:in|during|until|by|since|through|over|for|before|after)\s+$/i.test(before)) return null;
        }
      }
      if (!determiner && (word === 'fall' || word === 'spring') && !year) return null;
      // "He was charged the following spring": the spring after the last date the story named.
      const told = determiner !== undefined && /following|previous|preceding/.test(determiner);
      const relative = determiner && /last|past|previous|preceding/.test(determiner) ? -1 : determiner && /next|following/.test(determiner) ? 1 : determiner && /this/.test(determiner) ? 0 : undefined;
      return resultOf(context, m, year ? { year } : {}, { kind: 'season', season: CODES[word], relative, anaphor: told ? 1 : undefined });
    }),
  ];
}

/** Words of water before "from the spring": the spring is where the water comes from. */
const WATER_BEFORE = /\b(?:water|waters|drink\w*|drank|flow\w*|pour\w*|stream\w*|bottled|piped|pumped|gush\w*|trickl\w*|bubbl\w*|fetch\w*|drawn|drew|collected)\b[^.!?]*$/i;

/** Nouns a season makes a kind of (what is worn, paid, played or grown in it), rather than dating them. */
const KIND_AFTER_SEASON = /^\s+(?:fuel|heating|payments?|allowances?|bills?|coats?|jackets?|boots|clothes|clothing|wear|tyres?|tires?|sports?|olympics?|paralympics?|games|wheat|barley|crops?|vegetables?|flu|virus|vomiting|storms?|weather|blues|wardrobe|fashion|collection|menu|schools?|camps?|jobs?|internships?|interns?|residence|home|house|palace|resort)\b/i;

function isSentenceStart(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 3), index);
  return index === 0 || /(?:^|[.!?"“]\s*|\n\s*)$/.test(before);
}
