import type { NameMention } from '../names/nameMention';
import { KNOWN_ORGANIZATIONS, PERSON_TITLES } from '../names/nameLexicon';
import { isKnownPlace } from '../places/gazetteer';
import { genderOfGivenName } from './givenNames';

/**
 * The tagger reads each sentence on its own; the article as a whole and a few sure words
 * correct three of its slips before mentions become entities:
 *  - a title and a surname the article gives a person ("Governor Pence" read as a place)
 *    are that person, the title kept on the mention as the tagger does for persons;
 *  - a well-known organization read as a place ("Twitter") is the organization, unless the
 *    gazetteer knows a place of that name;
 *  - a name ending in a word for a group ("the Clinton Camp") is an organization, and the
 *    plural of a surname the article gives ("the Clintons") a family, not another person;
 *  - a name ending in a word for a feature of the land or the sea ("Easter Island", "Long
 *    Island Sound") is a place, unless it starts with a given name ("Mary Lake").
 */
/** Last words that make a name a group, never a person: "the Clinton Camp", "the Trump Foundation". */
const GROUP_HEADS = new Set(['camp', 'campaign', 'foundation', 'administration', 'committee', 'ministry', 'department', 'university', 'institute', 'corporation', 'inc', 'inc.', 'corp', 'corp.', 'llc']);

/** Last words that make a name a programme or a publication, never a person. */
const WORK_HEADS = new Set(['show', 'podcast', 'hour', 'report', 'radio', 'tv']);

/** Last words that make a name a place: an island, a lake, a street. */
const PLACE_HEADS = new Set([
  'island', 'islands', 'lake', 'lakes', 'river', 'mountain', 'mountains', 'bay', 'sea', 'ocean', 'sound', 'strait', 'straits',
  'canyon', 'valley', 'desert', 'peninsula', 'gulf', 'coast', 'boulevard', 'avenue',
]);

/** `sources`, when given, receives the index in `mentions` of each mention returned (the grouping memo maps them back). */
export function retypeMentions(mentions: readonly NameMention[], sources?: number[]): NameMention[] {
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PER') continue;
    const space = m.text.lastIndexOf(' ');
    if (space >= 0 || m.title) surnames.add(m.text.slice(space + 1).toLowerCase());
  }
  // Run on every keystroke over every mention: most mentions stay as they are, untouched.
  const out: NameMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const retyped = m.type === 'PER' ? retypedPerson(m, surnames) : m.type === 'MISC' ? m : retypedPlaceOrGroup(m, surnames);
    if (!retyped) continue;
    out.push(retyped);
    sources?.push(i);
  }
  return out;
}

function retypedPerson(m: NameMention, surnames: ReadonlySet<string>): NameMention | null {
  const space = m.text.lastIndexOf(' ');
  if (space >= 0) {
    const head = m.text.slice(space + 1).toLowerCase();
    if (GROUP_HEADS.has(head)) return { start: m.start, end: m.end, text: m.text, type: 'ORG' };
    // "the Rachel Maddow Show": a programme named after its host is not the host.
    if (WORK_HEADS.has(head)) return { start: m.start, end: m.end, text: m.text, type: 'MISC' };
    if (PLACE_HEADS.has(head) && !m.title && !genderOfGivenName(m.text.slice(0, m.text.search(/\s/u)))) return { start: m.start, end: m.end, text: m.text, type: 'LOC' };
    return m;
  }
  // "the Clintons": a family, not one more person.
  return m.text.endsWith('s') && /\p{Ll}s$/u.test(m.text) && surnames.has(m.text.slice(0, -1).toLowerCase()) ? null : m;
}

function retypedPlaceOrGroup(m: NameMention, surnames: ReadonlySet<string>): NameMention {
  const words = m.text.split(/\s+/u);
  if (words.length === 2 && PERSON_TITLES.has(words[0].toLowerCase().replace(/\.$/u, '')) && surnames.has(words[1].toLowerCase())) {
    return { start: m.end - words[1].length, end: m.end, text: words[1], type: 'PER', title: words[0] };
  }
  if (m.type === 'LOC' && words.length === 1 && KNOWN_ORGANIZATIONS.has(m.text.toLowerCase()) && !isKnownPlace(m.text)) return { start: m.start, end: m.end, text: m.text, type: 'ORG' };
  if (m.type === 'ORG' && words.length >= 2 && PLACE_HEADS.has(words[words.length - 1].toLowerCase())) return { start: m.start, end: m.end, text: m.text, type: 'LOC' };
  return m;
}
