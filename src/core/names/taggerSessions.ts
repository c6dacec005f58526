import type { AnalyzedText } from '../text/analyzedText';
import type { PerceptronTagger } from './perceptronTagger';
import { TaggerSession, type SentenceMentionsOf, type TaggedText } from './incrementalTagging';

/** Paragraphs of a text looked up to tell which session knows it. */
const SAMPLES = 8;

/**
 * A few tagger sessions (incrementalTagging.ts), one per text an editor goes back and forth
 * between: the extension's worker annotates every open document with one Annotator, and a
 * session follows one text. Each text goes to the session that knows most of a sample of
 * its paragraphs, else to an unused or the least recently used one. Bounded together by
 * the characters of text they stand for.
 */
export class TaggerSessions {
  private readonly sessions: TaggerSession[] = [];
  private readonly used: number[] = [];
  private clock = 0;
  /** Sentence stages taken from before and decoded in the last call. */
  hits = 0;
  misses = 0;

  constructor(private readonly maxChars: number, private readonly limit = 4) {}

  get keyChars(): number {
    let chars = 0;
    for (const s of this.sessions) chars += s.keyChars;
    return chars;
  }

  resetCounts(): void {
    this.hits = 0;
    this.misses = 0;
  }

  clear(): void {
    for (const s of this.sessions) s.clear();
  }

  /** TaggerSession.mentions, by the session that follows this text. */
  mentions(doc: AnalyzedText, tagger: PerceptronTagger, mentionsOf: SentenceMentionsOf): TaggedText | undefined {
    const chosen = this.pick(doc);
    const session = this.sessions[chosen];
    session.resetCounts();
    const result = session.mentions(doc, tagger, mentionsOf);
    this.hits += session.hits;
    this.misses += session.misses;
    // Over the bound together: the least recently used others forget their texts.
    while (this.keyChars > this.maxChars) {
      let oldest = -1;
      for (let i = 0; i < this.sessions.length; i++) {
        if (i !== chosen && this.sessions[i].keyChars > 0 && (oldest < 0 || this.used[i] < this.used[oldest])) oldest = i;
      }
      if (oldest < 0) break;
      this.sessions[oldest].clear();
    }
    return result;
  }

  private pick(doc: AnalyzedText): number {
    const lists = doc.paragraphTokens;
    let best = -1;
    let bestScore = 0;
    if (lists && lists.length > 0) {
      const step = Math.max(1, Math.floor((lists.length - 1) / (SAMPLES - 1)));
      for (let i = 0; i < this.sessions.length; i++) {
        let score = 0;
        for (let p = 0; p < lists.length; p += step) if (this.sessions[i].knows(lists[p])) score++;
        if (this.sessions[i].knows(lists[lists.length - 1])) score++;
        if (score > bestScore) {
          bestScore = score;
          best = i;
        }
      }
    }
    if (best < 0) {
      if (this.sessions.length < this.limit) {
        this.sessions.push(new TaggerSession(this.maxChars));
        this.used.push(0);
        best = this.sessions.length - 1;
      } else {
        best = 0;
        for (let i = 1; i < this.sessions.length; i++) if (this.used[i] < this.used[best]) best = i;
      }
    }
    this.used[best] = ++this.clock;
    return best;
  }
}
