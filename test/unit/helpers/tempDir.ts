import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Every test's scratch folder, removed once the whole run is over: a run used to leave about
// twenty folders in the system's temp folder, thousands after a few weeks of CI.
const made: string[] = [];

/** A fresh, empty folder under the system's temp folder, removed after the run. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

// A root-level hook: registered once, when the first test file imports this module.
suiteTeardown(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
