// Occupations written before a name as a title ("Singer Jade Holloway", "Actress Emma Stone",
// "Novelist Clara Ventimiglia"). Read after tagging, so the tagger's features stay as they are.

const OCCUPATIONS = new Set([
  'actor', 'actress', 'singer', 'rapper', 'comedian', 'novelist', 'author', 'poet', 'playwright', 'screenwriter',
  'filmmaker', 'musician', 'guitarist', 'drummer', 'bassist', 'pianist', 'violinist', 'cellist', 'composer', 'songwriter',
  'sculptor', 'photographer', 'choreographer', 'dancer', 'broadcaster', 'presenter', 'journalist', 'columnist',
  'blogger', 'influencer', 'youtuber', 'astronaut', 'physicist', 'chemist', 'biologist', 'historian', 'philosopher',
  'activist', 'campaigner', 'entrepreneur', 'billionaire', 'tycoon', 'businessman', 'businesswoman', 'investor',
  'barrister', 'solicitor', 'surgeon', 'midwife', 'headteacher', 'sprinter', 'swimmer', 'cyclist', 'skier', 'boxer',
  'golfer', 'jockey', 'striker', 'midfielder', 'goalkeeper', 'quarterback', 'batsman', 'gymnast', 'supermodel', 'designer',
  // School and care staff in local copy: "Principal Keisha Warren", "Headmaster John Dale".
  'principal', 'headmaster', 'headmistress', 'teacher', 'nurse', 'paramedic', 'firefighter', 'pastor', 'chef',
]);

/** "the pop star", "the singer", "the striker": a lower-case word for a person's occupation, or fame, that news writes right before one's name. */
export function isOccupationBeforeName(word: string): boolean {
  return OCCUPATIONS.has(word) || word === 'star' || word === 'superstar';
}

/**
 * The word `word` is an occupation written as a title before a person's name of at least two
 * more words (`words`, the name's length with it): "Singer Jade Holloway" is Jade Holloway.
 * Not before one word ("Singer Holloway" may be a surname after a given name).
 */
export function isOccupationTitle(word: string, words: number): boolean {
  return words >= 3 && /^\p{Lu}\p{Ll}+$/u.test(word) && OCCUPATIONS.has(word.toLowerCase());
}

/** An occupation's noun in any case ("paramedic", "Nurse"). */
export function isOccupation(word: string): boolean {
  return OCCUPATIONS.has(word.toLowerCase());
}
