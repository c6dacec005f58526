import * as vscode from 'vscode';
import { annotate } from '../core/annotate';
import type { Annotations } from '../core/types';
import type { Config } from './config';
import type { ArticleDateStore } from './articleDateStore';

/** A document that was not annotated automatically, and why. */
export interface SkippedDocument {
  reason: string;
}

interface CacheEntry {
  version: number;
  annotations: Annotations;
}

/**
 * Runs on the finders' result before it is cached (the editor's corrections), so that
 * everything reading the cache sees the corrected annotations.
 */
export type AnnotationPostProcessor = (doc: vscode.TextDocument, text: string, annotations: Annotations) => Annotations;

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
  private readonly annotated = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [this.annotated];
  /** Fired after a document's annotations (or skipped state) changed. */
  readonly onDidAnnotate = this.annotated.event;

  constructor(
    private config: Config,
    private readonly dates: ArticleDateStore,
    private readonly postProcess?: AnnotationPostProcessor,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.schedule(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.evict(d.uri)),
      dates.onDidChange((uri) => {
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (doc) this.annotateNow(doc, true);
      }),
    );
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
        this.annotateNow(doc, false);
      }, delay),
    );
  }

  /**
   * Annotates now. Without `force`, documents over the size limit are skipped with a
   * reason the UI shows, and nothing is computed.
   */
  annotateNow(doc: vscode.TextDocument, force: boolean): Annotations | undefined {
    const key = doc.uri.toString();
    const cached = this.get(doc);
    if (cached && !force) return cached;
    const limitBytes = this.config.maxFileSizeKB * 1024;
    const size = doc.getText().length;
    if (!force && size > limitBytes && !this.cache.has(key)) {
      const reason = `This document (${Math.round(size / 1024)} KB) is larger than newsAnnotator.maxFileSizeKB (${this.config.maxFileSizeKB} KB), so it is not annotated automatically. Run "News Annotator: Annotate Current Document" to annotate it anyway.`;
      const already = this.skipped.get(key);
      this.skipped.set(key, { reason, version: doc.version });
      if (!already) this.annotated.fire(doc);
      return undefined;
    }
    this.skipped.delete(key);
    const text = doc.getText();
    const found = annotate(text, {
      documentDate: this.dates.get(doc.uri) ?? this.config.articleDate,
      fileName: doc.uri.path,
    });
    const annotations = this.postProcess ? this.postProcess(doc, text, found) : found;
    this.cache.set(key, { version: doc.version, annotations });
    this.annotated.fire(doc);
    return annotations;
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
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
