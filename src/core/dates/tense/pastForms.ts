// Whether a word is a past verb or participle ("said", "shot", "was"), without a tagger: the
// irregular forms listed, the regular ones by their "-ed", less the adjectives that end so.

export const PAST_AUX = new Set(['was', 'were', 'had', 'did', 'been']);
/**
 * The past auxiliaries with "not" run in, one word here ("They weren't born until a decade later").
 * Not "didn't": its verb's object may name an event ahead ("didn't make the cut for the main stage
 * Thursday", of a debate to come), which the words left it to decide.
 */
const NEGATED_PAST_AUX = new Set(["wasn't", "weren't", "hadn't"]);
export const IRREGULAR_PAST = new Set([
  'said', 'told', 'went', 'came', 'took', 'made', 'gave', 'met', 'began', 'fell', 'rose', 'won', 'lost', 'left', 'held', 'saw',
  'got', 'sold', 'bought', 'paid', 'sent', 'spent', 'brought', 'thought', 'found', 'felt', 'kept', 'led', 'ran', 'wrote', 'spoke',
  'became', 'knew', 'grew', 'drew', 'flew', 'threw', 'struck', 'stood', 'heard', 'meant', 'broke', 'chose', 'drove', 'ate', 'fought',
  'caught', 'taught', 'sought', 'built', 'lent', 'dealt', 'hung', 'shot', 'slid', 'sank', 'swore', 'tore', 'wore', 'woke', 'forgot',
  'forgave', 'arose', 'awoke', 'bore', 'bound', 'bred', 'clung', 'dug', 'fled', 'flung', 'froze', 'hid', 'laid', 'lay', 'lit', 'overcame',
  'oversaw', 'rang', 'rode', 'sang', 'shook', 'shrank', 'slept', 'sold', 'spun', 'stole', 'stuck', 'stung', 'strove', 'swam', 'swept',
  'swung', 'undertook', 'underwent', 'understood', 'withdrew', 'withheld', 'won', 'wound', 'upheld', 'outlined', 'sped', 'fed', 'dove',
  // Regular, but too short for the "-ed" rule below (which skips "bed", "red", "shed").
  'died', 'sued', 'owed', 'tied', 'lied', 'vied', 'eyed',
  // Participles in "-en" and "-wn" ("a poll taken Thursday through Monday", "was stolen Friday"); not "given" or "known", as often "given that", "known as".
  'taken', 'written', 'seen', 'done', 'shown', 'chosen', 'spoken', 'broken', 'driven', 'stolen', 'beaten', 'fallen', 'forgotten', 'hidden',
  'risen', 'shaken', 'sworn', 'thrown', 'drawn', 'grown', 'flown', 'blown', 'begun', 'withdrawn', 'overtaken', 'undertaken',
]);
// Words ending in -ed that are not past verbs (or are far more often adjectives).
const NOT_PAST = new Set([
  'need', 'speed', 'seed', 'feed', 'bed', 'red', 'hundred', 'indeed', 'united', 'based', 'related', 'limited', 'proceed', 'succeed',
  'exceed', 'breed', 'greed', 'deed', 'weed', 'shed', 'wed', 'led', 'fed', 'bred', 'sled', 'shred', 'embed', 'naked', 'wicked',
  'sacred', 'kindred', 'rugged', 'beloved', 'ragged', 'learned', 'alleged', 'so-called', 'detailed', 'advanced', 'experienced', 'talented',
  'supposed', 'used', 'concerned', 'interested', 'qualified', 'registered', 'undisclosed', 'unidentified', 'unnamed', 'armed',
  'crowded', 'skilled', 'dedicated', 'sophisticated', 'complicated', 'automated', 'mixed', 'fixed', 'closed-door', 'unprecedented',
]);

/** A past verb or participle ("said", "shot", "killed"), lower case. */
export function isPastForm(w: string): boolean {
  return PAST_AUX.has(w) || NEGATED_PAST_AUX.has(w) || IRREGULAR_PAST.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w) && !isNegatedParticiple(w));
}

/** Verbs that begin with the prefix "un-" ("uncovered the plot Monday"); other "un-...-ed" words are adjectives. */
const UN_VERBS = new Set([
  'uncovered', 'unveiled', 'unearthed', 'unleashed', 'unlocked', 'unloaded', 'unraveled', 'unravelled', 'unfolded', 'unsealed',
  'unblocked', 'unpacked', 'unwrapped', 'unplugged', 'unnerved', 'unseated', 'untied', 'unfurled', 'unmasked', 'unified',
]);

/** "an unspecified date in January", "the unexpected loss": not a past verb. */
function isNegatedParticiple(w: string): boolean {
  return w.startsWith('un') && !w.startsWith('under') && !UN_VERBS.has(w);
}
