import type { Organization, Span } from '../types';
import type { NameMention } from '../names/nameMention';
import { stripPossessive } from './personName';
import { cachedByText } from '../text/cachedByText';
import { firmShortName } from './firmNames';
import { KNOWN_ORGANIZATIONS } from '../names/nameLexicon';
import { lookupPlaces } from '../places/gazetteer';
import { LEGAL_FORMS, ORGANIZATION_WORDS } from '../names/nameLexicon';
import { fitsDescribedBody } from './describedBodies';

// Organization mentions grouped by their name without "the" and a possessive; an acronym joins
// the full name it abbreviates ("FBI" — "Federal Bureau of Investigation"), and a short form
// joins the one longer name it ends ("the Post" — "The Washington Post") when only one fits
// and no "of" or "and" stands before it ("Korea" is not "the Workers' Party of Korea"), and a
// firm's first word joins the one firm's name it opens ("Pfizer" — "Pfizer Inc.": firmNames.ts), and
// a club's the one club's name of it and a town ("Bayern" — "Bayern Munich").

export interface OrganizationGroups {
  organizations: Organization[];
  /** Organization id of each ORG mention, by mention start. */
  organizationIdAt: Map<number, string>;
}

const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', '&']);

// Each spelling once: every mention is grouped again on every keystroke.
const normalize = cachedByText((text: string): string => {
  // "U.N. Security Council" and "UN Security Council": an acronym's letters with or without full stops.
  const words = text.trim().split(/\s+/u).map((w) => (DOTTED_ACRONYM.test(w) ? w.replace(/\./gu, '') : w));
  // "Acme Corp." at a line's end and "Acme Corp" where the full stop also ended the sentence.
  words[words.length - 1] = stripPossessive(words[words.length - 1]).replace(/\.$/u, '');
  if (words.length > 1 && words[0].toLowerCase() === 'the') words.shift();
  // "Nordwind Energy AG" and "Nordwind Energy": a legal form after a name of two words or more is no part of the firm's name.
  if (words.length > 2 && LEGAL_FORMS.has(words[words.length - 1].toLowerCase().replace(/,$/u, ''))) words.pop();
  return words.join(' ').toLowerCase();
});

