import { EditedRange } from './editedRange';

/**
 * The last few runs of one step over whole texts (the text analysis, the date finder, the
 * quotation readings), one per text an editor goes back and forth between: the extension's
 * worker annotates every open document with one Annotator. A call diffs against the run
 * whose text shares most with its own at the two ends, and its run then takes that one's
 * place. Bounded by the number of runs, each standing for one text.
 */
export class RecentRuns<T extends { text: string }> {
  private runs: T[] = [];
  /** What the last call took from a kept run (paragraphs, quotations: each step counts its own). */
  hits = 0;

  constructor(private readonly limit = 4) {}

  /**
   * The kept run whose text shares most with `text` at its start and end, among those
   * `accept` takes: a version of the same text, which shares at least half of it (another
   * document sharing a heading or a final line break is not one, and must not take its
   * place); none when no run is. With it, the diff of the two, which the caller goes on with.
   */
  closest(text: string, accept: (run: T) => boolean = () => true): { run: T; edit: EditedRange } | undefined {
    let best: { run: T; edit: EditedRange } | undefined;
    const enough = Math.ceil(text.length / 2);
    for (const run of this.runs) {
      if (!accept(run)) continue;
      const edit = EditedRange.between(run.text, text);
      if (edit.shared > (best?.edit.shared ?? 0) && edit.shared >= Math.min(enough, Math.ceil(run.text.length / 2))) best = { run, edit };
    }
    return best;
  }

  /** Keeps `run` in place of `from` (the run it was diffed against), else of the oldest. */
  keep(run: T, from: T | undefined): void {
    this.runs = this.runs.filter((r) => r !== from);
    this.runs.push(run);
    if (this.runs.length > this.limit) this.runs.shift();
  }

  get keyChars(): number {
    let chars = 0;
    for (const r of this.runs) chars += r.text.length;
    return chars;
  }

  resetCounts(): void {
    this.hits = 0;
  }

  clear(): void {
    this.runs = [];
  }
}
