import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { REPO_ROOT } from './codeServer';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ESBUILD_TARGET = require('../../esbuild.target') as string;

// Builds what the real-VS-Code runs install: the extension's .vsix (the project's own
// `npm run package`), the integration tests bundled one file per test file, and the
// test-runner extension that carries those bundles into code-server's extension host.

const RUNNER_DIR = path.join(REPO_ROOT, 'test/runner-extension');
const VSCE = path.join(REPO_ROOT, 'node_modules/.bin/vsce');

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

/** `npm run package`: the production build packaged by vsce, exactly what users install. */
export function packageNewsAnnotator(): string {
  run('npm', ['run', '-s', 'package'], REPO_ROOT);
  const vsix = path.join(REPO_ROOT, 'dist/news-annotator.vsix');
  if (!fs.existsSync(vsix)) throw new Error(`npm run package did not write ${vsix}`);
  return vsix;
}

export function integrationTestFiles(): string[] {
  const dir = path.join(REPO_ROOT, 'test/integration');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.test.ts'))
    .sort()
    .map((f) => path.join(dir, f));
}

/**
 * Bundles each test/integration/*.test.ts into `outdir` as CommonJS with `vscode` left to
 * the extension host; the core they compare against is bundled in.
 */
export async function buildIntegrationTests(outdir: string): Promise<string[]> {
  fs.rmSync(outdir, { recursive: true, force: true });
  const entryPoints = integrationTestFiles();
  await esbuild.build({
    entryPoints,
    outdir,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: ESBUILD_TARGET,
    sourcemap: 'inline',
    sourcesContent: false,
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return entryPoints.map((f) => path.join(outdir, path.basename(f, '.ts') + '.js'));
}

/** Builds the test-runner extension with mocha and the test bundles inside, and packages it. */
export async function packageTestRunner(vsixOut: string): Promise<string> {
  const dist = path.join(RUNNER_DIR, 'dist');
  fs.rmSync(dist, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [path.join(RUNNER_DIR, 'src/runnerExtension.ts')],
    outfile: path.join(dist, 'runnerExtension.js'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: ESBUILD_TARGET,
    external: ['vscode'],
    logLevel: 'error', // mocha's parallel mode (unused here) resolves worker files at run time
  });
  await buildIntegrationTests(path.join(dist, 'tests'));
  fs.mkdirSync(path.dirname(vsixOut), { recursive: true });
  run(VSCE, ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '-o', vsixOut], RUNNER_DIR);
  return vsixOut;
}
