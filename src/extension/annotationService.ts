import * as vscode from './vscodeApi';
import type { AnnotateOptions, Annotations } from '../core/types';
import type { Correction, CorrectionOutcome } from '../core/corrections/correctionTypes';
import type { CorrectedResult } from '../worker/protocol';
import type { GazetteerEntry } from '../core/places/gazetteer';
import { BudgetExceededError, SupersededError, type AnnotationWorkerClient } from './annotationWorkerClient';
import type { Config } from './config';
import type { ArticleDateStore } from './articleDateStore';
import { isoOfLocalDay } from '../core/dates/calendarDay';

/** A document that was not annotated automatically, and why. */
export interface SkippedDocument {
  reason: string;
}

/** What one annotation request was asked to do: callers may share it only when all of it matches. */
interface Request {
  version: number;
  corrections: readonly Correction[];
  documentDate: string | null | undefined;
  result: Promise<Annotations | undefined>;
}

interface CacheEntry {
  version: number;
  annotations: Annotations;
}

/**
 * The editor's corrections of a document: applied on top of the finders' result (in the
 * worker) before it is cached, so that everything reading the cache sees them.
 */
export interface CorrectionSource {
  corrections(uri: vscode.Uri): readonly Correction[];
  recordOutcomes(uri: vscode.Uri, outcomes: CorrectionOutcome[]): void;
}

/** One empty list, so that requests without a correction source can be shared. */
const NO_CORRECTIONS: readonly Correction[] = [];

/** As much of a document as is looked at to tell a binary file. */
const BINARY_SAMPLE = 8000;

const IGNORED_SCHEMES = new Set(['output', 'debug', 'vscode-scm', 'git', 'vscode-settings', 'comment']);

/**
 * Owns annotation of open documents: one debounced timer per document, results cached by
 * document version (stale results are dropped), entries evicted when documents close.
 * Hovers, the tree and decorations read this cache and never re-extract.
 */
export class AnnotationService implements vscode.Disposable {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly skipped = new Map<string, SkippedDocument & { version: number }>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The latest request under way for a document, so that callers asking for the same thing share it. */
  private readonly inFlight = new Map<string, Request>();
  private readonly annotated = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [this.annotated];
  /** Fired after a document's annotations (or skipped state) changed. */
  readonly onDidAnnotate = this.annotated.event;

