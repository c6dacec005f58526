// Bundles the extension and the command line, as in the official esbuild sample:
// `vscode` stays external, CommonJS for Node; --production minifies and drops source maps.
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const shared = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: require('./esbuild.target'),
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  external: ['vscode'],
};

async function main() {
  const contexts = await Promise.all([
    esbuild.context({ ...shared, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js' }),
    // The core runs in a worker thread, off the extension host's thread (src/worker/).
    esbuild.context({ ...shared, entryPoints: ['src/worker/annotationWorker.ts'], outfile: 'dist/annotationWorker.js' }),
    esbuild.context({
      ...shared,
      entryPoints: ['src/cli/main.ts'],
      outfile: 'dist/cli.js',
      banner: { js: '#!/usr/bin/env node' },
      define: { NEWS_ANNOTATOR_VERSION: JSON.stringify(require('./package.json').version) },
    }),
  ]);
  if (watch) {
    await Promise.all(contexts.map((ctx) => ctx.watch()));
    return;
  }
  await Promise.all(contexts.map((ctx) => ctx.rebuild()));
  await Promise.all(contexts.map((ctx) => ctx.dispose()));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
