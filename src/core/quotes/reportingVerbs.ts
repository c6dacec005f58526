import type { Token } from '../text/tokenizer';
import { CaselessWordSet } from '../text/caselessWordSet';
import { cachedByText } from '../text/cachedByText';
import { onRefill } from '../text/refilledTokens';
import { lowerCase, lowersTo } from './caselessTests';

// The reporting verbs and phrases that introduce speech, in one place (issue 4 asks for it).
// Every finder and resolver reads them from here: the quote classifier, the speaker resolver,
// the indirect-speech finder and the name finder's context test.

/** Verbs that report words: "said", "told", "warned", … (lemmas; forms are generated). */
const SPEECH_LEMMAS = [
  'say', 'tell', 'add', 'state', 'stress', 'urge', 'warn', 'note', 'explain', 'ask', 'reply', 'respond', 'claim',
  'argue', 'insist', 'declare', 'announce', 'write', 'tweet', 'post', 'continue', 'recall', 'admit', 'acknowledge',
  'suggest', 'emphasize', 'emphasise', 'remark', 'comment', 'quip', 'joke', 'shout', 'yell', 'whisper', 'predict',
  'promise', 'vow', 'assert', 'contend', 'maintain', 'concede', 'confirm', 'deny', 'report', 'mention', 'observe',
  'agree', 'recount', 'boast', 'complain', 'charge', 'testify', 'caution', 'conclude', 'reiterate', 'allege',
  'disclose', 'reveal', 'indicate', 'propose', 'demand', 'pledge', 'threaten', 'counter', 'retort', 'interject',
  'scoff', 'sigh', 'laugh', 'muse', 'marvel', 'lament', 'proclaim', 'affirm', 'advise', 'inform', 'instruct',
  'recommend', 'question', 'underscore', 'underline', 'signal', 'hint', 'speculate', 'opine', 'posit', 'theorize',
  'apologize', 'elaborate', 'clarify', 'estimate', 'assure', 'concur', 'advocate', 'accuse',
  'blast', 'slam', 'criticize', 'criticise', 'praise', 'mock', 'tout', 'brag', 'chide', 'scold', 'plead',
  'beg', 'cry', 'exclaim', 'mutter', 'murmur', 'grumble', 'snap', 'rail', 'rant', 'thunder', 'gush',
  'repeat', 'read', 'begin', 'go', 'forecast', 'project', 'calculate', 'find', 'show',
  'notice', 'lecture', 'preach', 'summarize', 'relate', 'recollect',
  'confide', 'confess', 'volunteer', 'offer', 'answer', 'pronounce', 'profess',
  'swear', 'guarantee', 'foresee', 'grant', 'protest', 'object', 'dispute', 'contest',
  'challenge', 'rebut', 'refute', 'reject', 'dismiss', 'deride', 'ridicule', 'wonder',
  'point', 'describe', 'call', 'label', 'dub', 'term', 'characterize', 'put',
  'bark', 'boom', 'fume', 'crack', 'chant', 'exhort', 'surmise', 'press', 'react', 'riff', 'remember', 'sing',
  // Ways of saying a line: `"This is fantastic!" beamed Donald Hartley`.
  'beam', 'gasp', 'sneer', 'snarl', 'bellow', 'holler', 'scream', 'groan', 'chuckle', 'howl', 'roar', 'hiss', 'stammer', 'blurt',
  'smile', 'grin', 'text', 'email',
];

/**
 * Verbs that report words only with their particle: "shot back", "weighed in", "lashed out".
 * On its own "shot" or "hit" is no cue, so the pair is tested where the flags are computed.
 */
const PHRASAL_SPEECH: Record<string, string> = {
  shoot: 'back', fire: 'back', hit: 'back', push: 'back', snap: 'back', weigh: 'in', chime: 'in', lash: 'out', speak: 'out', cut: 'in',
};

/** Verbs of belief: report a stance rather than words; they introduce indirect speech only. */
const COGNITION_LEMMAS = ['believe', 'think', 'hope', 'fear', 'feel', 'expect', 'reckon', 'know', 'doubt', 'suspect', 'figure', 'understand', 'learn', 'want', 'worry'];

