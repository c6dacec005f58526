import type { AnalyzedText } from '../text/analyzedText';
import type { Sentence } from '../text/sentences';
import { bitsByWord } from '../text/bitsByWord';
import { nounAfterIndefinite, phraseBeforeVerb, type Phrase } from './speakerPhrase';
import { isRefusedAt } from './reportingVerbs';
import type { StanceClause } from './stanceClauses';
import { CaselessWordSet } from '../text/caselessWordSet';
import { lowerCase, lowersTo } from './caselessTests';

/** A topic clause; `fronted` when it opens the sentence (`When asked about Y, X …`): it ends at its comma. */
export interface TopicClause extends StanceClause {
  fronted?: boolean;
  /** The object of a stance noun (`his support for Y`): a noun phrase, it ends before a finite verb. */
  ofNoun?: boolean;
  /** Opened by a noun of speech (`comments about Y`, `endorsement of Y`), not a verb. */
  noun?: boolean;
}

// The topic of a speech act is reported content too (PolNeAR annotates it so): what someone
// spoke, asked or warned about is what their words were about, even when the words are not given.
//   `X spoke/talked/wrote/asked/complained about Y`, `X warned/spoke/said of Y`   speaker X
//   `X referred/responded/pointed to Y`                                           speaker X
//   `X commented/testified/touched on Y`, `X weighed in on Y`, `X opened up about Y`  speaker X
//   `questions/comments/remarks/criticism about|of|on Y`, `endorsement of Y`      no speaker guessed
// Nouns of emotion ("worried about") and of things ("a book about") are no trigger. "on" opens a
// topic only after verbs and nouns of comment, never before a date ("spoke on Monday") or a
// medium ("talked on CNN"), and "spoke on condition of anonymity" is left alone by that rule.
// Every test is a set look-up in a window of at most three tokens.

/** Verb forms whose "about" or "of" opens what was said. */
const ABOUT_OF_VERBS = new Set([
  'talk', 'talks', 'talked', 'talking', 'speak', 'speaks', 'spoke', 'speaking', 'spoken',
  'write', 'writes', 'wrote', 'writing', 'written', 'tweet', 'tweets', 'tweeted', 'tweeting',
  'complain', 'complains', 'complained', 'complaining', 'warn', 'warns', 'warned', 'warning',
  'boast', 'boasts', 'boasted', 'boasting', 'brag', 'brags', 'bragged', 'bragging', 'joke', 'jokes', 'joked', 'joking',
  'muse', 'mused', 'musing', 'testify', 'testified', 'testifies', 'testifying', 'lie', 'lied', 'lying',
  'said', 'say', 'says', 'saying', 'told', 'tells', 'tell', 'telling', 'rant', 'ranted', 'ranting',
  'lecture', 'lectured', 'lecturing', 'reminisce', 'reminisced', 'reminiscing', 'remark', 'remarked', 'remarks',
  'opened', 'opens', 'opening',
]);

/** Verb forms whose "to" opens what the words were about: `referring to Y`, `responded to Y`, `pointed to Y`. */
const TO_VERBS = new Set([
  'refer', 'refers', 'referred', 'referring', 'respond', 'responds', 'responded', 'responding',
  'point', 'points', 'pointed', 'pointing', 'reply', 'replies', 'replied', 'replying', 'allude', 'alludes', 'alluded', 'alluding',
]);

/** Verb forms that ask: their "about" opens the question's topic, a short listener allowed before it. */
const ASK_VERBS = new Set(['ask', 'asks', 'asked', 'asking', 'question', 'questioned', 'questioning', 'press', 'pressed', 'quiz', 'quizzed', 'inquire', 'inquired']);

/** Verb forms whose "on" opens the topic: `commented on`, `testified on`, `weighed in on`. */
const ON_VERBS = new Set([
  'comment', 'comments', 'commented', 'commenting', 'remark', 'remarked', 'elaborate', 'elaborated', 'elaborating',
  'expound', 'expounded', 'testify', 'testified', 'testifying', 'opine', 'opined', 'opining',
  'weigh', 'weighs', 'weighed', 'weighing', 'touch', 'touches', 'touched', 'touching',
]);

