import type { AnalyzedText } from '../text/analyzedText';
import type { Sentence } from '../text/sentences';
import type { NameMention } from './nameMention';
import { isKnownPlace, isSizeablePlace, lookupPlaces, namesCountryOrRegion } from '../places/gazetteer';
import { isGivenName } from '../entities/givenNames';
import { COMMON_FIRST_NAMES } from './nameLexicon';
import { lowerCase } from '../text/lowerCase';

// Things named after a place that the tagger reads as the place: a wind ("the Santa Ana
// winds", "the Diablo winds") and a sports club ("Leeds United", "Ipswich Town"). CoNLL
// reads the first as MISC (the place's name is a word of the wind's), the second as ORG.
// And the reverse: a province's or a state's name outside the US that the tagger reads as a
// body ("Tasmania reported strong winds") is the place, unless the sentence may be about its
// side ("Tasmania beat Queensland by five wickets").

/** Last words of clubs' names that never end a place's name: "Leeds United", "Blackburn Rovers", "Wigan Athletic". */
const CLUB_WORDS = new Set(['United', 'Rovers', 'Athletic', 'Wanderers', 'Albion', 'Hotspur', 'Argyle', 'Rangers', 'Harriers']);

/** Last words of clubs' names that end places' names too ("Ipswich Town", "Norwich City", "Derby County"): clubs only in a sentence about sport. */
const CLUB_OR_PLACE_WORDS = new Set(['Town', 'City', 'County']);

/**
 * Plural words after a town's name that name no club: a place's ("Victoria Falls", "Washington
 * Heights"), an event's ("the Paris Olympics", "the Oslo Accords").
 */
const PLACE_OR_EVENT_PLURALS = new Set([
  'Falls', 'Springs', 'Heights', 'Hills', 'Islands', 'Isles', 'Mountains', 'Lakes', 'Gardens', 'Woods', 'Fields', 'Meadows', 'Flats', 'Sands', 'Keys',
  'Rocks', 'Downs', 'Dunes', 'Plains', 'Pines', 'Oaks', 'Docks', 'Mills', 'Towers', 'Highlands', 'Lowlands', 'Wetlands', 'Marshes', 'Sounds', 'Narrows',
  'Olympics', 'Paralympics', 'Games', 'Talks', 'Accords', 'Agreements', 'Conventions', 'Protocols', 'Riots', 'Attacks', 'Bombings', 'Trials', 'Awards',
  'Times', 'News', 'Services', 'Airways', 'Airlines', 'Studios', 'Records', 'Partners', 'Holdings', 'Industries', 'Systems', 'Motors',
]);

/**
 * "Seattle Seahawks", "Lahore Qalandars", "Kano Pillars": a town's name and a plural nickname
 * (a capitalized word ending in "s" after a lower-case letter) are a club's in a sentence about
 * sport, the town a city of 100,000 people or more (elsewhere "Adrian Fontes" is a person whose
 * given name is a town's; so is the tennis player "Leander Paes"); firms' plural words and
 * places' or events' are left to the rules that know them.
 */
function isNicknameAfterTown(word: string): boolean {
  return /^\p{Lu}\p{Ll}+[^s]s$/u.test(word) && !PLACE_OR_EVENT_PLURALS.has(word);
}

/**
 * "Austin Reaves scored 20", "Charlotte Dujardin won gold": a person's reading of a town's name that is a given name too,
 * before a word in "s" that news never writes in lower case, neither it nor its singular (a surname, not a club's nickname:
 * "Austin Spurs" is "spur"), stays the person's, unless "the" opens it ("the Charlotte Hornets").
 */
function isGivenNameAndSurname(text: string, caseClasses: ReadonlyMap<string, number>): boolean {
  const space = text.indexOf(' ');
  if (space < 0 || space !== text.lastIndexOf(' ')) return false;
  const given = text.slice(0, space);
  if (!isGivenName(given) && !COMMON_FIRST_NAMES.has(lowerCase(given))) return false;
  const last = lowerCase(text.slice(space + 1));
  return !isWrittenInLowerCase(last, caseClasses) && !isWrittenInLowerCase(last.slice(0, -1), caseClasses);
}

/** A word news writes in lower case at least now and then in mid-sentence (the tagger's case classes 1 to 3). */
function isWrittenInLowerCase(word: string, caseClasses: ReadonlyMap<string, number>): boolean {
  const c = caseClasses.get(word) ?? 0;
  return c >= 1 && c <= 3;
}