/**
 * Speech acts of praise and blame, whose object is who or what is judged: `praised Saka`,
 * `criticized the trade`. Unlike "conceded" or "recounted", they never stand before their
 * subject (`…, conceded Smith`), so a name after them is never the speaker.
 */
const JUDGING_LEMMAS = [
  'criticize', 'criticise', 'praise', 'blame', 'attack', 'defend', 'endorse', 'denounce', 'condemn', 'welcome',
  'slam', 'blast', 'mock', 'tout', 'applaud', 'thank', 'congratulate', 'lambaste', 'ridicule', 'deride', 'hail',
  'credit', 'fault', 'chide', 'rebuke', 'champion', 'promote', 'decry',
];
const JUDGING = new Set(JUDGING_LEMMAS);

/**
 * Speech acts whose passive still reports what was said, after its preposition: `was criticized
 * for …`, `were accused of …`, `has been described as …` (not `was called for Cruz`, a race called).
 */
const PASSIVE_REPORTS = new Set([...JUDGING_LEMMAS, 'accuse', 'describe', 'portray', 'characterize', 'label', 'dismiss']);

/**
 * Speech acts reported by their object rather than a clause: "criticized the plan",
 * "accused Clinton of lying", "endorsed Cruz". They stand for something someone said, so
 * their object is reported speech; they never attribute a quotation on their own.
 */
const SPEECH_ACT_LEMMAS = [
  ...JUDGING_LEMMAS,
  'accuse', 'reject', 'dismiss', 'highlight', 'cite', 'mention', 'discuss', 'describe', 'call', 'label', 'characterize',
  'portray', 'question', 'challenge', 'dispute', 'recommend', 'propose', 'demand', 'request', 'refute', 'contradict',
  'concede', 'recount',
];

/** Lemmas too loose to attribute a quotation next to them on their own ("went", "called", "put"). */
const WEAK_SPEECH_LEMMAS = new Set([
  'go', 'begin', 'continue', 'call', 'describe', 'point', 'label', 'dub', 'term', 'characterize', 'put', 'read',
  'find', 'show', 'project', 'calculate', 'offer', 'grant', 'object', 'reject', 'dismiss', 'challenge', 'contest',
  'post', 'signal', 'question', 'smile', 'grin', 'text', 'email',
]);

/** Verbs after which the object is the listener ("told reporters", "urged Congress"). */
const LISTENER_LEMMAS = new Set(['tell', 'urge', 'warn', 'ask', 'inform', 'advise', 'instruct', 'assure', 'remind', 'caution', 'beg', 'promise', 'accuse', 'lecture', 'challenge', 'order']);

const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  think: ['think', 'thinks', 'thought', 'thinking'],
  feel: ['feel', 'feels', 'felt', 'feeling'],
  know: ['know', 'knows', 'knew', 'known', 'knowing'],
  begin: ['begin', 'begins', 'began', 'begun', 'beginning'],
  go: ['go', 'goes', 'went', 'gone', 'going'],
  read: ['read', 'reads', 'reading'],
  swear: ['swear', 'swears', 'swore', 'sworn', 'swearing'],
  find: ['find', 'finds', 'found', 'finding'],
  show: ['show', 'shows', 'showed', 'shown', 'showing'],
  understand: ['understand', 'understands', 'understood', 'understanding'],
  learn: ['learn', 'learns', 'learned', 'learnt', 'learning'],
  foresee: ['foresee', 'foresees', 'foresaw', 'foreseen', 'foreseeing'],
  forecast: ['forecast', 'forecasts', 'forecasting', 'forecasted'],
  put: ['put', 'puts', 'putting'],
  cry: ['cry', 'cries', 'cried', 'crying'],
  snap: ['snap', 'snaps', 'snapped', 'snapping'],
  quip: ['quip', 'quips', 'quipped', 'quipping'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  beg: ['beg', 'begs', 'begged', 'begging'],
  brag: ['brag', 'brags', 'bragged', 'bragging'],
  slam: ['slam', 'slams', 'slammed', 'slamming'],
  dub: ['dub', 'dubs', 'dubbed', 'dubbing'],
  plead: ['plead', 'pleads', 'pleaded', 'pled', 'pleading'],
  label: ['label', 'labels', 'labeled', 'labelled', 'labeling', 'labelling'],
  signal: ['signal', 'signals', 'signaled', 'signalled', 'signaling'],
  concur: ['concur', 'concurs', 'concurred', 'concurring'],
  rebut: ['rebut', 'rebuts', 'rebutted', 'rebutting'],
  refer: ['refer', 'refers', 'referred', 'referring'],
  shoot: ['shoot', 'shoots', 'shot', 'shooting'],
  hit: ['hit', 'hits', 'hitting'],
  chime: ['chime', 'chimes', 'chimed', 'chiming'],
  speak: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
  push: ['push', 'pushes', 'pushed', 'pushing'],
  cut: ['cut', 'cuts', 'cutting'],
  sing: ['sing', 'sings', 'sang', 'sung', 'singing'],
  grin: ['grin', 'grins', 'grinned', 'grinning'],
  text: ['text', 'texts', 'texted', 'texting'],
};

