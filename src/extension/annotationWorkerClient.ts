import { Worker } from 'node:worker_threads';
import type { AnnotateOptions } from '../core/types';
import type { Correction } from '../core/corrections/correctionTypes';
import type { GazetteerEntry } from '../core/places/gazetteer';
import type { CorrectedResult, WorkerRequest, WorkerResponse } from '../worker/protocol';
import { ANNOTATION_WORKER_RESOURCE_LIMITS } from './annotationWorkerLimits';

/** Raised when a document takes longer than its budget; the worker is stopped. */
export class BudgetExceededError extends Error {}

/** Raised for a request that was no longer wanted when its turn came (its document changed or closed). */
export class SupersededError extends Error {}

interface Pending {
  message: WorkerRequest;
  budgeted: boolean;
  /** Asked when the request's turn comes; false drops it unsent. */
  stillWanted: () => boolean;
  resolve: (r: WorkerResponse) => void;
  reject: (e: Error) => void;
}

type RequestBody = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

/**
 * Runs the core in a worker thread, started on first use (never at activation). Requests
 * go to the worker one at a time, so that each document's time budget starts when the
 * worker starts on it, not while it waits behind others. A request that exceeds its budget
 * terminates the worker and rejects with BudgetExceededError; the requests queued behind
 * it go to a fresh worker. Where worker threads are unavailable, the worker bundle runs
 * in-process.
 */
export class AnnotationWorkerClient {
  private worker: Worker | undefined;
  private inProcess: ((r: WorkerRequest) => WorkerResponse) | undefined;
  private nextId = 1;
  private readonly queue: Pending[] = [];
  /** The request the worker is working on, with its budget timer. */
  private running: { pending: Pending; timer: ReturnType<typeof setTimeout> | undefined } | undefined;
  /** Whether the current worker thread has started running (its 'online' event). */
  private online = false;

  constructor(
    private readonly workerPath: string,
    private readonly budgetMs: () => number,
  ) {}

  /**
   * `stillWanted` is asked when the request's turn comes: while someone types in a long
   * document, versions that were overtaken are dropped (SupersededError) instead of
   * piling up in front of the latest one.
   */
  async annotate(text: string, options: AnnotateOptions, corrections: readonly Correction[] = [], stillWanted: () => boolean = () => true): Promise<CorrectedResult> {
    const r = await this.request({ type: 'annotate', text, options, corrections }, true, stillWanted);
    if (r.ok && r.type === 'annotate') return r.result;
    throw new Error(r.ok ? 'unexpected answer from the annotation worker' : r.error);
  }

  async lookupPlaces(names: string[]): Promise<GazetteerEntry[]> {
    const r = await this.request({ type: 'lookupPlaces', names }, false);
    if (r.ok && r.type === 'lookupPlaces') return r.entries;
    throw new Error(r.ok ? 'unexpected answer from the annotation worker' : r.error);
  }

  private request(body: RequestBody, budgeted: boolean, stillWanted: () => boolean = () => true): Promise<WorkerResponse> {
    const message = { ...body, id: this.nextId++ } as WorkerRequest;
    return new Promise<WorkerResponse>((resolve, reject) => {
      this.queue.push({ message, budgeted, stillWanted, resolve, reject });
      this.next();
    });
  }

  /** Hands the next queued request to the worker when it is free; the budget starts now. */
  private next(): void {
    if (this.running) return;
    const pending = this.queue.shift();
    if (!pending) return;
    if (!pending.stillWanted()) {
      pending.reject(new SupersededError('the document changed before its turn came'));
      this.next();
      return;
    }
    const worker = this.ensureWorker();
    if (!worker) {
      try {
        pending.resolve(this.runInProcess(pending.message));
      } catch (e) {
        pending.reject(e instanceof Error ? e : new Error(String(e)));
      }
      this.next();
      return;
    }
    this.running = { pending, timer: undefined };
    // A fresh thread's start (200 ms on a busy machine) is no document's time: the budget starts
    // once the thread runs, here or at its 'online' event.
    if (this.online) this.armBudget();
    worker.postMessage(pending.message);
  }

  /** Starts the running request's budget timer, if it has a budget and no timer yet. */
  private armBudget(): void {
    const running = this.running;
    if (!running?.pending.budgeted || running.timer) return;
    const budget = this.budgetMs();
    running.timer = setTimeout(() => this.restart(new BudgetExceededError(`annotation took longer than ${Number((budget / 1000).toFixed(1))} s and was stopped`)), budget);
  }

  private runInProcess(message: WorkerRequest): WorkerResponse {
    // Required by path so that the extension bundle itself stays free of the core's models.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    this.inProcess ??= (require(this.workerPath) as { handle: (r: WorkerRequest) => WorkerResponse }).handle;
    return this.inProcess(message);
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(this.workerPath, { resourceLimits: ANNOTATION_WORKER_RESOURCE_LIMITS });
      this.online = false;
      worker.on('online', () => {
        if (this.worker !== worker) return;
        this.online = true;
        this.armBudget();
      });
      worker.on('message', (m: WorkerResponse) => this.settle(m));
      worker.on('error', (e) => this.restart(e instanceof Error ? e : new Error(String(e))));
      worker.on('exit', (code) => {
        if (this.worker === worker) this.restart(new Error(`annotation worker exited with code ${code}`));
      });
      worker.unref();
      this.worker = worker;
      return worker;
    } catch {
      return undefined;
    }
  }

  private settle(m: WorkerResponse): void {
    const running = this.running;
    if (!running || running.pending.message.id !== m.id) return;
    this.running = undefined;
    if (running.timer) clearTimeout(running.timer);
    running.pending.resolve(m);
    this.next();
  }

  /** Stops the worker: the request it was working on fails with `reason`, the queued ones go to a new worker. */
  private restart(reason: Error): void {
    const worker = this.worker;
    this.worker = undefined;
    const running = this.running;
    this.running = undefined;
    if (running?.timer) clearTimeout(running.timer);
    running?.pending.reject(reason);
    void worker?.terminate();
    this.next();
  }

  dispose(): void {
    const disposed = new Error('disposed');
    for (const p of this.queue.splice(0)) p.reject(disposed);
    this.restart(disposed);
  }
}
