import { annotateReusing } from './annotate';
import { releaseTokenArray } from './text/analyzedText';
import { createPipelineMemos, type PipelineMemos } from './incremental/pipelineMemos';
import type { AnnotateOptions, Annotations } from './types';

/** How much of the last annotation was reused from earlier ones, per memo. */
export interface ReuseStats {
  paragraphs: { reused: number; computed: number };
  /** Tagger stage results of sentences (one per stage for each sentence with a name candidate). */
  sentenceStages: { reused: number; computed: number };
  /** Lines scanned for date trigger words. */
  dateLines: { reused: number; computed: number };
  dateWindows: { reused: number; computed: number };
  /** Date windows whose values were kept from the version before, the edit being far enough after them. */
  dateValues: { reused: number; computed: number };
  /** Reported speech of paragraphs. */
  reportedSpeech: { reused: number; computed: number };
  /** Cues and kind of quotations, by the lines around them. */
  quoteReadings: { reused: number; computed: number };
  /** Groupings of the article's mentions into entities. */
  entityGroups: { reused: number; computed: number };
  /** Quotes whose speaker was kept from the version before, the edit being far enough from them. */
  speakers: { reused: number; computed: number };
  /** People whose profile (roles, gender) was kept from the version before. */
  profiles: { reused: number; computed: number };
  /** Places kept from the version before, the mentions grouped again (a name edited) but the place names reading the same: 1 when they were. */
  places: { reused: number; computed: number };
}

/**
 * A long-lived annotator for one editor session (the extension's worker and the benchmark
 * go through it). Every call returns exactly what annotate() returns for the same text
 * and options; the paragraph- and sentence-local work of text seen before is taken from
 * bounded memos (src/core/incremental/), so after an edit only the paragraphs touched are
 * tokenized, tagged, read for quotation cues and reported speech and date-parsed again, and
 * only the quotes and dates near the edit are resolved again, while the other document-level steps run in full.
 */
export class Annotator {
  private readonly memos: PipelineMemos = createPipelineMemos();
  private last: ReuseStats | null = null;

  annotate(text: string, options: AnnotateOptions = {}): Annotations {
    for (const m of Object.values(this.memos)) m.resetCounts();
    const { paragraphTokens, tagger, dateTriggers, dateWindows, paragraphSpeech, lastSpeech, quoteReadings, lastAnalysis, lastDates, lastQuoteReadings, entityGroups, lastSpeakers, lastProfiles, lastPlaces } = this.memos;
    const result = annotateReusing(text, options, this.memos);
    this.last = {
      paragraphs: { reused: paragraphTokens.hits + lastAnalysis.hits, computed: paragraphTokens.misses },
      sentenceStages: { reused: tagger.hits, computed: tagger.misses },
      dateLines: { reused: dateTriggers.hits + lastDates.lineHits, computed: dateTriggers.misses },
      dateWindows: { reused: dateWindows.hits + lastDates.windowHits, computed: dateWindows.misses },
      dateValues: { reused: lastDates.hits, computed: lastDates.windowCount - lastDates.hits },
      reportedSpeech: { reused: paragraphSpeech.hits + lastSpeech.hits, computed: paragraphSpeech.misses },
      quoteReadings: { reused: quoteReadings.hits + lastQuoteReadings.hits, computed: quoteReadings.misses },
      entityGroups: { reused: entityGroups.hits, computed: entityGroups.misses },
      speakers: { reused: lastSpeakers.hits, computed: lastSpeakers.computed },
      profiles: { reused: lastProfiles.hits, computed: lastProfiles.computed },
      places: { reused: lastPlaces.hits, computed: lastPlaces.misses },
    };
    return result;
  }

  /** What the last annotate() call reused and computed; null before the first call. */
  lastReuse(): ReuseStats | null {
    return this.last;
  }

  /** How many characters of keys each memo holds: what bounds its memory. */
  rememberedChars(): Record<keyof PipelineMemos, number> {
    const out = {} as Record<keyof PipelineMemos, number>;
    for (const [name, memo] of Object.entries(this.memos)) out[name as keyof PipelineMemos] = memo.keyChars;
    return out;
  }

  /** Forgets everything remembered (the memos are bounded anyway). */
  clear(): void {
    for (const m of Object.values(this.memos)) m.clear();
    releaseTokenArray();
  }
}