/** Nouns of speech whose about/of/on opens their topic; the value lists the prepositions each takes. */
const SPEECH_NOUNS = new Map<string, ReadonlySet<string>>();
const ABOUT_OF_ON = new Set(['about', 'of', 'on']);
const ABOUT_ON = new Set(['about', 'on']);
const ABOUT = new Set(['about']);
for (const n of ['comments', 'comment', 'remarks', 'criticism', 'criticisms', 'complaints', 'complaint', 'warnings', 'warning', 'talk', 'mention', 'mentions']) SPEECH_NOUNS.set(n, ABOUT_OF_ON);
for (const n of ['statement', 'statements', 'speech', 'speeches', 'testimony', 'views', 'thoughts', 'stance', 'remark', 'message', 'opinions']) SPEECH_NOUNS.set(n, ABOUT_ON);
SPEECH_NOUNS.set('reply', new Set(['to']));
for (const n of ['endorsement', 'endorsements']) SPEECH_NOUNS.set(n, new Set(['of']));
for (const n of ['accusations', 'accusation']) SPEECH_NOUNS.set(n, new Set(['of', 'about']));
// Plural only: "a position on the roof" is a place, "his positions on trade" are stances.
SPEECH_NOUNS.set('positions', new Set(['on']));
// A stance held, not a speech made: `his support for Y`, `her opposition to Y`.
const STANCE_NOUNS = new Map([['support', new Set(['for'])], ['opposition', new Set(['to'])]]);
for (const [n, preps] of STANCE_NOUNS) SPEECH_NOUNS.set(n, preps);
for (const n of ['questions', 'question', 'concerns', 'claims', 'allegations', 'debate', 'conversation', 'conversations', 'stories', 'rumors', 'rumours']) SPEECH_NOUNS.set(n, ABOUT);

/** The listener between "asked" and "about": `asked him about`, `pressed reporters about`. */
const LISTENERS = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'reporters', 'voters', 'supporters']);

/** After "on": a date, a time or a medium, not a topic. */
const NOT_TOPIC_AFTER_ON = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'condition',
  'background', 'camera', 'tv', 'television', 'radio', 'twitter', 'facebook', 'instagram', 'air', 'stage',
  'behalf', 'record', 'phone', 'telephone', 'cnn', 'fox', 'msnbc', 'abc', 'nbc', 'cbs', 'npr', 'friday’s', 'sunday’s', 'tuesday’s', 'several', 'multiple', 'numerous',
  // "a statement on its website", "a message on TikTok": where it was put, no topic.
  'youtube', 'tiktok', 'telegram', 'whatsapp', 'bluesky', 'linkedin', 'reddit', 'website', 'websites', 'podcast', 'online',
]);

/** Every word that can open a topic clause (lowercase): one look-up turns away the other words of a sentence. */
export const TOPIC_TRIGGERS: readonly string[] = [...ABOUT_OF_VERBS, ...TO_VERBS, ...ASK_VERBS, ...ON_VERBS, ...SPEECH_NOUNS.keys()];
const TRIGGER_WORDS = new CaselessWordSet(TOPIC_TRIGGERS);
/**
 * The same words for the look-up after TRIGGER_WORDS.mayHold, by lowerCase (the lower case is
 * wanted again below), with the lists each is in as bits: one look-up instead of one per list.
 */
const ABOUT_OF_VERB = 1;
const ASK_VERB = 2;
const ON_VERB = 4;
const TO_VERB = 8;
const SPEECH_NOUN = 16;
const TRIGGER_KINDS = bitsByWord([
  [ABOUT_OF_VERBS, ABOUT_OF_VERB],
  [ASK_VERBS, ASK_VERB],
  [ON_VERBS, ON_VERB],
  [TO_VERBS, TO_VERB],
  [SPEECH_NOUNS.keys(), SPEECH_NOUN],
]);

/** Words between a verb and its preposition: `weighed in on`, `spoke out about`, `spoke publicly about`. */
const VERB_PARTICLES = new Set(['in', 'out', 'up', 'publicly', 'openly', 'frequently', 'often', 'repeatedly', 'again']);

/** Words after which a speech word that is also a noun ("talk", "warning") is the noun. */
const NOUN_BEFORE = new Set([
  'down', 'off', 'up', 'amid', 'despite', 'of', 'about', 'over', 'after', 'the', 'a', 'an', 'any', 'no', 'much', 'more',
  'some', 'all', 'this', 'that', 'such', 'growing', 'fresh', 'renewed', 'loose', 'idle', 'recent',
]);

/** Pronouns that hold no speech: "it", the generic "you", relatives. */
const NO_SOURCE = new Set(['you', 'it', 'there', 'which', 'that']);