/** Regular English inflection: -s, -ed, -ing with the usual spelling changes. */
function inflect(lemma: string): string[] {
  if (Object.hasOwn(IRREGULAR, lemma)) return IRREGULAR[lemma];
  const forms = [lemma];
  if (/[^aeiou]y$/.test(lemma)) {
    const stem = lemma.slice(0, -1);
    forms.push(`${stem}ies`, `${stem}ied`, `${lemma}ing`);
  } else if (/e$/.test(lemma)) {
    forms.push(`${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`);
  } else if (/(s|sh|ch|x|z)$/.test(lemma)) {
    forms.push(`${lemma}es`, `${lemma}ed`, `${lemma}ing`);
  } else {
    forms.push(`${lemma}s`, `${lemma}ed`, `${lemma}ing`);
  }
  return forms;
}

const LEMMA_OF = new Map<string, string>();
for (const lemma of [...SPEECH_LEMMAS, ...COGNITION_LEMMAS]) for (const form of inflect(lemma)) if (!LEMMA_OF.has(form)) LEMMA_OF.set(form, lemma);
const SPEECH_ACT_FORMS = new Set(SPEECH_ACT_LEMMAS.flatMap(inflect));
const PARTICLE_OF = new Map<string, string>();
for (const [lemma, particle] of Object.entries(PHRASAL_SPEECH)) for (const form of inflect(lemma)) PARTICLE_OF.set(form, particle);

const COGNITION = new Set(COGNITION_LEMMAS);

const SPEECH = 1;
const WEAK = 2;
const COGNITIVE = 4;
const ACT = 8;
const LISTENER = 16;
/** The verb of a phrasal reporting verb ("shot" of "shot back"): a cue only with its particle (phrasalFlags). */
const PHRASAL = 32;

function flagsOfForm(lower: string): number {
  const lemma = LEMMA_OF.get(lower);
  let flags = 0;
  if (lemma !== undefined) {
    if (COGNITION.has(lemma)) flags |= COGNITIVE;
    // "the panel report", "investigative reports", "battleground states", "state law": only
    // "reported", "stated" and "stating" are surely verbs.
    else if (WEAK_SPEECH_LEMMAS.has(lemma) || (lemma === 'report' && !lower.endsWith('ed')) || (lemma === 'state' && (lower === 'state' || lower === 'states'))) flags |= WEAK;
    else flags |= SPEECH;
    if (LISTENER_LEMMAS.has(lemma)) flags |= LISTENER;
  }
  if (SPEECH_ACT_FORMS.has(lower)) flags |= ACT;
  if (PARTICLE_OF.has(lower)) flags |= PHRASAL;
  return flags;
}

// Every word of a text is asked about several times. Most are no form of these verbs and
// are turned away by their length and letters alone; the flags of the lowercase forms are
// computed once; any other spelling ("Said", "sand") is computed the first time and kept
// (the cache is cleared when it grows past what any news vocabulary needs).
const FORM_FLAGS = new Map<string, number>();
for (const form of [...LEMMA_OF.keys(), ...SPEECH_ACT_FORMS, ...PARTICLE_OF.keys()]) FORM_FLAGS.set(form, flagsOfForm(form));
/** Every form of a reporting verb, lowercase: a token whose lowercase is none of them is no reporting word. */
export const REPORTING_FORMS: readonly string[] = [...FORM_FLAGS.keys()];
const FLAGGED_FORMS = new CaselessWordSet(REPORTING_FORMS);
const flagsOfSpelling = cachedByText((word: string) => flagsOfForm(lowerCase(word)), 200_000);

