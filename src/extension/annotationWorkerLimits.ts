import type { ResourceLimits } from 'node:worker_threads';

/**
 * The annotation worker's heap. Re-annotating a 100 KB article after a keystroke allocates
 * about 8 MB of short-lived objects (tokens, mentions, per-token arrays), so with V8's
 * default young generation a scavenge, which copies the annotation's live data each time,
 * runs every second edit. A young generation four times the default scavenges a quarter
 * as often: one-character edits in 100 KB went from 24-34 ms to 18-20 ms in a worker, at
 * about 20 MB more resident memory (measured with `npm run bench`, which times edits in a
 * worker with these limits as well as in its own process).
 */
export const ANNOTATION_WORKER_RESOURCE_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 192 };
