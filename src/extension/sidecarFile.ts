import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, isAbsolute } from 'node:path';
import type { Correction } from '../core/corrections/correctionTypes';
import { SIDECAR_SUFFIX, parseSidecar, serializeSidecar } from '../core/corrections/sidecarFormat';
import { mergeCorrections } from '../core/corrections/mergeCorrections';

// Reading and writing correction sidecars on disk. Node's fs only (no `vscode`), so the
// command line and the unit tests use the very same code as the extension.

export type SidecarRead =
  | { state: 'missing' }
  | { state: 'ok'; corrections: Correction[]; raw: string }
  | { state: 'corrupt'; error: string; raw: string };

/** What we last read from or wrote to the sidecar: the base of a three-way merge. */
export interface SidecarSnapshot {
  corrections: Correction[];
  /** The file's content then, or null when there was no file. */
  raw: string | null;
}

export type SaveResult =
  | { state: 'written' | 'unchanged'; snapshot: SidecarSnapshot; mergedFromDisk: boolean; conflicts: string[] }
  /** Nothing written: the file on disk cannot be read as a sidecar, or it kept changing under us. */
  | { state: 'not-written'; reason: string };

export type SidecarLocation = 'besideArticle' | 'workspaceFolder';

/**
 * Where an article's corrections live: `<article>.annotations.json` beside it, or the
 * same relative path under `<workspace folder>/<folder>` (articles outside the workspace
 * folder keep theirs beside them).
 */
export function sidecarPathFor(articlePath: string, location: SidecarLocation, workspaceFolder?: string, folder = '.news-annotator'): string {
  if (location === 'workspaceFolder' && workspaceFolder && isInside(workspaceFolder, articlePath)) {
    const path = join(workspaceFolder, folder, `${relative(workspaceFolder, articlePath)}${SIDECAR_SUFFIX}`);
    // A folder setting such as "../elsewhere" must not send corrections out of the workspace.
    if (isInside(workspaceFolder, path)) return path;
  }
  return `${articlePath}${SIDECAR_SUFFIX}`;
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && rel.split(/[\\/]/u)[0] !== '..' && !isAbsolute(rel);
}

function interpret(raw: string): SidecarRead {
  const parsed = parseSidecar(raw);
  return parsed.ok ? { state: 'ok', corrections: parsed.corrections, raw } : { state: 'corrupt', error: parsed.error, raw };
}

function isMissing(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

export async function readSidecar(path: string): Promise<SidecarRead> {
  try {
    return interpret(await readFile(path, 'utf8'));
  } catch (e) {
    if (isMissing(e)) return { state: 'missing' };
    throw e;
  }
}

/** Synchronous read: sidecars are a few kilobytes, and annotating must not wait a tick for them. */
export function readSidecarSync(path: string): SidecarRead {
  try {
    return interpret(readFileSync(path, 'utf8'));
  } catch (e) {
    if (isMissing(e)) return { state: 'missing' };
    throw e;
  }
}

export function snapshotOf(read: SidecarRead): SidecarSnapshot | null {
  if (read.state === 'corrupt') return null;
  return read.state === 'ok' ? { corrections: read.corrections, raw: read.raw } : { corrections: [], raw: null };
}

/** Writes through a temporary file in the same folder and a rename, so a reader never sees half a file. */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, content, { encoding: 'utf8', flag: 'wx' });
    await rename(temp, path);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
}

const MAX_ATTEMPTS = 3;

/**
 * Saves `mine` without losing what someone else wrote since `last`: when the file on
 * disk is no longer what we last saw, the three are merged by correction id; a file
 * that has become unreadable is reported and left alone. The content is checked once
 * more just before the rename, and the merge redone if it moved meanwhile.
 */
export async function saveSidecar(path: string, last: SidecarSnapshot, mine: readonly Correction[]): Promise<SaveResult> {
  for (let attempt = 1; ; attempt++) {
    const current = await readSidecar(path);
    if (current.state === 'corrupt') return { state: 'not-written', reason: `it is not a valid corrections file (${current.error})` };
    const diskRaw = current.state === 'ok' ? current.raw : null;
    const mergedFromDisk = diskRaw !== last.raw;
    const { corrections, conflicts } = mergedFromDisk
      ? mergeCorrections(last.corrections, mine, current.state === 'ok' ? current.corrections : [])
      : { corrections: [...mine], conflicts: [] };
    if (diskRaw === null && corrections.length === 0) {
      return { state: 'unchanged', snapshot: { corrections, raw: null }, mergedFromDisk, conflicts };
    }
    const content = serializeSidecar(corrections);
    if (content === diskRaw) return { state: 'unchanged', snapshot: { corrections, raw: content }, mergedFromDisk, conflicts };
    const again = await readSidecar(path);
    const againRaw = again.state === 'missing' ? null : again.raw;
    if (againRaw !== diskRaw && attempt < MAX_ATTEMPTS) continue;
    if (againRaw !== diskRaw) return { state: 'not-written', reason: 'it keeps changing on disk' };
    await writeFileAtomic(path, content);
    return { state: 'written', snapshot: { corrections, raw: content }, mergedFromDisk, conflicts };
  }
}
