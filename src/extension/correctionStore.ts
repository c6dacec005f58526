import * as vscode from './vscodeApi';
import type { Correction, CorrectionOutcome } from '../core/corrections/correctionTypes';
import { mergeCorrections } from '../core/corrections/mergeCorrections';
import { SIDECAR_SUFFIX } from '../core/corrections/sidecarFormat';
import type { CorrectionConfig } from './config';
import { readSidecarSync, saveSidecar, sidecarPathFor, snapshotOf, type SidecarSnapshot } from './sidecarFile';

interface Entry {
  uri: vscode.Uri;
  /** File-system path of the sidecar, or null: the article is not a file, corrections stay in memory. */
  sidecar: string | null;
  /** What applies now. */
  corrections: Correction[];
  /** What the sidecar held when last read or written; null when it could not be read. */
  disk: SidecarSnapshot | null;
  /** Why the sidecar is not being used, shown to the user. */
  error: string | null;
  /** In-memory corrections not yet on disk (untrusted workspace, unreadable sidecar, failed write). */
  pending: boolean;
  outcomes: CorrectionOutcome[];
  /** Saves of one sidecar run one after the other. */
  saving: Promise<void>;
}

/**
 * The editor's corrections per article: read from the sidecar on first use, applied on top
 * of every annotation (the AnnotationService's post-processing hook), written back
 * atomically and merged with changes made on disk meanwhile. Sidecars are written only in
 * trusted workspaces; articles that are not files keep their corrections in memory.
 */
