import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Polls until `probe` returns something other than undefined/false, for work the extension
 * does asynchronously (debounced annotation, events from the workbench). Fails with
 * `what` so that a timeout says which condition was never reached.
 */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}
