// Which way a relative date points depends on the verb it goes with: "met on Monday"
// is the Monday before the article date, "will meet on Monday" the one after. This
// finds the verb group nearest to the date inside its sentence and reads its tense
// from auxiliaries and verb forms; no tagger is needed for that.

export type Tense = 'past' | 'present' | 'future' | 'none';

/** How far to look on each side of a date for its verb. */
const REACH = 240;
/** A verb this close after a date ("Friday reported") beats a farther one before it. */
const AFTER_PREFERRED_WITHIN = 2;

const FUTURE_AUX = new Set(['will', 'shall', "'ll", 'll', 'wo', 'won', 'would', "'d"]);
/** Verbs of expectation look ahead whatever their tense of their own. */
const EXPECTING = new Set(['expect', 'expects', 'anticipate', 'anticipates', 'predict', 'predicts', 'forecast', 'forecasts', 'project', 'projects', 'foresee', 'foresees']);
const FUTURE_BEFORE_TO = new Set(['going', 'due', 'scheduled', 'set', 'slated', 'expected', 'poised', 'planned', 'plans', 'plan', 'planning', 'intends', 'intend', 'aims', 'hopes', 'wants', 'supposed', 'likely', 'promised', 'vowed', 'pledged', 'threatened', 'agreed', 'decided']);
const PRESENT = new Set(['is', 'are', 'am', "'s", "'re", 'says', 'say', 'does', 'do', 'can', 'must', 'should', 'may', 'might', 'could', 'has', 'have', 'remains', 'seems', 'looks', 'believes', 'thinks', 'expects', 'hopes', 'wants', 'plans', 'needs', 'sees', 'faces', 'holds', 'leads', 'runs', 'continues']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', 'been']);
const IRREGULAR_PAST = new Set([
  'said', 'told', 'went', 'came', 'took', 'made', 'gave', 'met', 'began', 'fell', 'rose', 'won', 'lost', 'left', 'held', 'saw',
  'got', 'sold', 'bought', 'paid', 'sent', 'spent', 'brought', 'thought', 'found', 'felt', 'kept', 'led', 'ran', 'wrote', 'spoke',
  'became', 'knew', 'grew', 'drew', 'flew', 'threw', 'struck', 'stood', 'heard', 'meant', 'broke', 'chose', 'drove', 'ate', 'fought',
  'caught', 'taught', 'sought', 'built', 'lent', 'dealt', 'hung', 'shot', 'slid', 'sank', 'swore', 'tore', 'wore', 'woke', 'forgot',
  'forgave', 'arose', 'awoke', 'bore', 'bound', 'bred', 'clung', 'dug', 'fled', 'flung', 'froze', 'hid', 'laid', 'lay', 'lit', 'overcame',
  'oversaw', 'rang', 'rode', 'sang', 'shook', 'shrank', 'slept', 'sold', 'spun', 'stole', 'stuck', 'stung', 'strove', 'swam', 'swept',
  'swung', 'undertook', 'underwent', 'understood', 'withdrew', 'withheld', 'won', 'wound', 'upheld', 'outlined', 'sped', 'fed', 'dove',
]);
// Words ending in -ed that are not past verbs (or are far more often adjectives).
const NOT_PAST = new Set([
  'need', 'speed', 'seed', 'feed', 'bed', 'red', 'hundred', 'indeed', 'united', 'based', 'related', 'limited', 'proceed', 'succeed',
  'exceed', 'breed', 'greed', 'deed', 'weed', 'shed', 'wed', 'led', 'fed', 'bred', 'sled', 'shred', 'embed', 'naked', 'wicked',
  'sacred', 'kindred', 'rugged', 'beloved', 'ragged', 'learned', 'alleged', 'so-called', 'detailed', 'advanced', 'experienced', 'talented',
  'supposed', 'used', 'concerned', 'interested', 'qualified', 'registered', 'undisclosed', 'unidentified', 'unnamed', 'armed',
  'crowded', 'skilled', 'dedicated', 'sophisticated', 'complicated', 'automated', 'mixed', 'fixed', 'closed-door', 'unprecedented',
]);
const NOT_A_VERB = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'him', 'them', 'us', 'me',
  'it', 'some', 'all', 'about', 'date', 'day', 'week', 'month', 'year', 'what', 'which', 'whom', 'each', 'every', 'more', 'less',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'other', 'another', 'any', 'no', 'both',
]);
const REPORTING = new Set(['said', 'says', 'told', 'added', 'noted', 'explained', 'stated', 'reported', 'announced', 'according', 'wrote', 'argued']);

interface Marker {
  tense: Exclude<Tense, 'none'>;
  /** Distance in words from the date (0 = adjacent). */
  distance: number;
}