/**
 * Words, in lower case, of a sentence about a match or a club: only those politics and local
 * news hardly use ("a victory speech in Westchester County", "the Fairfax County manager").
 */
const SPORT_WORDS = new Set([
  'goal', 'goals', 'scored', 'cup', 'league', 'striker', 'midfielder', 'defender', 'goalkeeper', 'relegation', 'relegated', 'premiership',
  'semi-final', 'quarter-final', 'penalty', 'equaliser', 'equalizer', 'fixture', 'fixtures', 'kick-off', 'derby',
  'match', 'beat', 'playoffs', 'play-offs', 'quarterback', 'touchdown', 'innings', 'wickets', 'players', 'fans', 'coach',
]);

/**
 * More words of a sentence that may be about a state's or a county's side ("Kent won by five
 * wickets", "Queensland beat Victoria"): there a region's name read as a body stays the body.
 */
const SIDE_WORDS = new Set([
  'innings', 'wicket', 'wickets', 'runs', 'batting', 'bowling', 'bowled', 'tries', 'try', 'points', 'v', 'vs', 'vs.', 'beat', 'beats', 'drew', 'lost', 'won',
  'win', 'match', 'championship', 'shield', 'trophy', 'season', 'game', 'games', 'team', 'side', 'squad', 'coach', 'captain', 'play', 'played', 'plays',
  'manager', 'lead', 'at',
]);

/**
 * A club's name: a known place's name and a club's word ("Leeds United", "Ipswich Town" in a
 * sentence about sport), or any name and a word that ends no place's or person's name ("Shamrock Rovers").
 */
function isClubName(text: string, isAboutSport: () => boolean): boolean {
  const space = text.lastIndexOf(' ');
  if (space < 0) return false;
  const last = text.slice(space + 1);
  if (CLUB_WORDS.has(last)) return !isKnownPlace(text) && /^\p{Lu}/u.test(text);
  if (isNicknameAfterTown(last)) return !isKnownPlace(text) && isSizeablePlace(text.slice(0, space)) && !namesCountryOrRegion(text.slice(0, space)) && isAboutSport();
  return CLUB_OR_PLACE_WORDS.has(last) && !isKnownPlace(text) && isKnownPlace(text.slice(0, space)) && isAboutSport();
}

/**
 * A province's, a state's or a county's name outside the US, no country's, not in capitals:
 * a US state's name read as a body is often the state's government ("Texas sued") or a team,
 * and a name in capitals a headline's ("ESSEX AND KENT MADE TO SWEAT").
 */
function isRegionName(text: string): boolean {
  // Asked of every organization's mention: the look-up, kept by name, turns nearly all down before a copy in capitals is made.
  const found = lookupPlaces(text);
  return found.some((e) => e.kind === 'region' && e.country !== 'US') && !found.some((e) => e.kind === 'country' || e.country === 'US') && text !== text.toUpperCase();
}

/** A saint's name joined by a hyphen, right after a name: " Saint-Germain", " St-Etienne". */
const SAINT_AFTER = /^ (?:Saint|Sainte|St|Ste)-\p{Lu}[\p{L}]+(?:-\p{Lu}[\p{L}]+)*/u;

