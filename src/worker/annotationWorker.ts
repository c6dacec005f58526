// The annotation worker thread: a thin adapter that runs the pure core off the extension
// host's thread, so that model loading and long documents never block the editor. One
// long-lived Annotator keeps its caches between versions of a document.
import { isMainThread, parentPort } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { Annotator } from '../core/annotator';
import type { AnnotateRequest, AnnotateResponse } from './protocol';

const annotator = new Annotator();

/** Loaded with require() outside a worker (worker threads unavailable), the same code runs in-process. */
export function annotateInProcess(text: string, options: AnnotateRequest['options']): ReturnType<Annotator['annotate']> {
  return annotator.annotate(text, options);
}

if (!isMainThread) parentPort?.on('message', (request: AnnotateRequest) => {
  let response: AnnotateResponse;
  try {
    const t0 = performance.now();
    const annotations = annotator.annotate(request.text, request.options);
    response = { id: request.id, ok: true, annotations, ms: performance.now() - t0 };
  } catch (e) {
    response = { id: request.id, ok: false, error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) };
  }
  parentPort?.postMessage(response);
});
