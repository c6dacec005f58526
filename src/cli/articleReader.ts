import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotate } from '../core/annotate';
import { decodeText } from '../core/text/decodeText';
import { applyCorrections } from '../core/corrections/applyCorrections';
import type { Correction, CorrectionOutcome } from '../core/corrections/correctionTypes';
import { SIDECAR_SUFFIX, parseSidecar } from '../core/corrections/sidecarFormat';
import type { Annotations } from '../core/types';
import { UsageError, parseDatesManifest, type ArticleArgs } from './args';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Today's date (YYYY-MM-DD) where the command runs; without it a dateline needs its year written. */
  today?: () => string;
  /** The bytes of standard input, read when a FILE is "-" (default: file descriptor 0). */
  readStdin?: () => Buffer;
}

/** The FILE that stands for standard input, as in most command-line tools. */
export const STDIN = '-';
/** How standard input is named in messages and outputs (`stdin.news.json` under --out-dir). */
export const STDIN_NAME = 'stdin';

export interface ReadArticle {
  file: string;
  text: string;
  /** With the editor's corrections applied. */
  annotations: Annotations;
  outcomes: CorrectionOutcome[];
  /** Read from standard input: no file, so no path, file-name date or sidecar. */
  fromStdin: boolean;
}

/**
 * Reads, decodes and annotates each file in turn, with its corrections applied. Files
 * that cannot be read are reported on stderr and skipped; `failed()` tells whether any
 * were. Returns null when the options themselves are unusable (the dates manifest).
 */
export function readArticles(options: ArticleArgs, io: Io): { articles: Iterable<ReadArticle>; failed: () => boolean } | null {
  let manifest = new Map<string, string>();
  if (options.datesManifest) {
    try {
      manifest = parseDatesManifest(readFileSync(options.datesManifest, 'utf8'), options.datesManifest);
    } catch (e) {
      io.err(`news-annotator: ${e instanceof UsageError ? e.message : `cannot read --dates manifest ${options.datesManifest}: ${describeFsError(e)}`}\n`);
      return null;
    }
  }
  const today = options.today ?? io.today?.() ?? null;
  let failed = false;
  function* articles(): Iterable<ReadArticle> {
    for (const path of options.files) {
      const fromStdin = path === STDIN;
      const file = fromStdin ? STDIN_NAME : path;
      let text: string;
      try {
        const decoded = decodeText(fromStdin ? (io.readStdin ?? readFd0)() : readFileSync(path));
        if (decoded.warning || decoded.text === null) {
          io.err(`news-annotator: ${file}: ${decoded.warning ?? 'cannot decode'}; skipped\n`);
          failed = true;
          continue;
        }
        text = decoded.text;
      } catch (e) {
        io.err(`news-annotator: cannot read ${fromStdin ? 'standard input' : file}: ${describeFsError(e)}\n`);
        failed = true;
        continue;
      }
      const documentDate = manifest.get(path) ?? options.date;
      let read: ReadArticle;
      try {
        const found = annotate(text, { documentDate, fileName: fromStdin ? undefined : path, source: file, today });
        const corrections = options.corrections && !fromStdin ? readCorrections(path, options.correctionsDir, io) : [];
        const { annotations, outcomes } = applyCorrections(text, found, corrections);
        read = { file, text, annotations, outcomes, fromStdin };
      } catch (e) {
        // A fault of ours must not cost the rest of a corpus: reported, the file skipped.
        io.err(`news-annotator: ${file}: internal error, skipped (please report it): ${e instanceof Error ? e.message : String(e)}\n`);
        failed = true;
        continue;
      }
      yield read;
    }
  }
  return { articles: articles(), failed: () => failed };
}

const readFd0 = (): Buffer => readFileSync(0);

/** The file's sidecar corrections; a sidecar that cannot be read is reported and ignored (the article still annotates). */
function readCorrections(file: string, dir: string | null, io: Io): Correction[] {
  const path = dir ? join(dir, `${file}${SIDECAR_SUFFIX}`) : `${file}${SIDECAR_SUFFIX}`;
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') io.err(`news-annotator: cannot read corrections ${path}: ${describeFsError(e)}; not applied\n`);
    return [];
  }
  const parsed = parseSidecar(content);
  if (parsed.ok) return parsed.corrections;
  io.err(`news-annotator: ${path}: ${parsed.error}; corrections not applied\n`);
  return [];
}

export function describeFsError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT': return 'no such file';
    case 'EISDIR': return 'it is a directory';
    case 'EACCES': return 'permission denied';
    default: return err.message;
  }
}
