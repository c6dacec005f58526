import { mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ExportArticle } from '../core/export/exportArticle';
import { exportFiles, exportText } from '../core/export/exportFormats';
import { formatJson, formatJsonLine } from '../core/export/jsonExport';
import { csvHeader, csvRows } from '../core/export/csvExport';
import { formatMarkdownReport } from '../core/export/markdownReport';
import type { AnnotateArgs } from './args';
import { describeFsError, readArticles, type Io, type ReadArticle } from './articleReader';
import { writeFileAtomicSync } from './atomicWrite';

/** Standard input has no file to point at: a fixed name stands for it in Web Annotations. */
const STDIN_IRI = 'urn:news-annotator:stdin';

/**
 * `annotate`: prints each article as it is read (json, jsonl, csv, markdown stream, so a
 * corpus never has to fit in memory), or collects them for a JSON-LD collection or for
 * files under --out-dir.
 */
export function annotateFiles(args: AnnotateArgs, io: Io): number {
  const unusable = args.outDir ? unusableOutDir(args.outDir) : null;
  if (unusable) {
    io.err(`news-annotator: --out-dir ${args.outDir}: ${unusable}\n`);
    return 2;
  }
  const reader = readArticles(args, io);
  if (!reader) return 2;
  const collected: ExportArticle[] = [];
  let first = true;
  for (const read of reader.articles) {
    reportGone(read, io);
    const iri = read.fromStdin ? STDIN_IRI : pathToFileURL(resolve(read.file)).href;
    const article: ExportArticle = { source: read.file, iri, text: read.text, annotations: read.annotations };
    if (args.outDir || args.format === 'jsonld') {
      collected.push(article);
      continue;
    }
    switch (args.format) {
      case 'json': io.out(formatJson(article)); break;
      case 'jsonl': io.out(formatJsonLine(article)); break;
      case 'csv': io.out((first ? csvHeader() : '') + csvRows(article)); break;
      case 'markdown': io.out((first ? '' : '\n---\n\n') + formatMarkdownReport(article)); break;
    }
    first = false;
  }
  let code = reader.failed() ? 2 : 0;
  if (args.format === 'jsonld' && !args.outDir) io.out(exportText('jsonld', collected));
  if (args.outDir) code = Math.max(code, writeOutputs(args, collected, io));
  return code;
}

function writeOutputs(args: AnnotateArgs, articles: ExportArticle[], io: Io): number {
  const outDir = args.outDir ?? '.';
  const inputs = new Set(args.files.map((f) => resolve(f)));
  let code = 0;
  for (const file of exportFiles(args.format, articles)) {
    const path = join(outDir, file.path);
    if (inputs.has(resolve(path))) {
      io.err(`news-annotator: not writing ${path}: it is one of the input files\n`);
      code = 2;
      continue;
    }
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeFileAtomicSync(path, file.content);
    } catch (e) {
      io.err(`news-annotator: cannot write ${path}: ${describeFsError(e)}\n`);
      code = 2;
    }
  }
  return code;
}

/** Why the output folder cannot be used (checked before any article is read), or null. */
function unusableOutDir(dir: string): string | null {
  try {
    return statSync(dir).isDirectory() ? null : 'it is not a folder';
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? null : describeFsError(e); // created when written
  }
}

function reportGone(read: ReadArticle, io: Io): void {
  for (const o of read.outcomes) if (o.status === 'gone') io.err(`news-annotator: ${read.file}: ${o.message}\n`);
}
