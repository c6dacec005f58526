import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The shipped name model must be what the project's own training script writes from today's
// code and the corpora: a change to the tagger's features (word lists, tokenizer, gazetteer)
// without a retrain would leave a model that nobody can rebuild, tagging with features it was
// not trained on.

const ROOT = join(__dirname, '..', '..');
const DATA = join(ROOT, '..', 'shared', 'data');
const SHIPPED = join(ROOT, 'src', 'core', 'names', 'data', 'ner-model.json');
/** What `npm run train` reads with its default options. */
const INPUTS = [join(DATA, 'conll2003', 'eng.train'), join(DATA, 'polnear', 'train', 'text'), join(DATA, 'gmb', 'ner_dataset.csv')];

suite('name model (needs ../shared/data)', () => {
  test('`npm run train` writes the shipped model byte for byte', function () {
    const missing = INPUTS.filter((p) => !existsSync(p));
    if (missing.length > 0) {
      console.log(`      skipped: ${missing.join(', ')} absent (the corpora live in ../shared/data)`);
      this.skip();
    }
    this.timeout(600_000);
    const dir = mkdtempSync(join(tmpdir(), 'news-annotator-model-'));
    try {
      const out = join(dir, 'ner-model.json');
      // --dev "" only skips the per-epoch figures; the weights do not depend on them.
      const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/train/trainNer.ts', '--dev', '', '--out', out], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(run.status, 0, `training failed:\n${run.stderr}`);
      const same = readFileSync(out).equals(readFileSync(SHIPPED));
      assert.ok(same, 'src/core/names/data/ner-model.json is not what `npm run train` writes from today\'s code: run `npm run train`, read what the new model changes (npm run eval -- ner, nameSlips, quotes) and commit it');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
