import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

let counter = 0;

/**
 * Writes through a temporary file in the same folder, flushed to disk, then renamed over
 * the real name: a run that is stopped or a disk that fills up never leaves half a file
 * under that name, and a file that was there stays whole until the new one replaces it.
 * A symbolic link at `path` is replaced, never written through.
 */
export function writeFileAtomicSync(path: string, content: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${counter++}.tmp`);
  try {
    const fd = openSync(temp, 'wx');
    try {
      writeFileSync(fd, content, 'utf8');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // never created, or already renamed
    }
    throw e;
  }
}
