// The annotation worker thread: a thin adapter that runs the pure core off the extension
// host's thread, so that model loading and long documents never block the editor. One
// long-lived Annotator keeps its caches between versions of a document. The gazetteer is
// consulted here too, so the extension bundle itself carries no models.
import { isMainThread, parentPort } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { Annotator } from '../core/annotator';
import { applyCorrections } from '../core/corrections/applyCorrections';
import { lookupPlaces } from '../core/places/gazetteer';
import type { CorrectedResult, WorkerRequest, WorkerResponse } from './protocol';

const annotator = new Annotator();

export function annotateWithCorrections(request: Extract<WorkerRequest, { type: 'annotate' }>): CorrectedResult {
  const found = annotator.annotate(request.text, request.options);
  if (!request.corrections.length) return { annotations: found, outcomes: [] };
  return applyCorrections(request.text, found, request.corrections);
}

/** Every gazetteer entry for any of the names, without duplicates, best first per name. */
export function lookupPlaceNames(names: string[]): ReturnType<typeof lookupPlaces>[number][] {
  const seen = new Set<string>();
  return names.flatMap((n) => [...lookupPlaces(n)]).filter((e) => {
    const key = `${e.name}|${e.kind}|${e.country}|${e.lat}|${e.lon}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Answers one request; also what the extension calls in-process where worker threads are unavailable. */
export function handle(request: WorkerRequest): WorkerResponse {
  try {
    if (request.type === 'lookupPlaces') return { id: request.id, ok: true, type: 'lookupPlaces', entries: lookupPlaceNames(request.names) };
    const t0 = performance.now();
    const result = annotateWithCorrections(request);
    return { id: request.id, ok: true, type: 'annotate', result, ms: performance.now() - t0 };
  } catch (e) {
    return { id: request.id, ok: false, error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) };
  }
}

if (!isMainThread) parentPort?.on('message', (request: WorkerRequest) => parentPort?.postMessage(handle(request)));