/** Capitals each with its full stop: "U.N.", "U.S.", "E.U.". */
const DOTTED_ACRONYM = /^(?:\p{Lu}\.){2,}(?:['’]s)?$/u;

/** Bodies news calls by the first word of their name ("the Bank", "the Court"). */
const BODY_HEADS = new Set(['bank', 'court', 'church', 'university', 'council', 'department', 'ministry', 'office', 'board', 'institute', 'museum', 'academy', 'society']);


const acronymOf = cachedByText((normalized: string): string | null => {
  const words = normalized.split(' ').filter((w) => !CONNECTORS.has(w));
  if (words.length < 2) return null;
  return words.map((w) => w.charAt(0)).join('');
});

/** "BoE", "DoJ", "DOD": the acronym that keeps the initial of "of" ("Bank of England", "Department of Justice"). */
const acronymWithOf = cachedByText((normalized: string): string | null => {
  const words = normalized.split(' ').filter((w) => w === 'of' || !CONNECTORS.has(w));
  if (words.length < 3 || !words.includes('of')) return null;
  return words.map((w) => w.charAt(0)).join('');
});

/**
 * Clipped names that news uses as freely as acronyms and that no rule derives: "the Fed" is the
 * Federal Reserve (its board, its banks), the one name of the article it starts.
 */
const CLIPPED_NAMES: ReadonlyMap<string, string> = new Map([['fed', 'federal reserve']]);

/** Towns big enough to name a club after: not "University" (Mississippi) or "Union" (New Jersey), which name bodies. */
const CLUB_TOWN_POPULATION = 100_000;

/**
 * "bayern" of "Bayern Munich", "real" of "Real Madrid": the first of two words whose second is a
 * city the gazetteer knows, and no organization's word, as clubs are named and then called by
 * their first word; else null.
 */
function clubShortName(text: string): string | null {
  const words = text.replace(/^the\s+/iu, '').split(/\s+/u);
  if (words.length !== 2 || !/^\p{Lu}\p{Ll}+$/u.test(words[0])) return null;
  const town = stripPossessive(words[1]);
  if (ORGANIZATION_WORDS.has(town.toLowerCase())) return null;
  return lookupPlaces(town).some((e) => e.kind === 'city' && (e.population ?? 0) >= CLUB_TOWN_POPULATION) ? words[0].toLowerCase() : null;
}

/**
 * The firms a first word opens are one firm's names: one name, or names that all go on from the
 * shortest ("G4S Secure Solutions" and "G4S Secure Solutions USA Inc."), whose first one the word joins.
 */
function isOneFirm(firms: readonly Organization[]): boolean {
  if (firms.length === 1) return true;
  const keys = firms.map((o) => normalize(o.name));
  const shortest = keys.reduce((a, b) => (b.length < a.length ? b : a));
  return keys.every((k) => k === shortest || k.startsWith(`${shortest} `));
}

/** "U.S. Congress": the words before the last name a country (not "Indiana GOP": a state's party is not the party). */
function onlyOne<T>(items: readonly T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}

function countryBeforeLastWord(org: Organization): boolean {
  const words = org.name.split(/\s+/u);
  return words.length >= 2 && lookupPlaces(words.slice(0, -1).join(' ')).some((e) => e.kind === 'country');
}

export function groupOrganizations(mentions: NameMention[]): OrganizationGroups {
  const orgs = mentions.filter((m) => m.type === 'ORG').sort((a, b) => a.start - b.start);
  const groups = new Map<string, Organization>();
  const byAcronym = new Map<string, Organization>();
  const byLastWords = new Map<string, Organization[]>();
  const byFirstWord = new Map<string, Organization[]>();
  const organizations: Organization[] = [];
  /** Where each multi-word name is first given. */
  const namedAt = new Map<Organization, number>();
  // Each mention's key once: the second pass reads it again.
  const keys = orgs.map((m) => normalize(m.name ?? m.text));
  // Multi-word names first, so that short forms can find them wherever they stand.
  for (let k = 0; k < orgs.length; k++) {
    const m = orgs[k];
    const key = keys[k];
    if (!key.includes(' ') || m.body) continue;
    let org = groups.get(key);
    // "Breitbart News" then "Breitbart News LLC": one firm, whose short name the second gives.
    if (org) {
      const first = firmShortName(m.text);
      const firms = first !== null ? (byFirstWord.get(first) ?? []) : null;
      if (first !== null && firms && !firms.includes(org)) byFirstWord.set(first, [...firms, org]);
      continue;
    }
    org = { id: '', name: m.text.replace(/^the\s+/iu, ''), mentions: [], quoteCount: 0 };
    groups.set(key, org);
    namedAt.set(org, m.start);
    const acronym = acronymOf(key);
    if (acronym && !byAcronym.has(acronym)) byAcronym.set(acronym, org);
    const withOf = acronymWithOf(key);
    if (withOf && !byAcronym.has(withOf)) byAcronym.set(withOf, org);
    for (const [clipped, full] of CLIPPED_NAMES) if (!byAcronym.has(clipped) && (key === full || key.startsWith(`${full} `))) byAcronym.set(clipped, org);
    const words = key.split(' ');
    const last = words[words.length - 1];
    // "the Post" is "The Washington Post", but "Korea" is not "the Workers' Party of Korea"
    // nor "Aberdeen" "the University of Aberdeen": a word after "of" names something else.
    if (!CONNECTORS.has(words[words.length - 2])) {
      const list = byLastWords.get(last) ?? [];
      if (!list.includes(org)) list.push(org);
      byLastWords.set(last, list);
    }
    // "Pfizer" is "Pfizer Inc.", "Samsung" "Samsung Electronics Co Ltd", "Bayern" "Bayern Munich";
    // "the Bank" is "the Bank of England", "the Commission" "the European Commission" aside: a body's first word before "of".
    const first = firmShortName(m.text) ?? clubShortName(m.text) ?? (words.length >= 3 && words[1] === 'of' && BODY_HEADS.has(words[0]) ? words[0] : null);
    if (first !== null) {
      const firms = byFirstWord.get(first) ?? [];
      if (!firms.includes(org)) firms.push(org);
      byFirstWord.set(first, firms);
    }
  }
  // "Japan's central bank" is the "Bank of Japan" the article names (describedBodies.ts).
  for (let k = 0; k < orgs.length; k++) {
    const body = orgs[k].body;
    if (!body || groups.has(keys[k])) continue;
    const named = [...groups.values()].find((o) => fitsDescribedBody(o.name, body));
    if (named) groups.set(keys[k], named);
  }
  const organizationIdAt = new Map<number, string>();
  const order: Organization[] = [];
  for (let k = 0; k < orgs.length; k++) {
    const m = orgs[k];
    const key = keys[k];
    let org = groups.get(key);
    if (!org && !key.includes(' ')) {
      // "Congress" is a body of its own (the US Congress, India's Congress party), short for "the U.S. Congress" (a
      // country before it) but never for "the Trinamool Congress", "ABC News GOP" or "the Indiana GOP".
      const endsWith = KNOWN_ORGANIZATIONS.has(key) ? byLastWords.get(key)?.filter(countryBeforeLastWord) : byLastWords.get(key);
      const firm = byFirstWord.get(key);
      // "the U.S. Senate" and "the North Carolina Senate", then "the Senate": a country's body, the one of them a country's name opens.
      const ending = endsWith && endsWith.length === 1 ? endsWith[0] : endsWith && endsWith.length > 1 ? onlyOne(endsWith.filter(countryBeforeLastWord)) : undefined;
      const opening = firm && isOneFirm(firm) ? firm[0] : undefined;
      // "The Bank of England held rates … the Bank wanted … after the European Central Bank": a
      // short form stands for a name given before it, so of a name it ends and a body it opens,
      // the one already named.
      const openingFirst = opening !== undefined && ending !== undefined && (namedAt.get(opening) ?? Infinity) < m.start && (namedAt.get(ending) ?? Infinity) > m.start;
      org = byAcronym.get(key) ?? (openingFirst ? opening : ending ?? opening);
    }
    if (!org) {
      org = { id: '', name: (m.name ?? m.text).replace(/^the\s+/iu, '').replace(/['’]s$/u, ''), mentions: [], quoteCount: 0 };
      groups.set(key, org);
    }
    if (org.mentions.length === 0) order.push(org);
    // "Moody's", "Sainsbury's": the finder keeps "'s" on a name only where it is the name's own, which the organization keeps.
    if (/['’]s$/u.test(m.text) && `${org.name}'s` === m.text.replace(/’/u, "'")) org.name = m.text;
    org.mentions.push({ start: m.start, end: m.end, text: m.text } satisfies Span);
  }
  order.forEach((o, i) => (o.id = `o${i + 1}`));
  for (const o of order) for (const m of o.mentions) organizationIdAt.set(m.start, o.id);
  organizations.push(...order);
  return { organizations, organizationIdAt };
}
