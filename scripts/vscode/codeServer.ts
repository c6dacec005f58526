import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

// Starts code-server (VS Code 1.100 in the browser) in a private profile: its own user data,
// extensions and config file, so nothing of the user's VS Code or ~/.config is read or
// written. Used by `npm start`, `npm run test:vscode` and the browser tests.

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/**
 * The code-server entry script: $NEWS_ANNOTATOR_CODE_SERVER if set, otherwise whatever the
 * (idempotent) setup script installs or finds in its cache.
 */
export function locateCodeServer(): string {
  const given = process.env.NEWS_ANNOTATOR_CODE_SERVER;
  if (given) {
    if (!fs.existsSync(given)) throw new Error(`NEWS_ANNOTATOR_CODE_SERVER=${given} does not exist`);
    return given;
  }
  const setup = spawnSync('bash', [path.join(REPO_ROOT, 'scripts/vscode/setup-code-server.sh'), '--print-path'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (setup.status !== 0) throw new Error(`scripts/vscode/setup-code-server.sh failed (exit ${setup.status})`);
  return setup.stdout.trim().split('\n').pop() ?? '';
}

export interface Profile {
  root: string;
  userDataDir: string;
  extensionsDir: string;
  configFile: string;
}

/** Settings that keep a first start quiet and offline: no walkthrough, no update or telemetry calls. */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'chat.commandCenter.enabled': false,
};

/** Creates (or, with `fresh`, recreates) a profile under `root` with the given user settings. */
export function createProfile(root: string, settings: Record<string, unknown> = {}, fresh = true): Profile {
  if (fresh) fs.rmSync(root, { recursive: true, force: true });
  const profile: Profile = {
    root,
    userDataDir: path.join(root, 'user-data'),
    extensionsDir: path.join(root, 'extensions'),
    configFile: path.join(root, 'config.yaml'),
  };
  fs.mkdirSync(path.join(profile.userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(profile.extensionsDir, { recursive: true });
  fs.writeFileSync(profile.configFile, 'auth: none\ncert: false\n');
  const settingsFile = path.join(profile.userDataDir, 'User', 'settings.json');
  fs.writeFileSync(settingsFile, `${JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2)}\n`);
  return profile;
}

function profileArgs(profile: Profile): string[] {
  return ['--config', profile.configFile, '--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir];
}

/** Installs .vsix files into the profile, replacing any installed version. */
export function installExtensions(codeServer: string, profile: Profile, vsixFiles: string[]): void {
  const args = [codeServer, ...profileArgs(profile), '--force'];
  for (const vsix of vsixFiles) args.push('--install-extension', vsix);
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`installing ${vsixFiles.join(', ')} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningCodeServer {
  url: string;
  /** Everything code-server printed so far (for error messages). */
  output(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  codeServer: string;
  profile: Profile;
  /** Listen on this port (default: a free one). Always on 127.0.0.1. */
  port?: number;
  /** Extra environment; the extension host inherits code-server's environment. */
  env?: NodeJS.ProcessEnv;
  /** Forward code-server's own output to this process's stderr. */
  echo?: boolean;
}

/**
 * Starts code-server and resolves once it listens. It runs in its own process group so that
 * stop() also ends the extension hosts it forks.
 */
export async function startCodeServer(options: StartOptions): Promise<RunningCodeServer> {
  const port = options.port ?? (await freePort());
  const args = [
    options.codeServer,
    ...profileArgs(options.profile),
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ];
  const child = spawn(process.execPath, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  let output = '';
  const collect = (chunk: Buffer): void => {
    output += chunk.toString('utf8');
    if (options.echo) process.stderr.write(chunk);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const killGroup = (): void => killProcessGroup(child, 'SIGKILL');
  process.once('exit', killGroup);

  const url = `http://127.0.0.1:${port}/`;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not start within 60 s:\n${output}`)), 60_000);
    const check = (): void => {
      if (output.includes('HTTP server listening on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', check);
    child.stderr?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited with ${code} before listening:\n${output}`));
    });
  });

  return {
    url,
    output: () => output,
    stop: async () => {
      process.removeListener('exit', killGroup);
      if (child.exitCode !== null || child.signalCode !== null) {
        killProcessGroup(child, 'SIGKILL'); // the extension host may outlive its parent
        return;
      }
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      killProcessGroup(child, 'SIGTERM');
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5000).unref());
      await Promise.race([exited, timeout]);
      killProcessGroup(child, 'SIGKILL');
    },
  };
}

function killProcessGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is already gone
  }
}

/** The workbench address that opens `folder` (a path on this machine). */
export function folderUrl(server: RunningCodeServer, folder: string): string {
  return `${server.url}?folder=${encodeURIComponent(folder)}`;
}