  constructor(
    private config: Config,
    private readonly dates: ArticleDateStore,
    private readonly worker: AnnotationWorkerClient,
    private readonly corrections?: CorrectionSource,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.schedule(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.evict(d.uri)),
      dates.onDidChange((uri) => {
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (doc) void this.annotateNow(doc, true);
      }),
    );
  }

  /** What annotating the file at `uri` goes by: its article date if set, its name, and today's date. */
  optionsFor(uri: vscode.Uri): AnnotateOptions {
    return { documentDate: this.dates.get(uri) ?? this.config.articleDate, fileName: uri.path, today: isoOfLocalDay(new Date()) };
  }

  updateConfig(config: Config): void {
    this.config = config;
    this.cache.clear();
    this.skipped.clear();
    for (const doc of vscode.workspace.textDocuments) this.schedule(doc, 0);
  }

  isEligible(doc: vscode.TextDocument): boolean {
    return this.config.languages.includes(doc.languageId) && !IGNORED_SCHEMES.has(doc.uri.scheme);
  }

  /** Cached annotations of the document's current version, if any. */
  get(doc: vscode.TextDocument): Annotations | undefined {
    const entry = this.cache.get(doc.uri.toString());
    return entry && entry.version === doc.version ? entry.annotations : undefined;
  }

  /** The latest annotations even if the document changed since (for reading while typing). */
  latest(uri: vscode.Uri): Annotations | undefined {
    return this.cache.get(uri.toString())?.annotations;
  }

  skippedReason(doc: vscode.TextDocument): string | undefined {
    const s = this.skipped.get(doc.uri.toString());
    return s && s.version === doc.version ? s.reason : undefined;
  }

  cachedCount(): number {
    return this.cache.size;
  }

  schedule(doc: vscode.TextDocument, delay = this.config.debounceMs): void {
    if (!this.isEligible(doc)) return;
    const key = doc.uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    const version = doc.version;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (doc.isClosed || doc.version !== version) return; // superseded by a newer edit
        void this.annotateNow(doc, false);
      }, delay),
    );
  }

  /**
   * Annotates the document's current version in the worker thread. Without `force`,
   * documents over the size limit are skipped with a reason the UI shows. A result that
   * arrives after the document changed is kept for `latest()` but not announced, so that
   * highlights are never painted at stale offsets.
   */
  annotateNow(doc: vscode.TextDocument, force: boolean): Promise<Annotations | undefined> {
    const key = doc.uri.toString();
    const cached = this.get(doc);
    if (cached && !force) return Promise.resolve(cached);
    const options = this.optionsFor(doc.uri);
    const corrections = this.corrections?.corrections(doc.uri) ?? NO_CORRECTIONS;
    const running = this.inFlight.get(key);
    // A correction or an article date given while a request runs needs a request of its
    // own: sharing the running one would cache a result without it.
    if (running && running.version === doc.version && running.corrections === corrections && running.documentDate === options.documentDate) {
      return running.result;
    }
    const text = doc.getText();
    const notAutomatically = force || this.cache.has(key) ? undefined : this.reasonNotToAnnotate(text);
    if (notAutomatically) {
      this.skip(doc, `${notAutomatically}, so it is not annotated automatically. Run "News Annotator: Annotate Current Document" to annotate it anyway.`);
      return Promise.resolve(undefined);
    }
    const version = doc.version;
    const request: Request = { version, corrections, documentDate: options.documentDate, result: Promise.resolve(undefined) };
    // Requests overtaken by a newer version or newer inputs are dropped when their turn comes.
    const stillWanted = (): boolean => !doc.isClosed && doc.version === version && this.inFlight.get(key) === request;
    this.inFlight.set(key, request); // before the call: an idle worker asks stillWanted at once
    request.result = this.worker.annotate(text, options, corrections, stillWanted)
      .then(({ annotations, outcomes }) => {
        if (doc.isClosed) return undefined;
        this.skipped.delete(key);
        this.corrections?.recordOutcomes(doc.uri, outcomes);
        this.cache.set(key, { version, annotations });
        if (doc.version === version) this.annotated.fire(doc);
        return annotations;
      })
      .catch((e: unknown) => {
        if (e instanceof SupersededError) {
          // Overtaken: callers of this request get the newer one's result for the same text.
          const newer = this.inFlight.get(key);
          return newer && newer !== request && newer.version === version ? newer.result : undefined;
        }
        if (!doc.isClosed) {
          this.skip(doc, e instanceof BudgetExceededError
            ? `Annotation of this document was stopped: ${e.message} (newsAnnotator.maxAnnotationSeconds). The editor was not blocked; run "News Annotator: Annotate Current Document" to try again.`
            : `Annotation failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
        }
        return undefined;
      })
      .finally(() => {
        if (this.inFlight.get(key) === request) this.inFlight.delete(key);
      });
    return request.result;
  }

  /** Annotates text (with corrections applied) off the extension host's thread; also for articles that are not open. */
  annotateText(text: string, options: AnnotateOptions, corrections: readonly Correction[] = []): Promise<CorrectedResult> {
    return this.worker.annotate(text, options, corrections);
  }

  /** Gazetteer entries for place names, looked up in the worker where the gazetteer lives. */
  lookupPlaces(names: string[]): Promise<GazetteerEntry[]> {
    return this.worker.lookupPlaces(names);
  }

  /** Why a document should wait for the user to ask: too large, or a binary file opened as text. */
  private reasonNotToAnnotate(text: string): string | undefined {
    if (text.length > this.config.maxFileSizeKB * 1024) {
      return `This document (${Math.round(text.length / 1024)} KB) is larger than newsAnnotator.maxFileSizeKB (${this.config.maxFileSizeKB} KB)`;
    }
    // The command line's test for binary files (decodeText.ts): NUL characters near the start.
    if (text.slice(0, BINARY_SAMPLE).includes('\u0000')) return 'This document looks like a binary file (it holds NUL characters)';
    return undefined;
  }

  private skip(doc: vscode.TextDocument, reason: string): void {
    const key = doc.uri.toString();
    const already = this.skipped.get(key);
    this.skipped.set(key, { reason, version: doc.version });
    if (!already || already.reason !== reason) this.annotated.fire(doc);
  }

  private evict(uri: vscode.Uri): void {
    const key = uri.toString();
    this.cache.delete(key);
    this.skipped.delete(key);
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.delete(key);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.cache.clear();
    this.worker.dispose();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
