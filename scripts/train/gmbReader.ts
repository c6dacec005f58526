import { readFileSync } from 'node:fs';
import type { NameType } from '../../src/core/names/nameMention';
import { entitiesOfIob, type TaggedDocument } from './conllReader';

// Reads the Groningen Meaning Bank CSV (`Sentence #,Word,POS,Tag`, IOB2) and maps its
// tags to CoNLL's: per → PER, org → ORG, geo → LOC, gpe (mostly demonyms: "Iraqi") and
// art/eve/nat → MISC, tim → O. It has no document breaks, so sentences are grouped into
// pseudo-documents of `sentencesPerDocument`.

const MAP: Record<string, NameType | null> = { per: 'PER', org: 'ORG', geo: 'LOC', gpe: 'MISC', art: 'MISC', eve: 'MISC', nat: 'MISC', tim: null };

export function readGmb(path: string, sentencesPerDocument = 20): TaggedDocument[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const docs: TaggedDocument[] = [];
  let doc: TaggedDocument = { sentences: [] };
  let words: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (words.length) doc.sentences.push({ words, entities: entitiesOfIob(tags) });
    words = [];
    tags = [];
    if (doc.sentences.length >= sentencesPerDocument) {
      docs.push(doc);
      doc = { sentences: [] };
    }
  };
  for (let i = 1; i < lines.length; i++) {
    const fields = parseCsvLine(lines[i]);
    if (fields.length < 4) continue;
    if (fields[0]) flush();
    const [, word, , tag] = fields;
    words.push(word);
    const type = tag === 'O' ? null : MAP[tag.slice(2)];
    tags.push(type ? `${tag.slice(0, 2)}${type}` : 'O');
  }
  flush();
  if (doc.sentences.length) docs.push(doc);
  return docs;
}

function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (line[i] === '"') {
          i++;
          break;
        } else value += line[i++];
      }
      out.push(value);
      i++;
    } else {
      const comma = line.indexOf(',', i);
      const end = comma < 0 ? line.length : comma;
      out.push(line.slice(i, end).replace(/\r$/, ''));
      i = end + 1;
    }
  }
  return out;
}
