// @vscode/test-cli configuration for `npm run test:electron` (scripts/vscode/runElectronTests.ts
// builds first and names the VS Code to use). The same test files run in code-server with
// `npm run test:vscode`.
import { defineConfig } from '@vscode/test-cli';

const executable = process.env.NEWS_ANNOTATOR_VSCODE_EXECUTABLE;

export default defineConfig({
  label: 'integration',
  files: 'out/integration/**/*.test.js',
  workspaceFolder: 'test/fixtures/workspace',
  // Only the extension under development (and VS Code's built-ins) are loaded.
  launchArgs: ['--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  mocha: { ui: 'tdd', timeout: 60000, color: true },
  ...(executable ? { useInstallation: { fromPath: executable } } : { version: 'stable' }),
});