/** The tense of the clause a date expression at [start, end) belongs to. */
export function tenseAround(text: string, start: number, end: number): Tense {
  const left = sentenceStart(text, start);
  const right = sentenceEnd(text, end);
  const before = words(text.slice(left, start)).reverse();
  const after = words(text.slice(end, right));
  // Only the verb nearest to the date on each side counts, so each walk stops at the
  // first one. A reporting verb after the date and a comma dates the report, not the
  // event (a "tail"): it counts only when the clause has no other verb.
  let nearestBefore: Marker | undefined;
  for (let i = 0; i < before.length && !nearestBefore; i++) {
    const tense = tenseAt(before, i, true);
    if (tense) nearestBefore = { tense, distance: i };
  }
  let nearestAfter: Marker | undefined;
  let nearestTail: Marker | undefined;
  let commaSeen = /^\s*[,;:—–-]/.test(text.slice(end, end + 3));
  for (let i = 0; i < after.length && !nearestAfter; i++) {
    const w = after[i];
    if (w === ',') commaSeen = true;
    const tense = tenseAt(after, i, false);
    if (!tense) continue;
    if (commaSeen && REPORTING.has(w)) nearestTail ??= { tense, distance: i };
    else nearestAfter = { tense, distance: i };
  }
  if (!nearestBefore && !nearestAfter) return nearestTail ? nearestTail.tense : 'none';
  // A date most often follows its verb ("will meet on Monday", "said Friday"); a verb
  // after it wins only when it is right there ("on Friday reported") or the only one.
  if (!nearestBefore) return (nearestAfter as Marker).tense;
  if (!nearestAfter) return nearestBefore.tense;
  return nearestAfter.distance <= AFTER_PREFERRED_WITHIN && nearestBefore.distance > nearestAfter.distance ? nearestAfter.tense : nearestBefore.tense;
}

/** Words and commas, lowercased, in text order. */
function words(s: string): string[] {
  return s.toLowerCase().match(/[a-z]+(?:['’-][a-z]+)*|['’](?:ll|d|s|re)\b|,/g)?.map((w) => w.replace('’', "'")) ?? [];
}

/** Tense of `list[i]`; a backward list runs from the date towards the sentence start. */
function tenseAt(list: string[], i: number, backward: boolean): Marker['tense'] | null {
  const k = backward ? 1 : -1;
  return tenseOfWord(list[i], list[i + k], list[i + 2 * k], list[i - k]);
}

function tenseOfWord(w: string, prev1: string | undefined, prev2: string | undefined, next: string | undefined): Marker['tense'] | null {
  if (w === ',') return null;
  // "agreed to acquire it in January": the infinitive, not "agreed", carries the date,
  // and says nothing of past or future unless what governs it looks ahead ("is
  // scheduled to close Monday", "is to resume Tuesday").
  if (prev1 === 'to' && !NOT_A_VERB.has(w)) {
    return prev2 && (FUTURE_BEFORE_TO.has(prev2) || prev2 === 'is' || prev2 === 'are' || EXPECTING.has(prev2)) ? 'future' : 'present';
  }
  if (FUTURE_AUX.has(w) || EXPECTING.has(w)) return 'future';
  // "effective Feb. 1", "as of June 1": a date set by a rule, either side of today.
  if (w === 'effective' || w === 'starting' || w === 'beginning') return 'present';
  if (w.endsWith("'ll") || w === "won't") return 'future';
  if (FUTURE_BEFORE_TO.has(w) && next === 'to') return 'future';
  if ((w === 'is' || w === 'are') && next === 'to') return 'future';
  const pastForm = PAST_AUX.has(w) || IRREGULAR_PAST.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w));
  if (pastForm) {
    // "will be held", "to be named", "is expected": the auxiliary before the participle decides.
    for (const p of [prev1, prev2]) {
      if (!p) break;
      if (FUTURE_AUX.has(p) || p.endsWith("'ll")) return 'future';
      if (p === 'to' || p === 'be' || p === 'being') return null;
      if (p === 'is' || p === 'are' || p === 'am') return 'present';
    }
    return 'past';
  }
  if (PRESENT.has(w)) return 'present';
  return null;
}

function sentenceStart(text: string, from: number): number {
  const limit = Math.max(0, from - REACH);
  for (let i = from - 1; i > limit; i--) {
    const c = text[i];
    if (c === '\n' && text[i - 1] === '\n') return i + 1;
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? '') && !/\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Gov|Sen|Rep|Gen|Inc|Corp|Co|U\.S|a\.m|p\.m)$/.test(text.slice(Math.max(0, i - 5), i))) return i + 1;
  }
  return limit;
}

function sentenceEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + REACH);
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if (c === '\n' && text[i + 1] === '\n') return i;
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? '') && !/\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Gov|Sen|Rep|Gen|Inc|Corp|Co|U\.S|a\.m|p\.m)$/.test(text.slice(Math.max(0, i - 5), i))) return i;
  }
  return limit;
}