/** The word asked about last and its flags: a finder asks one word's flags several times in a row (speech verb? weak? cognition?). */
let lastWord = '';
let lastWordFlags = 0;

function flagsOf(word: string): number {
  if (word === lastWord) return lastWordFlags;
  const flags = FLAGGED_FORMS.mayHold(word) ? FORM_FLAGS.get(word) ?? flagsOfSpelling(word) : 0;
  lastWord = word;
  lastWordFlags = flags;
  return flags;
}

/**
 * The flags of the tokens of a text, each computed the first time it is asked for and kept
 * per token list: finders ask about the same tokens many times, and an array read is
 * cheaper than a string look-up. Computed on demand, not for the whole list at once: the
 * incremental annotator reads the cues of only the few quotations an edit touched.
 */
const tokenFlags = new WeakMap<Token[], Uint8Array>();
/** No flag combination reaches this value. */
const UNKNOWN = 0xff;

/**
 * The list asked about last, its flags (null until kept) and how often it was asked since it
 * became the last: a finder asks about one list many times in a row, and a WeakMap look-up
 * per question cost more than the flags it found. A list asked only a few times (the
 * paragraph slices the reported-speech finder reads, one per paragraph) is not worth an
 * array and a WeakMap entry: its flags are computed as asked until it has been asked
 * FLAGS_KEPT_AFTER times in a row.
 */
let lastTokens: Token[] | null = null;
let lastFlags: Uint8Array | null = null;
let askedInRow = 0;
const FLAGS_KEPT_AFTER = 16;

// The incremental analysis fills its array of the text's tokens again at every call: the flags held for it are another text's.
onRefill((tokens) => {
  tokenFlags.delete(tokens as Token[]);
  if (tokens === lastTokens) {
    lastTokens = null;
    lastFlags = null;
  }
});

function flagsAt(tokens: Token[], i: number): number {
  if (tokens !== lastTokens) {
    lastTokens = tokens;
    lastFlags = tokenFlags.get(tokens) ?? null;
    askedInRow = 0;
  }
  let flags = lastFlags;
  if (flags === null) {
    if (++askedInRow < FLAGS_KEPT_AFTER) return flagsComputedAt(tokens, i);
    flags = lastFlags = new Uint8Array(tokens.length).fill(UNKNOWN);
    tokenFlags.set(tokens, flags);
  }
  let f = flags[i];
  if (f === UNKNOWN) {
    f = flagsComputedAt(tokens, i);
    if (i >= 0 && i < flags.length) flags[i] = f;
  }
  return f;
}

function flagsComputedAt(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (t === undefined || t.kind !== 'word') return 0;
  // Most words report nothing: one cached look-up settles them.
  const own = flagsOf(t.text);
  if (own === 0 || afterWithout(tokens, i) || addsToSomething(tokens, i) || attackOnSomething(tokens, i) || endsCompound(tokens, i) || documentRead(tokens, i) || mediumBeforeNoun(tokens, i)) return 0;
  return own & PHRASAL ? (own & ~PHRASAL) | phrasalFlags(tokens, i) : own;
}

const ATTACK_FORMS = new Set(['attack', 'attacks']);
/** What an attack of force is made with or by: "a drone attack", "terrorist attacks", "an air attack". */
const FORCE_MODIFIERS = new Set([
  'drone', 'missile', 'rocket', 'terror', 'terrorist', 'suicide', 'bomb', 'air', 'knife', 'gun', 'chemical', 'militant',
  'cyber', 'insurgent', 'mortar', 'artillery', 'grenade', 'arson', 'acid', 'shark', 'dog', 'ransomware', 'armed', 'military',
]);

/** "a drone attack on a Saudi facility", "terrorist attacks": an attack of force, no words (not "his attacks on Clinton"). */
function attackOnSomething(tokens: Token[], i: number): boolean {
  return ATTACK_FORMS.has(lowerCase(tokens[i].text)) && FORCE_MODIFIERS.has(lowerCase(tokens[i - 1]?.text ?? ''));
}

