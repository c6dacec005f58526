// Our pipeline is timed as it ships: bundled and minified by esbuild like dist/extension.js
// and dist/annotationWorker.js. Run through tsx, every cross-module constant (the tagger's
// const enums, the feature hash) becomes a getter call, about a tenth slower and not what
// users run.
import { join } from 'node:path';
import type { Annotator } from '../../src/core/annotator';
import type { annotate } from '../../src/core/annotate';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ESBUILD_TARGET = require('../../esbuild.target') as string;

export interface BundledCore {
  annotate: typeof annotate;
  Annotator: typeof Annotator;
}

export const CORE_BUNDLE = join(__dirname, '..', '..', 'dist', 'bench', 'core.js');

/** Writes dist/bench/core.js (annotate and Annotator) and returns its path. */
export function buildCoreBundle(): string {
  const core = join(__dirname, '..', '..', 'src', 'core');
  // Required here, not at the top: the workers load this file too and should not carry esbuild in their memory figure.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildSync } = require('esbuild') as typeof import('esbuild');
  buildSync({
    stdin: {
      contents: `export { annotate } from ${JSON.stringify(join(core, 'annotate'))};\nexport { Annotator } from ${JSON.stringify(join(core, 'annotator'))};\n`,
      resolveDir: core,
      loader: 'ts',
    },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: ESBUILD_TARGET,
    minify: true,
    logLevel: 'warning',
    outfile: CORE_BUNDLE,
  });
  return CORE_BUNDLE;
}

export function loadCoreBundle(path = CORE_BUNDLE): BundledCore {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path) as BundledCore;
}

/**
 * Bundles a bench script (`file`, its own __filename) beside the core bundle, for running it
 * in plain Node processes with V8 flags of their own: tsx's loader would fill the same
 * regular-expression and code budgets the script measures.
 */
export function bundleScript(file: string, name: string): string {
  const out = join(CORE_BUNDLE, '..', name);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('esbuild') as typeof import('esbuild')).buildSync({ entryPoints: [file], bundle: true, format: 'cjs', platform: 'node', external: ['esbuild'], logLevel: 'warning', outfile: out });
  return out;
}
