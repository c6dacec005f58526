// The reporting verbs and phrases that introduce speech, in one place (issue 4 asks for it).

const VERB_FORMS: string[] = [
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'add', 'adds', 'added', 'adding',
  'state', 'states', 'stated', 'stress', 'stresses', 'stressed', 'urge', 'urges', 'urged', 'warn', 'warns',
  'warned', 'note', 'notes', 'noted', 'explain', 'explains', 'explained', 'ask', 'asks', 'asked',
  'reply', 'replies', 'replied', 'respond', 'responds', 'responded', 'claim', 'claims', 'claimed',
  'argue', 'argues', 'argued', 'insist', 'insists', 'insisted', 'declare', 'declares', 'declared',
  'announce', 'announces', 'announced', 'write', 'writes', 'wrote', 'tweet', 'tweets', 'tweeted',
  'posted', 'continue', 'continued', 'continues', 'recall', 'recalls', 'recalled', 'admit', 'admits',
  'admitted', 'acknowledge', 'acknowledged', 'acknowledges', 'suggest', 'suggests', 'suggested',
  'emphasize', 'emphasized', 'emphasizes', 'emphasise', 'emphasised', 'point', 'pointed', 'points',
  'remark', 'remarked', 'comment', 'commented', 'quip', 'quipped', 'joke', 'joked', 'shout', 'shouted',
  'yell', 'yelled', 'whisper', 'whispered', 'predict', 'predicted', 'predicts', 'promise', 'promised',
  'promises', 'vow', 'vowed', 'vows', 'assert', 'asserted', 'asserts', 'contend', 'contended', 'maintain',
  'maintained', 'maintains', 'concede', 'conceded', 'concedes', 'confirm', 'confirmed', 'confirms',
  'deny', 'denied', 'denies', 'report', 'reported', 'reports', 'describe', 'described', 'describes',
  'call', 'called', 'calls', 'mention', 'mentioned', 'observe', 'observed', 'agree', 'agreed', 'recount',
  'recounted', 'boast', 'boasted', 'complain', 'complained', 'complains', 'charge', 'charged', 'testify',
  'testified', 'caution', 'cautioned', 'conclude', 'concluded', 'reiterate', 'reiterated', 'begin',
  'began', 'went', 'told', 'tell', 'believe', 'believes', 'believed', 'think', 'thinks', 'thought',
  'reckon', 'reckoned', 'hope', 'hoped', 'hopes', 'fear', 'feared', 'fears',
];

const VERBS = new Set(VERB_FORMS);

/** Verbs that introduce direct speech strongly enough to attribute a quote next to them. */
const SPEECH_VERBS = new Set(VERB_FORMS.filter((v) => !/^(believe|think|thought|reckon|hope|fear|call|describe|point|went|began|begin|report)/.test(v)));

export function isReportingVerb(word: string): boolean {
  return VERBS.has(word.toLowerCase());
}

export function isSpeechVerb(word: string): boolean {
  return SPEECH_VERBS.has(word.toLowerCase());
}

/** Multi-word cues that stand for a reporting verb. */
export const REPORTING_PHRASES: RegExp = /\baccording to\b|\bquoted (?:\w+ ){0,4}as saying\b/giu;
