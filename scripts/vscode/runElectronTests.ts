import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, SilentReporter } from '@vscode/test-electron';
import { REPO_ROOT } from './codeServer';
import { buildIntegrationTests } from './packageExtensions';

// `npm run test:electron`: the integration suite in VS Code desktop through @vscode/test-cli
// and @vscode/test-electron, with this folder as the extension under development.
// VS Code comes from NEWS_ANNOTATOR_VSCODE_EXECUTABLE (an installed one) or is downloaded
// (cached in .vscode-test/). Where neither works, one line says that the suite did not
// run and why, and the exit code is 2: not a pass.

const DID_NOT_RUN = 2;

async function vscodeExecutable(): Promise<string | { reason: string }> {
  const given = process.env.NEWS_ANNOTATOR_VSCODE_EXECUTABLE;
  if (given) return fs.existsSync(given) ? given : { reason: `NEWS_ANNOTATOR_VSCODE_EXECUTABLE=${given} does not exist` };
  try {
    return await downloadAndUnzipVSCode({ version: 'stable', reporter: new SilentReporter(), timeout: 30_000 });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { reason: `VS Code desktop could not be downloaded (${why.split('\n')[0]}) and NEWS_ANNOTATOR_VSCODE_EXECUTABLE is not set` };
  }
}

async function main(): Promise<number> {
  const executable = await vscodeExecutable();
  if (typeof executable !== 'string') {
    console.log(`test:electron: DID NOT RUN: ${executable.reason}; set it to an installed VS Code, or run the same suite in code-server with npm run test:vscode.`);
    return DID_NOT_RUN;
  }
  const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (build.status !== 0) return 1;
  await buildIntegrationTests(path.join(REPO_ROOT, 'out/integration'));

  const cli = path.join(REPO_ROOT, 'node_modules/.bin/vscode-test');
  const cliArgs = ['--config', path.join(REPO_ROOT, '.vscode-test.mjs'), '--fail-zero'];
  // VS Code desktop needs a display; on a Linux machine without one, use a virtual one.
  const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const hasXvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0;
  const [command, args] = headless && hasXvfb ? ['xvfb-run', ['-a', cli, ...cliArgs]] : [cli, cliArgs];
  const run = spawnSync(command, args, {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: { ...process.env, NEWS_ANNOTATOR_VSCODE_EXECUTABLE: executable },
  });
  return run.status ?? 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`test:electron: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
