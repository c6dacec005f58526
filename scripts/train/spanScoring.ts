import type { NameType } from '../../src/core/names/nameMention';

// Exact-match scoring of typed spans per type, as conlleval counts them.

export interface TypedSpan {
  start: number;
  end: number;
  type: NameType | string;
}

export interface TypeScore {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export class SpanScorer {
  private readonly counts = new Map<string, { gold: number; predicted: number; correct: number }>();

  constructor(private readonly types: readonly string[]) {
    for (const t of types) this.counts.set(t, { gold: 0, predicted: 0, correct: 0 });
  }

  /** Adds one document's spans; spans of types not scored are ignored. */
  add(gold: readonly TypedSpan[], predicted: readonly TypedSpan[]): void {
    const key = (s: TypedSpan): string => `${s.type}:${s.start}:${s.end}`;
    const goldKeys = new Set(gold.filter((s) => this.counts.has(s.type)).map(key));
    const predictedKeys = new Set(predicted.filter((s) => this.counts.has(s.type)).map(key));
    for (const k of goldKeys) this.counts.get(k.split(':')[0])!.gold++;
    for (const k of predictedKeys) {
      const c = this.counts.get(k.split(':')[0])!;
      c.predicted++;
      if (goldKeys.has(k)) c.correct++;
    }
  }

  scores(): Record<string, TypeScore> {
    const out: Record<string, TypeScore> = {};
    let gold = 0;
    let predicted = 0;
    let correct = 0;
    for (const t of this.types) {
      const c = this.counts.get(t)!;
      out[t] = score(c.gold, c.predicted, c.correct);
      gold += c.gold;
      predicted += c.predicted;
      correct += c.correct;
    }
    out.ALL = score(gold, predicted, correct);
    return out;
  }
}

function score(gold: number, predicted: number, correct: number): TypeScore {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { gold, predicted, correct, precision, recall, f1 };
}

export function formatScores(scores: Record<string, TypeScore>): string {
  const pct = (x: number): string => (x * 100).toFixed(2).padStart(6);
  const lines = ['type   gold  pred  corr      P      R     F1'];
  for (const [t, s] of Object.entries(scores)) {
    lines.push(`${t.padEnd(5)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(5)} ${String(s.correct).padStart(5)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`);
  }
  return lines.join('\n');
}
