import { USAGE, UsageError, parseArgs } from './args';
import type { Io } from './articleReader';
import { annotateFiles } from './annotateCommand';
import { checkFiles } from './checkCommand';
import { isoOfLocalDay } from '../core/dates/calendarDay';

declare const NEWS_ANNOTATOR_VERSION: string | undefined;

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
  switch (args.command) {
    case 'help':
      io.out(`${USAGE}\n`);
      return 0;
    case 'version':
      io.out(`${typeof NEWS_ANNOTATOR_VERSION === 'string' ? NEWS_ANNOTATOR_VERSION : 'dev'}\n`);
      return 0;
    case 'annotate':
      return annotateFiles(args, io);
    case 'check':
      return checkFiles(args, io);
  }
}

if (require.main === module) {
  // Output that cannot be written must not end in exit code 0: a full disk is reported
  // (exit 2); a reader that went away (`| head`) ends the run quietly, there is no one to tell.
  const outputFailed = (e: NodeJS.ErrnoException): never => {
    if (e.code !== 'EPIPE') process.stderr.write(`news-annotator: cannot write the output: ${e.message}\n`);
    process.exit(e.code === 'EPIPE' ? 0 : 2);
  };
  process.stdout.on('error', outputFailed);
  const chunks: string[] = [];
  const code = run(process.argv.slice(2), {
    out: (s) => {
      chunks.push(s);
      if (chunks.length >= 64) process.stdout.write(chunks.splice(0).join(''));
    },
    err: (s) => process.stderr.write(s),
    today: () => isoOfLocalDay(new Date()),
  });
  process.stdout.write(chunks.join(''), (e) => (e ? outputFailed(e) : process.exit(code)));
}