/** A place's name in the possessive before one more capitalised word: "Uttarakhand's Pauri". */
const OWNED_PLACE = /^(\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)*)['’]s (\p{Lu}[\p{L}-]+)$/u;

/** A score ("drew 1-1", "a 2–0 win"), not a vote ("voted 5-2", "a 5-4 ruling") nor an age band ("18-24"). */
const SCORE = /(?<!\bvoted |\baged |\bages )(?<![\d.,:/-])\d{1,2}[-–]\d{1,2}(?![\d.,:/-]*\d)(?! (?:ruling|decision|vote|votes|majority|margin|split|year-olds))/u;

/** Prepositions a town takes and a club does not ("near Liverpool", "across Leeds"; a club plays "at" and signs "from"). */
const CITY_PREPOSITION = /(?:^|[^\p{L}])(?:in|near|outside|around|across|into|throughout|towards?) $/u;

/** A city of 100,000 people or more (no country's or region's name: isRegionName's), right after CITY_PREPOSITION, not owning anything. */
function isCityAfterPlacePreposition(doc: AnalyzedText, m: NameMention): boolean {
  if (!CITY_PREPOSITION.test(doc.text.slice(Math.max(0, m.start - 12), m.start)) || /^['’]/u.test(doc.text.slice(m.end, m.end + 1))) return false;
  const found = lookupPlaces(m.text);
  return found.some((e) => e.kind === 'city' && (e.population ?? 0) >= 100_000) && !found.some((e) => e.kind === 'country' || e.kind === 'region');
}

/** A club's role and then a name, after a name: " manager Enzo", " boss Daniel", " captain Harry". */
const CLUB_ROLE_AFTER = /^ (?:manager|boss|coach|captain|skipper|striker|midfielder|goalkeeper|defender|winger|forward) \p{Lu}/u;

/** Where someone lives, set off after their name (and age): "Karen Whitfield, 54, of Hartlepool,", "The man, from Middlesbrough,". */
const RESIDENCE_BEFORE = /, (?:\d{1,3}, )?(?:of|from) $/u;

/** A town or city of any size in a residence's apposition, ended by a comma or the sentence's end; not a country's or region's name. */
function isTownOfResidence(doc: AnalyzedText, m: NameMention): boolean {
  if (!RESIDENCE_BEFORE.test(doc.text.slice(Math.max(0, m.start - 12), m.start)) || !/^[,.;]/u.test(doc.text.slice(m.end, m.end + 1))) return false;
  return lookupPlaces(m.text).some((e) => e.kind === 'city') && !namesCountryOrRegion(m.text);
}

export function thingsNamedAfterPlaces(doc: AnalyzedText, s: Sentence, first: number, caseClasses: ReadonlyMap<string, number>, out: NameMention[]): void {
  const { tokens } = doc;
  let sport: boolean | undefined;
  const isAboutSport = (): boolean => {
    if (sport === undefined) {
      sport = SCORE.test(doc.text.slice(s.start, s.end));
      for (let k = s.tokenStart; k < s.tokenEnd && !sport; k++) sport = SPORT_WORDS.has(tokens[k].text);
    }
    return sport;
  };
  let sides: boolean | undefined;
  const mayBeAboutSides = (): boolean => {
    if (sides === undefined) {
      sides = isAboutSport() || /\d/u.test(doc.text.slice(s.start, s.end));
      for (let k = s.tokenStart; k < s.tokenEnd && !sides; k++) sides = SIDE_WORDS.has(tokens[k].text);
    }
    return sides;
  };
  let t = s.tokenStart;
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    // "Tasmania reported strong winds", "Minas Gerais and Bahia": a state's or a province's whole name read as a body, outside sport
    // (county and state sides: "Kent won by 5 wickets") and outside a body two places share ("Devon and Cornwall Police").
    if (m.type === 'ORG' && isRegionName(m.text) && !mayBeAboutSides() && !(out[i + 1]?.type === 'ORG' && doc.text.slice(m.end, out[i + 1].start) === ' and ')) {
      out[i] = { start: m.start, end: m.end, text: m.text, type: 'LOC' };
      continue;
    }
    // "a plant near Liverpool", "she grew up in Leeds": a city the tagger read as its football club (CoNLL's sport pages
    // name them so), after a preposition only places take, in a sentence about no match or side, is the city.
    // "LONDON — Chelsea manager Enzo Maresca": a town's name before a club's role and a name is the club (a town has no manager).
    // (A country's side keeps its country's name: "England captain Harry Kane".)
    if (m.type === 'LOC' && CLUB_ROLE_AFTER.test(doc.text.slice(m.end, m.end + 16)) && !namesCountryOrRegion(m.text)) {
      out[i] = { start: m.start, end: m.end, text: m.text, type: 'ORG' };
      continue;
    }
    // So is a town named as where someone lives: "Karen Whitfield, 54, of Hartlepool, admitted fraud".
    if (m.type === 'ORG' && (isCityAfterPlacePreposition(doc, m) || isTownOfResidence(doc, m)) && !isAboutSport()) {
      out[i] = { start: m.start, end: m.end, text: m.text, type: 'LOC' };
      continue;
    }
    // "Galway United", "Shamrock Rovers" read as a person: a club's name, however read.
    // "host the Denver Nuggets": after "the", no one's name, whatever else the sentence is about.
    const afterThe = m.type === 'PER' && /\b[Tt]he $/u.test(doc.text.slice(Math.max(0, m.start - 4), m.start));
    if (m.type === 'PER' && !m.title && (afterThe || !isGivenNameAndSurname(m.text, caseClasses)) && isClubName(m.text, () => isAboutSport() || afterThe)) {
      out[i] = { start: m.start, end: m.end, text: m.text, type: 'ORG' };
      continue;
    }
    // "lost to Kano Pillars": the town read alone, its club's nickname after it left unread.
    if ((m.type === 'LOC' || m.type === 'ORG') && !m.text.includes(' ')) {
      while (t < s.tokenEnd && tokens[t].start < m.end) t++;
      const nickname = t < s.tokenEnd && tokens[t].start === m.end + 1 && (out[i + 1]?.start ?? Infinity) > tokens[t].start
        && !(t + 1 < s.tokenEnd && /^\p{Lu}/u.test(tokens[t + 1].text) && tokens[t + 1].start === tokens[t].end + 1) ? tokens[t] : null;
      if (nickname !== null && isClubName(`${m.text} ${nickname.text}`, isAboutSport) && isNicknameAfterTown(nickname.text)) {
        out[i] = { start: m.start, end: nickname.end, text: doc.text.slice(m.start, nickname.end), type: 'ORG' };
        continue;
      }
    }
    if (m.type !== 'LOC') continue;
    // "won 2-0 at the Emirates": a one-word country's name after "at the" in a match report is a ground named like it.
    if (!m.placeQualifier && !m.text.includes(' ') && /\bat the $/u.test(doc.text.slice(Math.max(0, m.start - 7), m.start)) && isAboutSport()
      && lookupPlaces(m.text).some((e) => e.kind === 'country')) {
      out[i] = { ...m, placeQualifier: 'venue' };
      continue;
    }
    // "Paris Saint-Germain": a town's name and a saint's joined by a hyphen are one name, a club's
    // (the tagger read the town and a person "Germain"); "Lyon Saint-Exupéry Airport" is one place.
    // " S" first: the slice and the pattern only where a saint's name may follow.
    const saint = doc.text.charCodeAt(m.end) === 32 && doc.text.charCodeAt(m.end + 1) === 83 ? SAINT_AFTER.exec(doc.text.slice(m.end, m.end + 40)) : null;
    if (saint !== null && isKnownPlace(m.text)) {
      const end = m.end + saint[0].length;
      let past = i + 1;
      while (past < out.length && out[past].start < end) past++;
      if (out.slice(i + 1, past).every((n) => n.end <= end)) {
        const place = /^ (?:Airport|Station|Cathedral|Church)\b/u.test(doc.text.slice(end, end + 12));
        out.splice(i, past - i, { start: m.start, end, text: doc.text.slice(m.start, end), type: place ? 'LOC' : 'ORG' });
        continue;
      }
    }
    // "Uttarakhand's Pauri district", "Ontario's Kingston": a state or a country owning one more name are two places.
    const owned = m.text.includes('s ') ? OWNED_PLACE.exec(m.text) : null;
    if (owned !== null && namesCountryOrRegion(owned[1]) && !isKnownPlace(m.text)) {
      const second = m.start + m.text.length - owned[2].length;
      out.splice(i, 1, { start: m.start, end: m.start + owned[1].length, text: owned[1], type: 'LOC' }, { start: second, end: m.end, text: owned[2], type: 'LOC' });
      i++;
      continue;
    }
    while (t < s.tokenEnd && tokens[t].start < m.end) t++;
    // "the Santa Ana winds": the wind is named after the place.
    const next = t < s.tokenEnd && tokens[t].start === m.end + 1 ? tokens[t].text : '';
    // Not a region's or a sea's: "cold Arctic winds", "Atlantic winds" blow from there.
    // "Brent crude", "Dubai crude": an oil benchmark named after a field or a port, no place of the story.
    if (((next === 'winds' || next === 'wind') && !namesCountryOrRegion(m.text)) || next === 'crude') {
      out[i] = { start: m.start, end: m.end, text: m.text, type: 'MISC' };
      continue;
    }
    if (isClubName(m.text, isAboutSport)) out[i] = { start: m.start, end: m.end, text: m.text, type: 'ORG' };
  }
}
