import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ExportArticle } from '../core/export/exportArticle';
import { exportFiles, exportText } from '../core/export/exportFormats';
import { formatJson, formatJsonLine } from '../core/export/jsonExport';
import { csvHeader, csvRows } from '../core/export/csvExport';
import { formatMarkdownReport } from '../core/export/markdownReport';
import type { AnnotateArgs } from './args';
import { readArticles, type Io, type ReadArticle } from './articleReader';

/**
 * `annotate`: prints each article as it is read (json, jsonl, csv, markdown stream, so a
 * corpus never has to fit in memory), or collects them for a JSON-LD collection or for
 * files under --out-dir.
 */
export function annotateFiles(args: AnnotateArgs, io: Io): number {
  const reader = readArticles(args, io);
  if (!reader) return 2;
  const collected: ExportArticle[] = [];
  let first = true;
  for (const read of reader.articles) {
    reportGone(read, io);
    const article: ExportArticle = { source: read.file, iri: pathToFileURL(resolve(read.file)).href, text: read.text, annotations: read.annotations };
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
      writeFileSync(path, file.content, 'utf8');
    } catch (e) {
      io.err(`news-annotator: cannot write ${path}: ${(e as Error).message}\n`);
      code = 2;
    }
  }
  return code;
}

function reportGone(read: ReadArticle, io: Io): void {
  for (const o of read.outcomes) if (o.status === 'gone') io.err(`news-annotator: ${read.file}: ${o.message}\n`);
}
