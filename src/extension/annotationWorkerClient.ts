import { Worker } from 'node:worker_threads';
import type { AnnotateOptions, Annotations } from '../core/types';
import type { AnnotateRequest, AnnotateResponse } from '../worker/protocol';

/** Raised when a document takes longer than its budget; the worker is stopped. */
export class BudgetExceededError extends Error {}

interface Pending {
  resolve: (a: Annotations) => void;
  reject: (e: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Runs annotation in a worker thread, started on first use (never at activation). A request
 * that exceeds its time budget terminates the worker, rejects with BudgetExceededError, and
 * the next request starts a fresh one. Where worker threads are unavailable, annotation
 * runs in-process.
 */
export class AnnotationWorkerClient {
  private worker: Worker | undefined;
  private inProcess: ((text: string, options: AnnotateOptions) => Annotations) | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly workerPath: string,
    private readonly budgetMs: () => number,
  ) {}

  annotate(text: string, options: AnnotateOptions): Promise<Annotations> {
    const worker = this.ensureWorker();
    if (!worker) {
      // The worker bundle doubles as an in-process annotator; required by path so that the
      // extension bundle itself stays free of the core's models.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      this.inProcess ??= (require(this.workerPath) as { annotateInProcess: (t: string, o: AnnotateOptions) => Annotations }).annotateInProcess;
      try {
        return Promise.resolve(this.inProcess(text, options));
      } catch (e) {
        return Promise.reject(e instanceof Error ? e : new Error(String(e)));
      }
    }
    const id = this.nextId++;
    const budget = this.budgetMs();
    return new Promise<Annotations>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.restart(new BudgetExceededError(`annotation took longer than ${Math.round(budget / 1000)} s and was stopped`));
      }, budget);
      this.pending.set(id, { resolve, reject, timer });
      worker.postMessage({ id, text, options } satisfies AnnotateRequest);
    });
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(this.workerPath);
      worker.on('message', (m: AnnotateResponse) => this.settle(m));
      worker.on('error', (e) => this.restart(e instanceof Error ? e : new Error(String(e))));
      worker.on('exit', (code) => {
        if (this.worker === worker) {
          this.worker = undefined;
          this.failAll(new Error(`annotation worker exited with code ${code}`));
        }
      });
      worker.unref();
      this.worker = worker;
      return worker;
    } catch {
      return undefined;
    }
  }

  private settle(m: AnnotateResponse): void {
    const p = this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id);
    clearTimeout(p.timer);
    if (m.ok) p.resolve(m.annotations);
    else p.reject(new Error(m.error));
  }

  private restart(reason: Error): void {
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(reason);
    void worker?.terminate();
  }

  private failAll(reason: Error): void {
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(reason);
    }
    this.pending.clear();
  }

  dispose(): void {
    this.restart(new Error('disposed'));
  }
}
