import type { ResourceLimits } from 'node:worker_threads';

/**
 * The annotation worker's heap. Re-annotating a 100 KB article after a keystroke allocates
 * about 8 MB of short-lived objects (tokens, mentions, per-token arrays), so with V8's
 * default young generation a scavenge, which copies the annotation's live data each time,
 * runs every second edit. A young generation of 192 MB scavenges a fraction as often: in
 * three alternating runs of 130 edits each in a worker, the median edit went from 22.6-24.2
 * to 19.9-21.9 ms, for about 35 MB more resident memory. `npm run bench` times edits in a
 * worker with these limits as well as in its own process.
 */
export const ANNOTATION_WORKER_RESOURCE_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 192 };
