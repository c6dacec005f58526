import { parseIsoDate } from '../core/dates/isoDate';

export type OutputFormat = 'json' | 'jsonl';

export interface AnnotateArgs {
  command: 'annotate';
  date: string | null;
  format: OutputFormat;
  datesManifest: string | null;
  files: string[];
}

export type ParsedArgs = AnnotateArgs | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage: news-annotator annotate [--date YYYY-MM-DD] [--format json|jsonl] [--dates MANIFEST] FILE...

Prints the annotations (schema news-annotator/v1) of each FILE.
  --date YYYY-MM-DD   article date used to resolve relative dates (overrides what the text says)
  --format json|jsonl json: one pretty object per file (default); jsonl: one compact object per line
  --dates MANIFEST    tab-separated lines "path<TAB>YYYY-MM-DD" giving each file its own article date
Exit codes: 0 success, 2 bad options or a file that could not be read (the others are still processed).`;

export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') return { command: 'help' };
  if (argv[0] === '--version' || argv[0] === '-v') return { command: 'version' };
  const [command, ...rest] = argv;
  if (command !== 'annotate') throw new UsageError(`unknown command "${command}"`);
  const out: AnnotateArgs = { command: 'annotate', date: null, format: 'json', datesManifest: null, files: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? rest[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--date': {
        const v = value();
        if (!parseIsoDate(v)) throw new UsageError(`--date must be a real date as YYYY-MM-DD, got "${v}"`);
        out.date = v;
        break;
      }
      case '--format': {
        const v = value();
        if (v !== 'json' && v !== 'jsonl') throw new UsageError(`--format must be json or jsonl, got "${v}"`);
        out.format = v;
        break;
      }
      case '--dates':
        out.datesManifest = value();
        break;
      case '--':
        out.files.push(...rest.slice(i + 1));
        i = rest.length;
        break;
      default:
        if (arg.startsWith('--')) throw new UsageError(`unknown option ${flag}`);
        out.files.push(arg);
    }
  }
  if (out.files.length === 0) throw new UsageError('no input files');
  return out;
}

/** Reads a `path<TAB>YYYY-MM-DD` manifest; malformed lines are reported with their number. */
export function parseDatesManifest(content: string, name: string): Map<string, string> {
  const map = new Map<string, string>();
  content.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const parts = line.split('\t');
    if (parts.length !== 2 || !parseIsoDate(parts[1].trim())) {
      throw new UsageError(`${name}:${i + 1}: expected "path<TAB>YYYY-MM-DD", got "${line}"`);
    }
    map.set(parts[0], parts[1].trim());
  });
  return map;
}