/** The topic clause whose speech verb or noun is token `j`, or null. */
export function topicClause(doc: AnalyzedText, s: Sentence, j: number): TopicClause | null {
  const { tokens } = doc;
  if (!TRIGGER_WORDS.mayHold(tokens[j].text)) return null;
  const lower = lowerCase(tokens[j].text);
  const kinds = TRIGGER_KINDS.get(lower);
  if (kinds === undefined) return null;
  const noun = (kinds & SPEECH_NOUN) !== 0 ? SPEECH_NOUNS.get(lower) : undefined;
  const isVerb = (kinds & (ABOUT_OF_VERB | ASK_VERB | ON_VERB | TO_VERB)) !== 0;
  if (!noun && !isVerb) return null;
  let p = j + 1;
  // `asked him about`: one listener between.
  if ((kinds & ASK_VERB) !== 0 && LISTENERS.has(lowerCase(tokens[p]?.text ?? ''))) p++;
  // `weighed in on`, `spoke out about`, `spoke publicly about`.
  if (VERB_PARTICLES.has(lowerCase(tokens[p]?.text ?? '')) && tokens[p + 1]?.kind === 'word') p++;
  if (p + 1 >= s.tokenEnd) return null;
  const prep = lowerCase(tokens[p].text);
  const from = p + 1;
  const first = tokens[from];
  if (first.kind !== 'word' && first.kind !== 'number') return null;
  // "weigh" reports only as `weigh in on`, "open" only as `open up about`.
  if (lower.startsWith('weigh') && lowerCase(tokens[j + 1]?.text ?? '') !== 'in') return null;
  if (lower.startsWith('open') && lowerCase(tokens[j + 1]?.text ?? '') !== 'up') return null;
  const verbTakes = ((kinds & ABOUT_OF_VERB) !== 0 && (prep === 'about' || prep === 'of'))
    || ((kinds & ASK_VERB) !== 0 && prep === 'about')
    || ((kinds & ON_VERB) !== 0 && (prep === 'on' || prep === 'about'))
    || ((kinds & TO_VERB) !== 0 && prep === 'to');
  if (prep === 'on' && (NOT_TOPIC_AFTER_ON.has(lowerCase(first.text)) || first.kind === 'number')) return null;
  // "posted a message on social media" (not "her stance on social issues").
  if (prep === 'on' && lowersTo(first.text, 'social') && /^(?:media|networks?|platforms?)$/iu.test(tokens[from + 1]?.text ?? '')) return null;
  // "on the record", "on his behalf", "on their behalf": after a determiner or an owner, how or for whom, no topic.
  if (prep === 'on' && /^(?:the|a|an|this|that|his|her|its|their|our|my|your)$/u.test(lowerCase(first.text)) && NOT_TOPIC_AFTER_ON.has(lowerCase(tokens[from + 1]?.text ?? ''))) return null;
  // "played down talk of a rift", "amid talk of a merger": a word both verb and noun is the noun
  // after a particle, a preposition or a determiner, never the verb of a subject before it.
  // ("by a quarter point to 4%": after "a" and a noun, "point" is the compound's noun.)
  const verbForm = isVerb && !(noun && NOUN_BEFORE.has(lowerCase(tokens[j - 1]?.text ?? ''))) && !((kinds & TO_VERB) !== 0 && nounAfterIndefinite(tokens, j));
  // "declined to comment on Y": the refusal's own clause ("to comment on Y") is what was (not) said; no second topic inside it.
  if (verbForm && isRefusedAt(tokens, j, false)) return null;
  if (verbForm && verbTakes) {
    // "was asked about": the one asked is named, the asker is not.
    // ("was referring to", "had been talking about": a progressive, its subject the speaker.)
    const progressive = lower.endsWith('ing') && /^(?:was|were|been|is|are|be)$/iu.test(tokens[j - 1]?.text ?? '');
    if (!progressive && /^(?:was|were|been|being|is|are|be|when|if|after|before|while)$/iu.test(tokens[j - 1]?.text ?? '') || j === s.tokenStart) {
      // `Told of the ruling, she smiled`, `was told about the cuts`: news brought to the subject,
      // who is the listener; what the unnamed teller said is no topic of anyone's words here.
      if (lower === 'told') return null;
      const fronted = j === s.tokenStart || j === s.tokenStart + 1;
      return { from, verb: j, subject: null, anonymous: true, fronted };
    }
    const subject = phraseBeforeVerb(doc, j, s.tokenStart);
    if (subject && NO_SOURCE.has(doc.text.slice(subject.start, subject.end).toLowerCase())) return null;
    return subject ? { from, verb: j, subject } : { from, verb: j, subject: null, anonymous: true };
  }
  if (noun && noun.has(prep)) {
    // "Smith's remarks on trade", "his comments about Muslims": the possessor spoke.
    const subject = possessorOf(doc, s, j);
    const ofNoun = STANCE_NOUNS.has(lower);
    return subject ? { from, verb: j, subject, ofNoun, noun: true } : { from, verb: j, subject: null, anonymous: true, ofNoun, noun: true };
  }
  return null;
}

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their']);

/** The possessor before a speech noun, over at most two adjectives: "Trump’s controversial comments". */
function possessorOf(doc: AnalyzedText, s: Sentence, noun: number): Phrase | null {
  const { tokens } = doc;
  let k = noun - 1;
  while (k > s.tokenStart && k >= noun - 2 && /^\p{Ll}+$/u.test(tokens[k].text) && !POSSESSIVE_PRONOUNS.has(tokens[k].text)) k--;
  if (k < s.tokenStart) return null;
  const t = tokens[k];
  if (POSSESSIVE_PRONOUNS.has(lowerCase(t.text))) return { start: t.start, end: t.end, tokenStart: k, tokenEnd: k + 1 };
  if (!/^\p{Lu}.*['’]s$/u.test(t.text)) return null;
  // The rest of the name before it: "Hillary Clinton’s".
  let first = k;
  while (first > s.tokenStart && first > k - 4 && /^\p{Lu}/u.test(tokens[first - 1].text) && tokens[first - 1].kind === 'word') first--;
  return { start: tokens[first].start, end: t.end, tokenStart: first, tokenEnd: k + 1 };
}
