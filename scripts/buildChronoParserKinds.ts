// `npm run build:chrono-kinds`: probes chrono-node's casual English parsers for the kinds of
// trigger words each can match and writes src/core/dates/data/chronoParserKinds.json, read at
// start-up instead of probing (src/core/dates/chronoParserKinds.ts says why). Run again after
// upgrading chrono-node; test/unit/datesEngine.test.ts fails until then.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { probeParserKinds, type ParserKindsTable } from '../src/core/dates/chronoParserKinds';

const parsers = chrono.casual.clone().parsers;
const table: ParserKindsTable = { parsers: parsers.length, kinds: parsers.map(probeParserKinds) };
const out = join(__dirname, '..', 'src', 'core', 'dates', 'data', 'chronoParserKinds.json');
writeFileSync(out, `${JSON.stringify(table)}\n`);
console.log(`wrote ${out}: ${table.parsers} parsers`);
