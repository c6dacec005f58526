import type { AnalyzedText } from '../text/analyzedText';
import type { Sentence } from '../text/sentences';
import type { NameMention } from './nameMention';
import { isKnownPlace } from '../places/gazetteer';

// Things named after a place that the tagger reads as the place: a wind ("the Santa Ana
// winds", "the Diablo winds") and a sports club ("Leeds United", "Ipswich Town"). CoNLL
// reads the first as MISC (the place's name is a word of the wind's), the second as ORG.

/** Last words of clubs' names that never end a place's name: "Leeds United", "Blackburn Rovers", "Wigan Athletic". */
const CLUB_WORDS = new Set(['United', 'Rovers', 'Athletic', 'Wanderers', 'Albion', 'Hotspur', 'Argyle', 'Rangers', 'Harriers']);

/** Last words of clubs' names that end places' names too ("Ipswich Town", "Norwich City", "Derby County"): clubs only in a sentence about sport. */
const CLUB_OR_PLACE_WORDS = new Set(['Town', 'City', 'County']);

/**
 * Words, in lower case, of a sentence about a match or a club: only those politics and local
 * news hardly use ("a victory speech in Westchester County", "the Fairfax County manager").
 */
const SPORT_WORDS = new Set([
  'goal', 'goals', 'scored', 'cup', 'league', 'striker', 'midfielder', 'defender', 'goalkeeper', 'relegation', 'relegated', 'premiership',
  'semi-final', 'quarter-final', 'penalty', 'equaliser', 'equalizer', 'fixture', 'fixtures', 'kick-off', 'derby',
]);

/** A score ("drew 1-1", "a 2–0 win"), not a vote ("voted 5-2", "a 5-4 ruling") nor an age band ("18-24"). */
const SCORE = /(?<!\bvoted |\baged |\bages )(?<![\d.,:/-])\d{1,2}[-–]\d{1,2}(?![\d.,:/-]*\d)(?! (?:ruling|decision|vote|votes|majority|margin|split|year-olds))/u;

export function thingsNamedAfterPlaces(doc: AnalyzedText, s: Sentence, first: number, out: NameMention[]): void {
  const { tokens } = doc;
  let sport: boolean | undefined;
  const isAboutSport = (): boolean => {
    if (sport === undefined) {
      sport = SCORE.test(doc.text.slice(s.start, s.end));
      for (let k = s.tokenStart; k < s.tokenEnd && !sport; k++) sport = SPORT_WORDS.has(tokens[k].text);
    }
    return sport;
  };
  let t = s.tokenStart;
  for (let i = first; i < out.length; i++) {
    const m = out[i];
    if (m.type !== 'LOC') continue;
    while (t < s.tokenEnd && tokens[t].start < m.end) t++;
    // "the Santa Ana winds": the wind is named after the place.
    const next = t < s.tokenEnd && tokens[t].start === m.end + 1 ? tokens[t].text : '';
    if (next === 'winds' || next === 'wind') {
      out[i] = { start: m.start, end: m.end, text: m.text, type: 'MISC' };
      continue;
    }
    const space = m.text.lastIndexOf(' ');
    if (space < 0) continue;
    const last = m.text.slice(space + 1);
    const club = CLUB_WORDS.has(last) || (CLUB_OR_PLACE_WORDS.has(last) && isAboutSport());
    if (club && !isKnownPlace(m.text) && isKnownPlace(m.text.slice(0, space))) out[i] = { start: m.start, end: m.end, text: m.text, type: 'ORG' };
  }
}
