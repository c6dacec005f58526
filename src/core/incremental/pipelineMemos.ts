import type { Token } from '../text/tokenizer';
import type { Part } from '../dates/dateFinder';
import type { DateTrigger } from '../dates/dateTriggers';
import type { Tense } from '../dates/tense/tense';
import { LastSpeech, type ParagraphSpeech } from '../quotes/indirectSpeechByParagraph';
import type { QuoteReading, ReadingRun } from '../quotes/quoteReadingMemo';
import type { GroupingPlan } from '../entities/groupingPlan';
import { LruMemo } from './memo';
import { TaggerSessions } from '../names/taggerSessions';
import { RecentRuns } from './recentRuns';
import type { AnalysisRun } from '../text/analyzedText';
import { LastDates } from '../dates/lastDateRun';
import { LastSpeakers } from '../quotes/lastSpeakerRun';
import { LastProfiles } from '../entities/lastProfileRun';
import { LastPlaces } from '../places/lastPlaceRun';

/**
 * What the incremental annotator remembers between versions of a text, each by the exact
 * input it was computed from:
 * - the last version's text analysis, date finder run and quotation readings: what an edit
 *   did not reach serves again without its text being looked up (text/analyzedText.ts,
 *   dates/lastDateRun.ts, quotes/quoteReadingMemo.ts);
 * - a paragraph's tokens by its text;
 * - the tagger's reading of the last few texts, paragraph by paragraph, with the document
 *   evidence its words read kept as sums of the paragraphs' shares (names/incrementalTagging.ts);
 * - a paragraph's reported speech by its text and the direct quotes over it, and the last
 *   version's by the paragraph's place (quotes/indirectSpeechByParagraph.ts);
 * - a quotation's cues and kind by the paragraphs around it;
 * - a line's date trigger words by its text; a date window's chrono reading by its text,
 *   trigger kinds and the article date; a date's tense by the text around it;
 * - the grouping of mentions into entities by the mentions' texts in order
 *   (entities/groupingPlan.ts);
 * - the last version's speaker resolution: quotes whose surroundings (and the look-back of
 *   their pronouns) the edit did not reach keep their speakers (quotes/lastSpeakerRun.ts);
 * - the last version's person profiles: people none of whose mentions the edit reached keep
 *   theirs (entities/lastProfileRun.ts);
 * - the last version's places, while the place names read the same (places/lastPlaceRun.ts).
 * Whatever depends on more of the article (quote pairing, the resolution of relative dates
 * near an edit) is recomputed on every call.
 */
export interface PipelineMemos {
  paragraphTokens: LruMemo<readonly Token[]>;
  tagger: TaggerSessions;
  dateWindows: LruMemo<readonly Part[]>;
  dateTriggers: LruMemo<readonly DateTrigger[]>;
  dateTenses: LruMemo<Tense>;
  paragraphSpeech: LruMemo<ParagraphSpeech>;
  lastSpeech: LastSpeech;
  quoteReadings: LruMemo<QuoteReading>;
  lastAnalysis: RecentRuns<AnalysisRun>;
  lastDates: LastDates;
  lastQuoteReadings: RecentRuns<ReadingRun>;
  entityGroups: LruMemo<GroupingPlan>;
  lastSpeakers: LastSpeakers;
  lastProfiles: LastProfiles;
  lastPlaces: LastPlaces;
}

// Enough for a few long documents open at once (a 1 MB text has about 8,000 paragraphs and
// 20,000 sentences); an entry is a few hundred bytes. The character bounds keep memory in
// proportion to the text remembered: 4 million characters of paragraphs is about two 2 MB
// articles, whose tokens take some 80 MB.
const PARAGRAPH_LIMIT = 40_000;
const DATE_WINDOW_LIMIT = 40_000;
const TEXT_CHARS = 4_000_000;
// A grouping stands for a whole article's mentions (counted by their characters); the last
// few versions (undo, redo) are enough.
const GROUPING_LIMIT = 4;
const GROUPING_CHARS = 2_000_000;

export function createPipelineMemos(): PipelineMemos {
  return {
    paragraphTokens: new LruMemo(PARAGRAPH_LIMIT, TEXT_CHARS),
    tagger: new TaggerSessions(TEXT_CHARS),
    dateWindows: new LruMemo(DATE_WINDOW_LIMIT, TEXT_CHARS),
    dateTriggers: new LruMemo(PARAGRAPH_LIMIT, TEXT_CHARS),
    dateTenses: new LruMemo(DATE_WINDOW_LIMIT, TEXT_CHARS),
    paragraphSpeech: new LruMemo(PARAGRAPH_LIMIT, TEXT_CHARS),
    lastSpeech: new LastSpeech(),
    quoteReadings: new LruMemo(PARAGRAPH_LIMIT, TEXT_CHARS),
    lastAnalysis: new RecentRuns(),
    lastDates: new LastDates(),
    lastQuoteReadings: new RecentRuns(),
    entityGroups: new LruMemo(GROUPING_LIMIT, GROUPING_CHARS),
    lastSpeakers: new LastSpeakers(),
    lastProfiles: new LastProfiles(),
    lastPlaces: new LastPlaces(),
  };
}
