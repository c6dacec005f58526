import type { AnalyzedText } from '../text/analyzedText';
import { tokenIndexAt } from '../text/analyzedText';
import type { Person } from '../types';
import type { NameMention } from '../names/nameMention';
import { countryOfModifier, genderOfNoun, roleNounOf } from './roleNouns';
import { CaselessWordSet } from '../text/caselessWordSet';

// What the text says about each person, for resolving "he", "she" and "the minister" later:
//  - roles from titles ("Sen. Ted Cruz"), from words right before the name ("China's top
//    diplomat Wang Yi", "campaign manager Kellyanne Conway") and from an appositive after it
//    ("Kristen Day, executive director of Democrats for Life,");
//  - gender from titles and role nouns (Mrs., congresswoman), and from the pronouns of
//    sentences that speak of that person alone.

export interface PersonProfile {
  roles: Set<string>;
  gender: 'male' | 'female' | null;
  /** Countries the words around the name give ("Russian President Vladimir Putin" → RU), for "the Russian leader". */
  countries: Set<string>;
}

/** A profile before the text around the mentions is read: only the gender known from titles or given names. */
export function emptyProfile(gender: 'male' | 'female' | null): PersonProfile {
  return { roles: new Set(), gender, countries: new Set() };
}

const BEFORE_WINDOW = 5;
/** Words that end the description before a name: "President Obama and Secretary Clinton". */
// "a spokesman for Tom Reed": the role is someone else's.
const CLAUSE_WORDS = new CaselessWordSet(['and', 'or', 'with', 'for', 'said', 'says', 'told', 'by', 'to', 'from', 'than', 'as', 'at', 'on', 'in', 'that', 'when', 'while', 'who']);
const APPOSITIVE_WINDOW = 10;

export function buildProfiles(
  doc: AnalyzedText,
  people: Person[],
  personMentions: NameMention[],
  personIdAt: Map<number, string>,
  knownGender: Map<string, 'male' | 'female'>,
): Map<string, PersonProfile> {
  const profiles = new Map<string, PersonProfile>();
  for (const p of people) profiles.set(p.id, emptyProfile(knownGender.get(p.id) ?? null));
  const { tokens } = doc;
  const votes = new Map<string, { male: number; female: number }>();

  for (const m of personMentions) {
    const id = personIdAt.get(m.start);
    const profile = id ? profiles.get(id) : undefined;
    if (!id || !profile) continue;
    if (m.title) for (const w of m.title.split(/\s+/u)) addRole(profile, w);
    const first = tokenIndexAt(doc, m.start);
    // Words right before the name, within the clause: "top diplomat Wang Yi".
    for (let k = first - 1; k >= 0 && k >= first - BEFORE_WINDOW; k--) {
      const t = tokens[k];
      if (t.kind !== 'word' || CLAUSE_WORDS.has(t.text)) break;
      // Another name ends the description: "Wang Yi met John Carter"; a nationality does not.
      if (/^\p{Lu}/u.test(t.text) && !roleNounOf(t.text) && !countryOfModifier(t.text) && k < first - 1) break;
      addRole(profile, t.text);
    }
    // ", the minister," / ", a former senator from Ohio,"
    const after = tokenIndexAt(doc, m.end);
    if (tokens[after]?.text === ',') {
      for (let k = after + 1; k < tokens.length && k < after + APPOSITIVE_WINDOW; k++) {
        const t = tokens[k];
        if (t.kind !== 'word') break;
        if (/^(?:who|which|said|says|told|and|but)$/iu.test(t.text)) break;
        addRole(profile, t.text);
      }
    }
  }

  // Pronouns in sentences that name exactly one person vote for that person's gender.
  const mentionsBySentence = new Map<number, Set<string>>();
  let s = 0;
  for (const m of personMentions) {
    while (s < doc.sentences.length && doc.sentences[s].end <= m.start) s++;
    const id = personIdAt.get(m.start);
    if (!id || s >= doc.sentences.length) continue;
    const set = mentionsBySentence.get(s) ?? new Set<string>();
    set.add(id);
    mentionsBySentence.set(s, set);
  }
  for (const [index, ids] of mentionsBySentence) {
    if (ids.size !== 1) continue;
    const id = [...ids][0];
    const v = votes.get(id) ?? { male: 0, female: 0 };
    for (const si of [index, index + 1]) {
      const sentence = doc.sentences[si];
      if (!sentence || (si !== index && mentionsBySentence.has(si))) continue;
      for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
        const text = tokens[i].text;
        // Every pronoun starts with h or s: other words are passed over without lower-casing.
        const c = text.charCodeAt(0) | 32;
        if (text.length > 7 || (c !== 104 && c !== 115) || tokens[i].kind !== 'word') continue;
        const w = text.toLowerCase();
        if (w === 'he' || w === 'his' || w === 'him' || w === 'himself') v.male++;
        else if (w === 'she' || w === 'her' || w === 'hers' || w === 'herself') v.female++;
      }
    }
    votes.set(id, v);
  }
  for (const [id, v] of votes) {
    const profile = profiles.get(id);
    if (!profile || profile.gender) continue;
    if (v.male >= 2 * v.female + 1) profile.gender = 'male';
    else if (v.female >= 2 * v.male + 1) profile.gender = 'female';
  }
  return profiles;
}

function addRole(profile: PersonProfile, word: string): void {
  const role = roleNounOf(word);
  if (role) profile.roles.add(role);
  const country = countryOfModifier(word);
  if (country) profile.countries.add(country);
  const g = genderOfNoun(word);
  if (g && !profile.gender) profile.gender = g;
}
