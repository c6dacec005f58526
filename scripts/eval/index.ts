// `npm run eval -- <kind> [options]`: accuracy figures as ../shared/EVAL.md defines them.
// Each kind lives in its own module (scripts/eval/<kind>.ts) exporting `main(argv)`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const KINDS = ['quotes', 'ner', 'dates', 'nameSlips'];

async function main(): Promise<void> {
  const [kind, ...rest] = process.argv.slice(2);
  if (!kind || !KINDS.includes(kind)) {
    console.error(`usage: npm run eval -- <${KINDS.join('|')}> [--gold PATH]`);
    process.exit(2);
  }
  const file = join(__dirname, `${kind}.ts`);
  if (!existsSync(file)) {
    console.error(`eval ${kind}: not built yet (${file} is missing)`);
    process.exit(2);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(file) as { main: (argv: string[]) => Promise<number> | number };
  process.exitCode = await mod.main(rest);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
