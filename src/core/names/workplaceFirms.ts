import type { NameMention } from './nameMention';
import { LOC, PER, type MentionRetypes } from './mentionRetypes';
import { isKnownPlace } from '../places/gazetteer';
import { isPersonRole } from '../entities/roleNouns';

// Business news names the firm an analyst, an economist, a lawyer or an engineer works at right after
// "at": "an economist at Banco Base", "a former engineer at Stripe", "staff at Johns Hopkins", "analysts at Peel Hunt", "head of equities at Hargreaves Lansdown", "a partner at Clarke
// Willmott", "Grant Thornton". Knowing no such name, the tagger reads two capitalised words
// as a person's or an unknown place's. The one-word names of these firms are left to
// firmEvidence.ts ("analysts at Wedbush"); this reads names of any length.

/**
 * The words for someone who works at a firm, then "at", ending the text before a name. Not
 * "professor" or "director" (at a university, at the Pentagon, named well enough), not
 * "scientist" (at Los Alamos, a place too).
 */
const WORKS_AT = /\b(?:[Aa]nalysts?|[Ee]conomists?|[Ss]trategists?|[Pp]artners?|[Ll]awyers?|[Aa]ttorneys?|[Ss]olicitors?|[Bb]ankers?|[Tt]raders?|[Aa]ccountants?|(?:[Ff]und|[Pp]ortfolio|[Ii]nvestment) managers?|[Hh]ead of (?:[\p{Ll}-]+ ){0,3}[\p{Ll}-]+|[Ee]ngineers?|[Rr]esearchers?|[Ee]xecutives?|[Ee]mployees?|[Ss]taff|[Dd]evelopers?|[Dd]esigners?|[Ww]ork(?:s|ed|ing)|[Ss]tudie[sd]|[Ss]tudying) at $/u;

/** How far back the cue can start: "head of money and markets at " (four words of a desk) is about the longest. */
const CUE_REACH = 48;

/**
 * Every person or place mention with no title after a WORKS_AT cue (a place only where the
 * gazetteer knows no such place: "a lawyer at Guantanamo" is there) is an organization, and so
 * is every other untitled person or unknown place mention of the same name in the article
 * ("Grant Thornton said", then "a partner at Grant Thornton").
 */
export function firmsWherePeopleWork(text: string, mentions: MentionRetypes): void {
  const firms = firmsAfterWorksAt(text, mentions, mentions.oneWord, firmsAfterWorksAt(text, mentions, mentions.longer, null));
  if (firms === null) return;
  retypeFirms(mentions, mentions.oneWord, firms);
  retypeFirms(mentions, mentions.longer, firms);
}

/** `firms` with the names of the mentions at `indices` read as a person's or an unknown place's after a WORKS_AT cue. */
function firmsAfterWorksAt(text: string, mentions: MentionRetypes, indices: readonly number[], firms: Set<string> | null): Set<string> | null {
  const { starts } = mentions;
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k];
    const start = starts[i];
    // Asked of every mention on every keystroke: WORKS_AT ends in " at ", a look at four
    // characters that lets nearly all go before the mention, a slice, the gazetteer or the pattern.
    if (!text.startsWith(' at ', start - 4)) continue;
    const type = mentions.type(i);
    if (type !== PER && type !== LOC) continue;
    const m = mentions.at(i);
    if (!readAsFirm(m) || !WORKS_AT.test(text.slice(Math.max(0, start - CUE_REACH), start))) continue;
    (firms ??= new Set()).add(m.text);
  }
  return firms;
}

function retypeFirms(mentions: MentionRetypes, indices: readonly number[], firms: ReadonlySet<string>): void {
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k];
    if (!firms.has(mentions.texts[i])) continue;
    const m = mentions.at(i);
    if (readAsFirm(m) || titledByNoRole(m)) mentions.retype(i, 'ORG');
  }
}

/** "the pro-Islamic State Twitter account": a person's reading whose "title" is no person's role, another mention of a firm shown elsewhere. */
function titledByNoRole(m: NameMention): boolean {
  return m.type === 'PER' && m.title !== undefined && !m.title.includes(' ') && !isPersonRole(m.title);
}

/** A person's or an unknown place's reading that may be a firm's. */
function readAsFirm(m: NameMention): boolean {
  if (m.title !== undefined) return false;
  if (m.type === 'PER') return true;
  return m.type === 'LOC' && !isKnownPlace(m.text);
}