/** Who "added to" may be said to in lower case: "added to reporters that …". */
const ADDED_TO_LISTENERS = new Set(['reporters', 'journalists', 'me', 'us', 'him', 'her', 'them', 'listeners', 'viewers']);
const ADD_FORMS = new Set(['add', 'adds', 'added', 'adding']);

/**
 * "the study added to a growing body of evidence", "adds to the pressure": "add to" with a
 * thing after it is contributing, not saying.
 */
function addsToSomething(tokens: Token[], i: number): boolean {
  if (!ADD_FORMS.has(lowerCase(tokens[i].text)) || !lowersTo(tokens[i + 1]?.text ?? '', 'to')) return false;
  // `added to "a growing body of evidence"`: past an opening mark.
  const next = /^["“‘'«]$/u.test(tokens[i + 2]?.text ?? '') ? tokens[i + 3] : tokens[i + 2];
  // "added to People", "added to CNN": a capitalized name after "to" is who heard it.
  return next !== undefined && next.kind === 'word' && /^\p{Ll}/u.test(next.text) && !ADDED_TO_LISTENERS.has(next.text);
}

/** Documents read out: "a statement read to the court", "a letter read out at the funeral". */
const READ_DOCUMENTS = new Set(['statement', 'statements', 'letter', 'letters', 'message', 'tribute', 'tributes', 'note', 'poem', 'eulogy']);
const AFTER_READ = new Set(['to', 'out', 'aloud', 'by', 'on', 'in', 'at', 'before']);

/**
 * "said in a statement read to the court: "…"": "read" after a document's noun and before
 * "to", "out", "by" is its participle, no cue; the cue is the verb before ("said").
 */
function documentRead(tokens: Token[], i: number): boolean {
  return tokens[i].text === 'read' && READ_DOCUMENTS.has(tokens[i - 1]?.text ?? '') && AFTER_READ.has(tokens[i + 1]?.text ?? '');
}

/** Media whose plain form also names a kind of thing: "the email story", "a text exchange". */
const MEDIUM_FORMS = new Set(['email', 'e-mail', 'text', 'tweet', 'post']);
/** Nouns a medium's name modifies in news copy. */
const MEDIUM_COMPOUND_HEADS = new Set([
  'story', 'stories', 'scandal', 'server', 'servers', 'account', 'accounts', 'address', 'addresses', 'chain', 'chains',
  'controversy', 'investigation', 'probe', 'saga', 'affair', 'exchange', 'exchanges', 'list', 'lists', 'inbox', 'system',
  'issue', 'leak', 'leaks', 'records', 'archive', 'thread', 'threads', 'messages', 'alert', 'alerts', 'campaign',
]);

/** "the email story broke", "a text exchange": a medium's plain form before the noun it modifies is no verb. */
function mediumBeforeNoun(tokens: Token[], i: number): boolean {
  return MEDIUM_FORMS.has(lowerCase(tokens[i].text)) && MEDIUM_COMPOUND_HEADS.has(lowerCase(tokens[i + 1]?.text ?? ''));
}

/**
 * "pay-as-you-go", "in-jokes", "now-derided": the last word of a hyphenated compound is no verb
 * of its own. But "self-described", "so-called" still say whose words they are (PolNeAR cues).
 */
function endsCompound(tokens: Token[], i: number): boolean {
  const hyphen = tokens[i - 1];
  if (hyphen === undefined || hyphen.text !== '-' || hyphen.end !== tokens[i].start || tokens[i - 2]?.end !== hyphen.start) return false;
  return !/^(?:self|so)$/iu.test(tokens[i - 2].text);
}

/**
 * "It goes without saying", "left without commenting": a participle after "without" reports
 * nothing. Asked of every reporting word: the word's own ending is tested before the word
 * before it is lower-cased (mostly a look-up: it is often capitalised, or a two-byte string).
 */
function afterWithout(tokens: Token[], k: number): boolean {
  // The participle first: most reporting words are none.
  return k > 0 && tokens[k].text.endsWith('ing') && lowersTo(tokens[k - 1].text, 'without');
}

/** "shot back": the verb of a phrasal reporting verb followed by its particle. */
function phrasalFlags(tokens: Token[], k: number): number {
  const particle = PARTICLE_OF.get(lowerCase(tokens[k].text));
  return particle !== undefined && lowerCase(tokens[k + 1]?.text ?? '') === particle ? SPEECH : 0;
}

export function isSpeechVerbAt(tokens: Token[], i: number): boolean {
  return (flagsAt(tokens, i) & SPEECH) !== 0;
}

export function isWeakSpeechVerbAt(tokens: Token[], i: number): boolean {
  return (flagsAt(tokens, i) & WEAK) !== 0;
}

export function isReportingVerbAt(tokens: Token[], i: number): boolean {
  return (flagsAt(tokens, i) & (SPEECH | WEAK | COGNITIVE)) !== 0;
}

export function isReportingWordAt(tokens: Token[], i: number): boolean {
  return flagsAt(tokens, i) !== 0;
}

/** A verb of praise or blame (JUDGING_LEMMAS): what follows it is its object, never its subject. */
export function judgesItsObject(word: string): boolean {
  const lemma = reportingLemma(word);
  return lemma !== null && JUDGING.has(lemma);
}

/** A speech act whose passive reports the reason or the charge after it (`was accused of lying`). */
export function reportsInPassive(word: string): boolean {
  const lemma = reportingLemma(word);
  return lemma !== null && PASSIVE_REPORTS.has(lemma);
}

/** A verb reporting a speech act by its object ("criticized the plan"). */
export function isSpeechActVerb(word: string): boolean {
  return (flagsOf(word) & ACT) !== 0;
}

/** The lemma of a reporting verb form ("warned" → "warn"), or null. */
export function reportingLemma(word: string): string | null {
  if (word === lastLemmaWord) return lastLemma;
  // Words that are no form of a reporting verb are turned away by their letters, not lower-cased and looked up.
  const lemma = FLAGGED_FORMS.mayHold(word) ? LEMMA_OF.get(lowerCase(word)) ?? null : null;
  lastLemmaWord = word;
  lastLemma = lemma;
  return lemma;
}

/** The word asked about last and its lemma: a verb's readers ask for the lemma of one verb several times in a row. */
let lastLemmaWord = '';
let lastLemma: string | null = null;

/** Any verb that may report words or a stance (said, told, believes). */
export function isReportingVerb(word: string): boolean {
  return (flagsOf(word) & (SPEECH | WEAK | COGNITIVE)) !== 0;
}

/** A verb that reports words strongly enough to attribute a quotation next to it. */
export function isSpeechVerb(word: string): boolean {
  return (flagsOf(word) & SPEECH) !== 0;
}

/** A speech verb in the weak group ("went", "continued", "called"): a cue only right next to a quote. */
export function isWeakSpeechVerb(word: string): boolean {
  return (flagsOf(word) & WEAK) !== 0;
}

export function isCognitionVerb(word: string): boolean {
  return (flagsOf(word) & COGNITIVE) !== 0;
}

/** Whether the verb's object is the listener ("told reporters …"). */
export function takesListener(word: string): boolean {
  return (flagsOf(word) & LISTENER) !== 0;
}

/** Finite forms (not the bare lemma or -ing) that can follow a quote as its cue. */
const FINITE_SPEECH_FORMS = [...LEMMA_OF.entries()]
  .filter(([form, lemma]) => !COGNITION.has(lemma) && !WEAK_SPEECH_LEMMAS.has(lemma) && form !== lemma && !form.endsWith('ing'))
  .map(([form]) => form)
  .sort((a, b) => b.length - a.length);

/**
 * A word that makes the next one a noun: `more states`, `the claims`, `many reports` are
 * things, not a speaker stating, claiming, reporting.
 */
const NOUN_BEFORE = String.raw`(?<![\p{L}’'-])(?:a|an|the|more|many|most|some|several|all|both|few|these|those|other|its|their|our|his|her|your|my)\s+`;

/**
 * After a comma or full stop inside an unclosed quotation: up to four words and a finite
 * speech verb (`, he said`, `, said Mr. Smith`, `, the senator added`), not a noun of the
 * same spelling (`, and there are more states`). Sticky, bounded repetition: no
 * backtracking beyond a few words.
 */
export const SPEECH_CUE_AFTER_PUNCTUATION = new RegExp(
  `\\s+(?:[\\p{L}.’'-]{1,30}\\s+){0,4}?(?<!${NOUN_BEFORE})(?:${FINITE_SPEECH_FORMS.join('|')})\\b`,
  'uy',
);

// Multi-word cues are read where they occur: "according to X" (speechCues.ts,
// indirectSpeechFinder.ts) and "quoted X as saying" (speechCues.ts quotedAsSaying).

/**
 * Speech acts reported by the object of a preposition: `pushed for a higher wage`, `railed
 * against the banks`, `lashed out at the government`, `came out against the runway`: what
 * someone spoke for or against. The value: the particle between (or ''), and the prepositions.
 * Lemmas whose plain form is as often a noun ("a push for", "the campaign for") are read only
 * in their past and -ing forms (PAST_AND_ING_ONLY).
 */
const PREPOSITIONAL_ACTS: Record<string, [string, readonly string[]]> = {
  push: ['', ['for']], argue: ['', ['for', 'against']], rail: ['', ['against', 'at']], lash: ['out', ['at', 'against']],
  come: ['out', ['against']], speak: ['out', ['against', 'for', 'on']], campaign: ['', ['for', 'against']],
  lobby: ['', ['for', 'against']], advocate: ['', ['for']], appeal: ['', ['for']], plead: ['', ['for']],
  protest: ['', ['against']], inveigh: ['', ['against']], fulminate: ['', ['against']], agitate: ['', ['for', 'against']],
  press: ['', ['for']],
};
const PAST_AND_ING_ONLY = new Set(['push', 'campaign', 'lobby', 'appeal', 'protest', 'press', 'advocate', 'come', 'speak']);
const PREPOSITIONAL_ACT_OF = new Map<string, [string, readonly string[]]>();
for (const [lemma, entry] of Object.entries(PREPOSITIONAL_ACTS)) {
  const forms = lemma === 'come' ? ['came', 'comes', 'coming', 'come'] : inflect(lemma);
  for (const form of forms) {
    if (PAST_AND_ING_ONLY.has(lemma) && !/(?:ed|ing)$|^(?:came|spoke|spoken|pled)$/u.test(form)) continue;
    PREPOSITIONAL_ACT_OF.set(form, entry);
  }
}

/** Every form read by prepositionalActObject, lowercase. */
export const PREPOSITIONAL_ACT_FORMS: readonly string[] = [...PREPOSITIONAL_ACT_OF.keys()];

/**
 * Token `j` is a verb of a prepositional speech act with its particle and preposition after
 * it: the index of the first token of its object, else -1.
 */
export function prepositionalActObject(tokens: Token[], j: number): number {
  const t = tokens[j];
  if (t === undefined || t.kind !== 'word' || t.text.length < 4) return -1;
  const entry = PREPOSITIONAL_ACT_OF.get(t.text);
  if (entry === undefined) return -1;
  const [particle, preps] = entry;
  let k = j + 1;
  if (particle) {
    if (tokens[k]?.text !== particle) return -1;
    k++;
  }
  if (!preps.includes(tokens[k]?.text ?? '')) return -1;
  // "argued for hours", "pressed for time": how long, not what for.
  return DURATION_OBJECTS.has(lowerCase(tokens[k + 1]?.text ?? '')) || DURATION_OBJECTS.has(lowerCase(tokens[k + 2]?.text ?? '')) && /^(?:a|an|the|several|many|some|two|three)$/iu.test(tokens[k + 1].text) ? -1 : k + 1;
}

const DURATION_OBJECTS = new Set(['time', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'minutes', 'while', 'hour', 'day', 'week', 'month', 'year', 'decade', 'minute', 'long']);

/** Forms of "decline" and "refuse": before "to" and a verb of speech, what someone would not say ("declined to comment"). */
export const DECLINE_FORMS: ReadonlySet<string> = new Set(['decline', 'declines', 'declined', 'declining']);
export const REFUSE_FORMS: ReadonlySet<string> = new Set(['refuse', 'refuses', 'refused', 'refusing']);

/** Token `j` is the verb after "declined to" or "refused to" ("His office declined to comment"); `refusals` false asks "declined to" alone. */
export function isRefusedAt(tokens: readonly Token[], j: number, refusals = true): boolean {
  if (j < 2 || lowerCase(tokens[j - 1].text) !== 'to') return false;
  const verb = lowerCase(tokens[j - 2].text);
  return DECLINE_FORMS.has(verb) || (refusals && REFUSE_FORMS.has(verb));
}
