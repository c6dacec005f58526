import { parseIsoDate } from '../core/dates/isoDate';
import { CHECKS } from '../core/checks/checkRegistry';
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from '../core/export/exportFormats';
import type { ProblemSeverity } from '../core/types';

export type OutputFormat = ExportFormat;

/** Options both commands share: which article date, which corrections. */
export interface ArticleArgs {
  date: string | null;
  /** The day a dateline without a year is read against; null: the clock's (Io.today). */
  today: string | null;
  datesManifest: string | null;
  /** Apply `<file>.annotations.json` corrections (default), or not. */
  corrections: boolean;
  /** Look for sidecars under this folder (`DIR/<file>.annotations.json`) instead of beside the files. */
  correctionsDir: string | null;
  files: string[];
}

export interface AnnotateArgs extends ArticleArgs {
  command: 'annotate';
  format: OutputFormat;
  outDir: string | null;
}

export interface CheckArgs extends ArticleArgs {
  command: 'check';
  severity: ProblemSeverity;
  disabled: Set<string>;
  /** The opt-in checks to run as well (--enable). */
  optedIn: Set<string>;
  maxPerFile: number | null;
}

export type ParsedArgs = AnnotateArgs | CheckArgs | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

const SEVERITIES: readonly ProblemSeverity[] = ['error', 'warning', 'information', 'hint'];

export const USAGE = `Usage: news-annotator annotate [--date YYYY-MM-DD] [--today YYYY-MM-DD] [--format FORMAT] [--dates MANIFEST] [--out-dir DIR] FILE...
       news-annotator check [--date YYYY-MM-DD] [--today YYYY-MM-DD] [--dates MANIFEST] [--severity LEVEL] [--disable ID,...] [--enable ID,...] [--max N] FILE...

annotate prints the annotations of each FILE (schema news-annotator/v1 for json/jsonl).
  --date YYYY-MM-DD   article date used to resolve relative dates (overrides what the text says)
  --today YYYY-MM-DD  the day the files are read (default: today): a dateline with no year
                      ("BEIJING, June 19 (Reuters) -") and no year elsewhere is the latest such day up to it
  --format FORMAT     json: one pretty object per file (default); jsonl: one compact object per line;
                      csv: one row per quote (speaker,quote,cue,line,kind,file; RFC 4180);
                      jsonld: one W3C Web Annotation collection for all files;
                      markdown: a "who said what" report per file;
                      brat: brat standoff, needs --out-dir
  --out-dir DIR       write files instead of printing: json one DIR/<file>.news.json each; brat
                      DIR/<file>.txt + DIR/<file>.ann each plus DIR/annotation.conf and visual.conf;
                      csv, jsonl, jsonld, markdown one DIR/quotes.csv, annotations.jsonl,
                      annotations.jsonld or who-said-what.md for all files. <file> is the path as
                      given without its extension (leading / and .. dropped); files are never
                      written over an input file
  --dates MANIFEST    tab-separated lines "path<TAB>YYYY-MM-DD" giving each file its own article date
  --no-corrections    ignore correction sidecars (by default <FILE>.annotations.json, made in the
                      editor, is applied when present)
  --corrections-dir DIR  read sidecars as DIR/<FILE>.annotations.json instead

check prints what an editor would flag, one finding a line:
  FILE:LINE:COLUMN: SEVERITY: MESSAGE [CHECK-ID]
  --severity LEVEL    error, warning, information (default) or hint, as printed
  --disable ID,...    checks not to run: ${CHECKS.filter((c) => !c.optIn).map((c) => c.id).join(', ')}
  --enable ID,...     checks off unless asked for (house rules not every newsroom keeps): ${CHECKS.filter((c) => c.optIn).map((c) => c.id).join(', ')}
  --max N             at most N findings per file
Corrections whose text is gone are reported as [correction-gone].

A FILE given as - is read from standard input (named "stdin" in the output).

Exit codes: 0 success (check: nothing found), 1 check found something, 2 bad options, a
file that could not be read (the other files are still processed) or output that could not
be written (files under --out-dir are written whole or not at all).`;

