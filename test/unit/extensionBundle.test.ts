import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

// Issue 7: activation loads no model and parses no gazetteer. The core runs in a worker
// started on first use; the editor's own bundle may use small pure parts of it (hover text,
// descriptions), but a data file reached through an import would be inlined and parsed on
// activation (the 1.3 MB gazetteer once came in through the role nouns, and activation took
// 60-90 ms instead of 25).
suite('the extension bundle (what activation loads)', () => {
  test('carries none of the core\'s data files: models, gazetteer, name lists', () => {
    const root = join(__dirname, '..', '..');
    const result = buildSync({
      entryPoints: [join(root, 'src', 'extension', 'extension.ts')],
      bundle: true, platform: 'node', format: 'cjs', external: ['vscode'], write: false, metafile: true, outfile: 'extension.js', logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    assert.ok(inputs.some((i) => i.endsWith('src/extension/extension.ts')), `unexpected inputs: ${inputs.slice(0, 5).join(', ')}`);
    assert.deepEqual(inputs.filter((i) => /src\/core\/.*\/data\//u.test(i) || i.endsWith('.json')), []);
  });
});
