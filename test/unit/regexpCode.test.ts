import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expressionCode } from '../../scripts/bench/regexpCode';

// A small Node process compiles two expressions, one of them on subjects of both widths, and
// writes a heap snapshot of itself; the bench's reading of snapshots must find each one's code.
const CHILD = `
  const both = new RegExp('quick (brown|red) fox', 'g');
  const narrow = new RegExp('lazy (dog|cat)s?', 'g');
  for (const s of ['the quick brown fox', 'the quick red fox \\u2019']) both.exec(s);
  narrow.exec('the lazy dog');
  globalThis.kept = [both, narrow];
  require('v8').writeHeapSnapshot(process.argv[1]);
`;

suite('regexpCode: machine code per regular expression from a heap snapshot', () => {
  test('finds the one-byte and two-byte code of each compiled expression, and none for a width not met', function () {
    this.timeout(60_000);
    const dir = mkdtempSync(join(tmpdir(), 'regexp-code-test-'));
    try {
      const file = join(dir, 'heap.heapsnapshot');
      const run = spawnSync(process.execPath, ['--no-regexp-tier-up', '-e', CHILD, file], { encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      const code = expressionCode(JSON.parse(readFileSync(file, 'utf8')));
      const both = code.find((c) => c.source === 'quick (brown|red) fox');
      const narrow = code.find((c) => c.source === 'lazy (dog|cat)s?');
      assert.ok(both && narrow, 'both expressions are in the snapshot');
      assert.ok(both.oneByte > 0 && both.twoByte > 0, `code for both widths: ${JSON.stringify(both)}`);
      assert.ok(narrow.oneByte > 0, `one-byte code: ${JSON.stringify(narrow)}`);
      assert.equal(narrow.twoByte, 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