export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') return { command: 'help' };
  if (argv[0] === '--version' || argv[0] === '-v') return { command: 'version' };
  const [command, ...rest] = argv;
  if (command !== 'annotate' && command !== 'check') throw new UsageError(`unknown command "${command}"`);
  // "check --help", as other tools take it: the usage, not a bad option.
  if (rest[0] === '--help' || rest[0] === '-h') return { command: 'help' };
  const shared: ArticleArgs = { date: null, today: null, datesManifest: null, corrections: true, correctionsDir: null, files: [] };
  const annotate: Omit<AnnotateArgs, keyof ArticleArgs> = { command: 'annotate', format: 'json', outDir: null };
  const check: Omit<CheckArgs, keyof ArticleArgs> = { command: 'check', severity: 'information', disabled: new Set(), optedIn: new Set(), maxPerFile: null };
  const only = (flag: string, wanted: 'annotate' | 'check'): void => {
    if (command !== wanted) throw new UsageError(`${flag} is an option of "${wanted}", not "${command}"`);
  };
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
        shared.date = v;
        break;
      }
      case '--today': {
        const v = value();
        if (!parseIsoDate(v)) throw new UsageError(`--today must be a real date as YYYY-MM-DD, got "${v}"`);
        shared.today = v;
        break;
      }
      case '--dates':
        shared.datesManifest = value();
        break;
      case '--no-corrections':
        shared.corrections = false;
        break;
      case '--corrections-dir':
        shared.correctionsDir = value();
        break;
      case '--format': {
        only(flag, 'annotate');
        const v = value();
        if (!isExportFormat(v)) throw new UsageError(`--format must be json or jsonl, or one of ${EXPORT_FORMATS.filter((f) => f.id !== 'json' && f.id !== 'jsonl').map((f) => f.id).join(', ')}; got "${v}"`);
        annotate.format = v;
        break;
      }
      case '--out-dir':
        only(flag, 'annotate');
        annotate.outDir = value();
        break;
      case '--severity': {
        only(flag, 'check');
        const v = value();
        if (!SEVERITIES.includes(v as ProblemSeverity)) throw new UsageError(`--severity must be one of ${SEVERITIES.join(', ')}, got "${v}"`);
        check.severity = v as ProblemSeverity;
        break;
      }
      case '--disable': {
        only(flag, 'check');
        for (const id of value().split(',').map((s) => s.trim()).filter(Boolean)) {
          if (!CHECKS.some((c) => c.id === id)) throw new UsageError(`--disable: no check "${id}" (checks: ${CHECKS.map((c) => c.id).join(', ')})`);
          check.disabled.add(id);
        }
        break;
      }
      case '--enable': {
        only(flag, 'check');
        const optIn = CHECKS.filter((c) => c.optIn).map((c) => c.id);
        for (const id of value().split(',').map((s) => s.trim()).filter(Boolean)) {
          if (!optIn.includes(id)) throw new UsageError(`--enable: no opt-in check "${id}" (opt-in checks: ${optIn.join(', ')}; the others run unless --disable names them)`);
          check.optedIn.add(id);
        }
        break;
      }
      case '--max': {
        only(flag, 'check');
        const v = value();
        if (!/^\d+$/u.test(v)) throw new UsageError(`--max must be a whole number, got "${v}"`);
        check.maxPerFile = Number(v);
        break;
      }
      case '--':
        shared.files.push(...rest.slice(i + 1));
        i = rest.length;
        break;
      default:
        if (arg.startsWith('--')) throw new UsageError(`unknown option ${flag}`);
        shared.files.push(arg);
    }
  }
  if (shared.files.length === 0) throw new UsageError('no input files');
  if (shared.files.filter((f) => f === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
  if (command === 'annotate' && annotate.format === 'brat' && !annotate.outDir) {
    throw new UsageError('--format brat writes a .txt and an .ann file per article: give --out-dir DIR');
  }
  return command === 'annotate' ? { ...shared, ...annotate } : { ...shared, ...check };
}

/** Reads a `path<TAB>YYYY-MM-DD` manifest; malformed lines are reported with their number. */
export function parseDatesManifest(content: string, name: string): Map<string, string> {
  const map = new Map<string, string>();
  content.replace(/^\uFEFF/u, '').split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const parts = line.split('\t');
    if (parts.length !== 2 || !parseIsoDate(parts[1].trim())) {
      throw new UsageError(`${name}:${i + 1}: expected "path<TAB>YYYY-MM-DD", got ${quoteForTerminal(line)}`);
    }
    map.set(parts[0], parts[1].trim());
  });
  return map;
}

/**
 * A line from a file, for an error message: quoted with control characters escaped (so
 * that bytes from a file cannot drive the terminal) and cut short.
 */
function quoteForTerminal(line: string, max = 80): string {
  const shown = line.length > max ? `${line.slice(0, max)}…` : line;
  return JSON.stringify(shown).replace(/[\u007f-\u009f\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
