import { Worker } from 'node:worker_threads';
import type { AnnotateOptions } from '../core/types';
import type { Correction } from '../core/corrections/correctionTypes';
import type { GazetteerEntry } from '../core/places/gazetteer';
import type { CorrectedResult, WorkerRequest, WorkerResponse } from '../worker/protocol';

/** Raised when a document takes longer than its budget; the worker is stopped. */
export class BudgetExceededError extends Error {}

interface Pending {
  resolve: (r: WorkerResponse) => void;
  reject: (e: Error) => void;
  timer: ReturnType<typeof setTimeout> | undefined;
}

type RequestBody = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

/**
 * Runs the core in a worker thread, started on first use (never at activation). A request
 * that exceeds its time budget terminates the worker, rejects with BudgetExceededError, and
 * the next request starts a fresh one. Where worker threads are unavailable, the worker
 * bundle runs in-process.
 */
export class AnnotationWorkerClient {
  private worker: Worker | undefined;
  private inProcess: ((r: WorkerRequest) => WorkerResponse) | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly workerPath: string,
    private readonly budgetMs: () => number,
  ) {}

  async annotate(text: string, options: AnnotateOptions, corrections: readonly Correction[] = []): Promise<CorrectedResult> {
    const r = await this.request({ type: 'annotate', text, options, corrections }, true);
    if (r.ok && r.type === 'annotate') return r.result;
    throw new Error(r.ok ? 'unexpected answer from the annotation worker' : r.error);
  }

  async lookupPlaces(names: string[]): Promise<GazetteerEntry[]> {
    const r = await this.request({ type: 'lookupPlaces', names }, false);
    if (r.ok && r.type === 'lookupPlaces') return r.entries;
    throw new Error(r.ok ? 'unexpected answer from the annotation worker' : r.error);
  }

  private request(body: RequestBody, budgeted: boolean): Promise<WorkerResponse> {
    const id = this.nextId++;
    const message = { ...body, id } as WorkerRequest;
    const worker = this.ensureWorker();
    if (!worker) return Promise.resolve(this.runInProcess(message));
    const budget = this.budgetMs();
    return new Promise<WorkerResponse>((resolve, reject) => {
      const timer = budgeted
        ? setTimeout(() => this.restart(new BudgetExceededError(`annotation took longer than ${Number((budget / 1000).toFixed(1))} s and was stopped`)), budget)
        : undefined;
      this.pending.set(id, { resolve, reject, timer });
      worker.postMessage(message);
    });
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
      const worker = new Worker(this.workerPath);
      worker.on('message', (m: WorkerResponse) => this.settle(m));
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

  private settle(m: WorkerResponse): void {
    const p = this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id);
    if (p.timer) clearTimeout(p.timer);
    p.resolve(m);
  }

  private restart(reason: Error): void {
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(reason);
    void worker?.terminate();
  }

  private failAll(reason: Error): void {
    for (const p of this.pending.values()) {
      if (p.timer) clearTimeout(p.timer);
      p.reject(reason);
    }
    this.pending.clear();
  }

  dispose(): void {
    this.restart(new Error('disposed'));
  }
}
