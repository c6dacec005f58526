import { withoutMarkdownMarkup } from './text/markdownMarkup';
import { withRepeatedQuoteSpeakers } from './quotes/repeatedQuotes';
import { analyzeText, type AnalyzedText } from './text/analyzedText';
import { tokenize, type Token } from './text/tokenizer';
import { findNamesWithTagger } from './names/taggedNameFinder';
import { defaultTagger } from './names/defaultTagger';
import type { Memo } from './incremental/memo';
import type { PipelineMemos } from './incremental/pipelineMemos';
import { groupEntities } from './entities/entityGrouper';
import { findQuotes } from './quotes/quoteFinder';
import { buildMentionIndex } from './quotes/mentionIndex';
import { resolveSpeakers } from './quotes/speakerResolver';
import { foldNestedReports } from './quotes/nestedReports';
import { findDates } from './dates/dateFinder';
import { findArticleDate } from './dates/articleDate';
import { MAX_BOILERPLATE_LINE, isWebBoilerplateLine } from './text/webBoilerplate';
import { outsideAddresses, webAddresses } from './text/webAddresses';
import type { NameMention } from './names/nameMention';
import { SCHEMA_ID, type AnnotateOptions, type Annotations, type Organization, type Person, type Place, type Quote, type TextProblem } from './types';

/**
 * The whole pipeline: text analysis → finders (names, quotes, dates) → resolvers
 * (entities, speakers, article date) → the schema v1 document. Pure: the article date
 * comes from the options or the text, never from the clock.
 */
export function annotate(text: string, options: AnnotateOptions = {}): Annotations {
  return annotateReusing(text, options, undefined);
}

/**
 * annotate() with the memos of an editor session (src/core/annotator.ts): the same result,
 * with the paragraph- and sentence-local work of unchanged text taken from the memos.
 */
export function annotateReusing(text: string, options: AnnotateOptions, memos: PipelineMemos | undefined): Annotations {
  // Names and quotes are read with Markdown's marks as blanks (offsets kept); the article date,
  // the dates and the web addresses from the text as written.
  const plain = withoutMarkdownMarkup(text);
  const last = memos?.lastAnalysis.closest(plain);
  const doc = analyzeText(plain, memos && {
    tokensOf: (p) => memoizedTokens(p, memos.paragraphTokens),
    previous: last?.run,
    edit: last?.edit,
    reused: () => memos.lastAnalysis.hits++,
  });
  memos?.lastAnalysis.keep({ text: doc.text, paragraphs: doc.paragraphs, paragraphTokens: doc.paragraphTokens }, last?.run);
  const problems: TextProblem[] = [];
  const articleDate = findArticleDate(text, options.documentDate, options.fileName, options.today);

  const addresses = webAddresses(text);
  const names = outsideAddresses(withoutBoilerplate(findNamesWithTagger(doc, defaultTagger(), memos?.tagger), doc), addresses);
  const entities = groupEntities(names, doc, memos?.entityGroups, memos?.lastProfiles, memos?.lastPlaces);
  oneLineNames(entities);
  const found = findQuotes(doc, problems, memos && { speech: memos.paragraphSpeech, readings: memos.quoteReadings, last: memos.lastQuoteReadings, lastSpeech: memos.lastSpeech });
  const mentions = buildMentionIndex(doc, entities, found);
  const folded = foldNestedReports(found, resolveSpeakers(doc, found, mentions, entities, memos?.lastSpeakers));
  const reported = folded.found;
  const attributions = withRepeatedQuoteSpeakers(text, reported, folded.attributions);

  const speakers = new Map<string, Person | Organization>();
  for (const p of entities.people) speakers.set(p.id, p);
  for (const o of entities.organizations) speakers.set(o.id, o);

  const quotes: Quote[] = reported.map((q, i) => {
    const a = attributions[i];
    const speaker = a.speakerId ? speakers.get(a.speakerId) : undefined;
    if (speaker) speaker.quoteCount++;
    const quote: Quote = {
      id: `q${i + 1}`,
      kind: q.kind,
      start: q.start,
      end: q.end,
      text: text.slice(q.start, q.end),
      speakerId: speaker ? a.speakerId : null,
      speakerName: speaker?.name ?? null,
      speakerMention: a.speakerMention,
      cue: a.cue,
    };
    // Set last, where it stands in the JSON, rather than spread in: an object spread for every quote on every keystroke.
    if (a.referent && !speaker) quote.speakerReferent = a.referent;
    return quote;
  });

  return {
    schema: SCHEMA_ID,
    ...(options.source !== undefined ? { source: options.source } : {}),
    documentDate: articleDate.date,
    documentDateSource: articleDate.source,
    people: entities.people,
    organizations: entities.organizations,
    places: entities.places,
    quotes,
    dates: outsideAddresses(
      findDates(text, articleDate.date, memos && { windows: memos.dateWindows, triggers: memos.dateTriggers, tenses: memos.dateTenses, last: memos.lastDates }),
      addresses,
    ),
    problems,
  };
}

function memoizedTokens(paragraph: string, memo: Memo<readonly Token[]>): readonly Token[] {
  let tokens = memo.get(paragraph);
  if (!tokens) {
    tokens = tokenize(paragraph);
    memo.set(paragraph, tokens);
  }
  return tokens;
}

/** A name wrapped across a line break ("Transport\nMinistry") is named on one line; its mentions keep the text as written. */
function oneLineNames(entities: { people: Person[]; organizations: Organization[]; places: Place[] }): void {
  // Run on every keystroke: names already on one line (nearly all) are left as they are.
  const oneLine = (s: string): string => (notOneLine(s) ? s.replace(/\s+/gu, ' ') : s);
  for (const list of [entities.people, entities.organizations, entities.places]) for (const e of list) e.name = oneLine(e.name);
  for (const p of entities.people) if (!distinctOneLineAliases(p)) p.aliases = [...new Set(p.aliases.map(oneLine))].filter((a) => a !== p.name);
}

/** A space other than one blank between words: what oneLineNames changes. */
const NOT_ONE_LINE = /[^\S ]| {2}/u;

/**
 * NOT_ONE_LINE.test(name), asked of every entity's name on every keystroke: a look at each
 * character of an ASCII name (the pattern runs only on a name with a character outside ASCII,
 * where Unicode's spaces may stand).
 */
function notOneLine(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 128) return NOT_ONE_LINE.test(name);
    if ((c >= 9 && c <= 13) || (c === 32 && name.charCodeAt(i + 1) === 32)) return true;
  }
  return false;
}

/** Whether the person's aliases are already what oneLineNames makes of them: on one line, distinct, none the name. */
function distinctOneLineAliases(p: Person): boolean {
  const { aliases } = p;
  if (aliases.length > 8) return false;
  for (let i = 0; i < aliases.length; i++) {
    if (aliases[i] === p.name || notOneLine(aliases[i])) return false;
    for (let j = 0; j < i; j++) if (aliases[j] === aliases[i]) return false;
  }
  return true;
}

/** Names on a line pasted from a web page ("ADVERTISEMENT") are not names of the article. */
function withoutBoilerplate(names: NameMention[], doc: AnalyzedText): NameMention[] {
  // Asked of every paragraph on every keystroke: a line too long to be boilerplate is not cut from the text.
  const boilerplate = doc.paragraphs.filter((p) => p.end - p.start <= MAX_BOILERPLATE_LINE && isWebBoilerplateLine(doc.text.slice(p.start, p.end)));
  if (!boilerplate.length) return names;
  return names.filter((m) => !boilerplate.some((p) => m.start >= p.start && m.end <= p.end));
}
