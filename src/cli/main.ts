import { readFileSync } from 'node:fs';
import { annotate } from '../core/annotate';
import { decodeText } from '../core/text/decodeText';
import { USAGE, UsageError, parseArgs, parseDatesManifest, type AnnotateArgs } from './args';

declare const NEWS_ANNOTATOR_VERSION: string | undefined;

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** Runs the command line; returns the exit code. Separate from process for tests. */
export function run(argv: string[], io: Io): number {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`news-annotator: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (args.command === 'help') {
    io.out(`${USAGE}\n`);
    return 0;
  }
  if (args.command === 'version') {
    io.out(`${typeof NEWS_ANNOTATOR_VERSION === 'string' ? NEWS_ANNOTATOR_VERSION : 'dev'}\n`);
    return 0;
  }
  return annotateFiles(args, io);
}

function annotateFiles(args: AnnotateArgs, io: Io): number {
  let exitCode = 0;
  let manifest = new Map<string, string>();
  if (args.datesManifest) {
    try {
      manifest = parseDatesManifest(readFileSync(args.datesManifest, 'utf8'), args.datesManifest);
    } catch (e) {
      io.err(`news-annotator: ${e instanceof UsageError ? e.message : `cannot read --dates manifest ${args.datesManifest}: ${(e as Error).message}`}\n`);
      return 2;
    }
  }
  for (const file of args.files) {
    let text: string;
    try {
      const decoded = decodeText(readFileSync(file));
      if (decoded.warning || decoded.text === null) {
        io.err(`news-annotator: ${file}: ${decoded.warning ?? 'cannot decode'}; skipped\n`);
        exitCode = 2;
        continue;
      }
      text = decoded.text;
    } catch (e) {
      io.err(`news-annotator: cannot read ${file}: ${describeFsError(e)}\n`);
      exitCode = 2;
      continue;
    }
    const documentDate = manifest.get(file) ?? args.date;
    const result = annotate(text, { documentDate, fileName: file, source: file });
    io.out(args.format === 'jsonl' ? `${JSON.stringify(result)}\n` : `${JSON.stringify(result, null, 2)}\n`);
  }
  return exitCode;
}

function describeFsError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT': return 'no such file';
    case 'EISDIR': return 'it is a directory';
    case 'EACCES': return 'permission denied';
    default: return err.message;
  }
}

if (require.main === module) {
  const chunks: string[] = [];
  const code = run(process.argv.slice(2), {
    out: (s) => {
      chunks.push(s);
      if (chunks.length >= 64) process.stdout.write(chunks.splice(0).join(''));
    },
    err: (s) => process.stderr.write(s),
  });
  process.stdout.write(chunks.join(''), () => process.exit(code));
}
