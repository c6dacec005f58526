import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, createProfile, folderUrl, freePort, installExtensions, locateCodeServer, startCodeServer } from './codeServer';
import { packageNewsAnnotator } from './packageExtensions';

// `npm start`: try the extension in a real VS Code without installing anything in yours.
// Builds and packages it, installs the .vsix into a private code-server profile
// (.vscode-test/start-profile, kept between runs), opens the sample articles in samples/
// and prints the address. Listens on 127.0.0.1 only; PORT picks the port (default 8080,
// or a free one if that is taken). Ctrl+C stops it.

const PROFILE_DIR = path.join(REPO_ROOT, '.vscode-test', 'start-profile');

async function port(): Promise<number> {
  if (process.env.PORT) return Number(process.env.PORT);
  const { createServer } = await import('node:net');
  const free = await new Promise<boolean>((resolve) => {
    const probe = createServer().once('error', () => resolve(false));
    probe.listen(8080, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
  return free ? 8080 : freePort();
}

async function main(): Promise<void> {
  const codeServer = locateCodeServer();
  console.log('npm start: building and packaging the extension…');
  const vsix = packageNewsAnnotator();
  const profile = createProfile(PROFILE_DIR, {}, false);
  installExtensions(codeServer, profile, [vsix]);
  const samples = path.join(REPO_ROOT, 'samples');
  if (!fs.existsSync(samples)) throw new Error(`no sample articles in ${samples}`);

  const server = await startCodeServer({ codeServer, profile, port: await port() });
  const stop = (): void => {
    void server.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('SIGHUP', stop);
  console.log(`\nNews Annotator ${readVersion()} in code-server (VS Code in the browser), with the sample articles open:\n`);
  console.log(`    ${folderUrl(server, samples)}\n`);
  console.log('Open an article from the Explorer; the News Annotator view is in the activity bar.');
  console.log(`Private profile: ${path.relative(REPO_ROOT, PROFILE_DIR)} (delete it to start afresh). Ctrl+C stops the server.`);
}

function readVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

main().catch((error: unknown) => {
  console.error(`npm start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