export class CorrectionStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fired with the article's URI when its corrections changed (re-annotate it). */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private readonly warned = new Set<string>();

  constructor(private config: CorrectionConfig) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`);
    const onDisk = (sidecar: vscode.Uri): void => {
      for (const entry of this.entries.values()) if (entry.sidecar === sidecar.fsPath) this.reload(entry);
    };
    this.disposables.push(
      watcher, watcher.onDidChange(onDisk), watcher.onDidCreate(onDisk), watcher.onDidDelete(onDisk),
      vscode.workspace.onDidGrantWorkspaceTrust(() => {
        for (const entry of this.entries.values()) if (entry.pending) this.queueSave(entry);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        const entry = this.entries.get(doc.uri.toString());
        if (entry && !entry.pending && entry.sidecar) this.entries.delete(doc.uri.toString());
      }),
    );
  }

  updateConfig(config: CorrectionConfig): void {
    this.config = config;
    const uris = [...this.entries.values()].filter((e) => !e.pending).map((e) => e.uri);
    for (const uri of uris) this.entries.delete(uri.toString());
    for (const uri of uris) this.changed.fire(uri);
  }

  /** What became of each correction when the worker last applied them to the article. */
  recordOutcomes(uri: vscode.Uri, outcomes: CorrectionOutcome[]): void {
    this.entry(uri).outcomes = outcomes;
  }

  corrections(uri: vscode.Uri): readonly Correction[] {
    return this.entry(uri).corrections;
  }

  /**
   * An article's corrections without keeping it in the store (a folder export reads
   * many articles that are not open); an unreadable sidecar gives none.
   */
  peek(uri: vscode.Uri): readonly Correction[] {
    const entry = this.entries.get(uri.toString());
    if (entry) return entry.corrections;
    const sidecar = this.sidecarFor(uri);
    if (!sidecar) return [];
    try {
      const read = readSidecarSync(sidecar);
      return read.state === 'ok' ? read.corrections : [];
    } catch {
      return [];
    }
  }

  /** What became of each correction the last time the article was annotated. */
  outcomes(uri: vscode.Uri): readonly CorrectionOutcome[] {
    return this.entries.get(uri.toString())?.outcomes ?? [];
  }

  /** Why the article's sidecar is not in use (unreadable, not written), if it is not. */
  problem(uri: vscode.Uri): string | null {
    return this.entries.get(uri.toString())?.error ?? null;
  }

  sidecarPath(uri: vscode.Uri): string | null {
    return this.entry(uri).sidecar;
  }

  async add(uri: vscode.Uri, correction: Correction): Promise<void> {
    const entry = this.entry(uri);
    entry.corrections = [...entry.corrections, correction];
    await this.commit(entry);
  }

  async remove(uri: vscode.Uri, ids: readonly string[]): Promise<void> {
    const entry = this.entry(uri);
    entry.corrections = entry.corrections.filter((c) => !ids.includes(c.id));
    await this.commit(entry);
  }

  private async commit(entry: Entry): Promise<void> {
    entry.pending = true;
    this.changed.fire(entry.uri);
    await this.queueSave(entry);
  }

  private entry(uri: vscode.Uri): Entry {
    const key = uri.toString();
    let entry = this.entries.get(key);
    if (!entry) {
      entry = {
        uri, sidecar: this.sidecarFor(uri), corrections: [], disk: null, error: null, pending: false, outcomes: [], saving: Promise.resolve(),
      };
      this.entries.set(key, entry);
      this.reload(entry, false);
    }
    return entry;
  }

  private sidecarFor(uri: vscode.Uri): string | null {
    if (uri.scheme !== 'file') return null;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return sidecarPathFor(uri.fsPath, this.config.location, folder?.uri.scheme === 'file' ? folder.uri.fsPath : undefined, this.config.folder);
  }

  /** Re-reads the sidecar; in-memory corrections not yet written are merged in, never dropped. */
  private reload(entry: Entry, notify = true): void {
    if (!entry.sidecar) return;
    let read;
    try {
      read = readSidecarSync(entry.sidecar);
    } catch (e) {
      read = { state: 'corrupt' as const, error: (e as Error).message, raw: '' };
    }
    const snapshot = snapshotOf(read);
    if (!snapshot) {
      const error = read.state === 'corrupt' ? read.error : 'unreadable';
      entry.disk = null;
      entry.error = `${vscode.workspace.asRelativePath(entry.sidecar)} cannot be read (${error}); its corrections are not applied and the file is left as it is.`;
      if (!entry.pending) entry.corrections = [];
      this.warnOnce(entry.sidecar + error, entry.error);
    } else if (entry.disk && snapshot.raw === entry.disk.raw) {
      return; // our own write coming back through the watcher
    } else {
      entry.error = null;
      if (entry.pending) {
        entry.corrections = entry.disk
          ? mergeCorrections(entry.disk.corrections, entry.corrections, snapshot.corrections).corrections
          : [...snapshot.corrections, ...entry.corrections.filter((c) => !snapshot.corrections.some((d) => d.id === c.id))];
        entry.disk = snapshot;
        void this.queueSave(entry);
      } else {
        entry.corrections = snapshot.corrections;
        entry.disk = snapshot;
      }
    }
    if (notify) this.changed.fire(entry.uri);
  }

  private queueSave(entry: Entry): Promise<void> {
    entry.saving = entry.saving.then(() => this.save(entry)).catch((e: unknown) => {
      entry.error = `Corrections could not be saved: ${(e as Error).message}`;
      void vscode.window.showErrorMessage(`News Annotator: ${entry.error}`);
    });
    return entry.saving;
  }

  private async save(entry: Entry): Promise<void> {
    if (!entry.sidecar || !entry.pending) return;
    if (!vscode.workspace.isTrusted) {
      this.warnOnce('untrusted', 'News Annotator: this workspace is not trusted, so corrections are kept in memory and not written next to the articles. Trust the workspace to save them.');
      return;
    }
    if (!entry.disk) {
      this.reload(entry, false);
      if (!entry.disk) return; // still unreadable: reported, kept in memory
    }
    const result = await saveSidecar(entry.sidecar, entry.disk, entry.corrections);
    if (result.state === 'not-written') {
      entry.error = `${vscode.workspace.asRelativePath(entry.sidecar)} was not written: ${result.reason}. Your corrections are kept in memory.`;
      this.warnOnce(entry.sidecar + result.reason, entry.error);
      return;
    }
    entry.pending = false;
    entry.error = null;
    entry.disk = result.snapshot;
    if (result.mergedFromDisk) {
      entry.corrections = result.snapshot.corrections;
      this.changed.fire(entry.uri);
      if (result.conflicts.length) {
        void vscode.window.showWarningMessage(`News Annotator: ${result.conflicts.length} correction(s) were changed both here and on disk; the version on disk was kept.`);
      }
    }
  }

  private warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    void vscode.window.showWarningMessage(message.startsWith('News Annotator') ? message : `News Annotator: ${message}`);
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
