// The edit latency as the extension has it: the incremental Annotator in a worker thread
// with the limits the extension starts its annotation worker with. Started by
// measureEditsInWorker() below through scripts/bench/index.ts.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { ANNOTATION_WORKER_RESOURCE_LIMITS } from '../../src/extension/annotationWorkerLimits';
import { loadCoreBundle } from './coreBundle';
import { documentOfSize, loadCorpus } from './corpus';
import { measureEdits, type EditLatency } from './editLatency';

interface EditJob {
  corpus: string;
  bytes: number;
}

/** measureEdits() on a document of `bytes` from `corpus`, in a worker thread like the extension's. */
export function measureEditsInWorker(corpus: string, bytes: number): Promise<EditLatency> {
  const job: EditJob = { corpus, bytes };
  // The worker runs this file through tsx, as the bench's own process does.
  const worker = new Worker(`require('tsx/cjs'); require(${JSON.stringify(__filename)});`, {
    eval: true,
    workerData: job,
    resourceLimits: ANNOTATION_WORKER_RESOURCE_LIMITS,
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (m: EditLatency) => resolve(m));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`edit worker exited with code ${code}`)));
  });
}

if (!isMainThread && parentPort && (workerData as EditJob | undefined)?.corpus) {
  const { corpus, bytes } = workerData as EditJob;
  const core = loadCoreBundle();
  const doc = documentOfSize(loadCorpus(corpus), bytes);
  parentPort.postMessage(measureEdits(() => new core.Annotator(), core.annotate, doc));
}
