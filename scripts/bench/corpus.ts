import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const DEFAULT_CORPUS = join(__dirname, '..', '..', '..', 'shared', 'data', 'polnear', 'dev', 'text');

/** The corpus articles, sorted by name; a directory of .txt files or a single file. */
export function loadCorpus(path: string): string[] {
  if (!existsSync(path)) throw new Error(`corpus not found: ${path} (pass --corpus DIR)`);
  if (statSync(path).isFile()) return [readFileSync(path, 'utf8')];
  return readdirSync(path)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(path, f), 'utf8'));
}

export function utf8Bytes(texts: string[]): number {
  return texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
}

/** Repeats the corpus (articles separated by blank lines) until it reaches `bytes`. */
export function documentOfSize(texts: string[], bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i = (i + 1) % texts.length) {
    parts.push(texts[i]);
    size += Buffer.byteLength(texts[i], 'utf8') + 2;
  }
  return parts.join('\n\n');
}

/** The article whose size is closest to `bytes`. */
export function articleNearSize(texts: string[], bytes: number): string {
  return texts.reduce((best, t) => (Math.abs(Buffer.byteLength(t) - bytes) < Math.abs(Buffer.byteLength(best) - bytes) ? t : best));
}
