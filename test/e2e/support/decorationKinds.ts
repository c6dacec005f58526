import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../../../scripts/vscode/codeServer';
import type { Annotations } from '../../../src/core/types';
import type { DecoratedText, KindStyle } from './pageScripts';

export type Kind = 'speakers' | 'people' | 'quotes' | 'places' | 'dates';

/**
 * How each kind is drawn, from the theme colours the extension contributes: a colour id
 * names its kind (speaker, person, quote, place, date) and ends in what it colours.
 */
export function kindStyles(): KindStyle[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
    contributes: { colors: { id: string }[] };
  };
  const kinds: [RegExp, Kind][] = [[/speaker/i, 'speakers'], [/person|people/i, 'people'], [/quote/i, 'quotes'], [/place/i, 'places'], [/date/i, 'dates']];
  const properties: [RegExp, KindStyle['property']][] = [[/Foreground$/, 'color'], [/Background$/, 'background-color'], [/Border$/, 'border-color']];
  const styles: KindStyle[] = [];
  for (const { id } of manifest.contributes.colors) {
    const kind = kinds.find(([re]) => re.test(id))?.[1];
    const property = properties.find(([re]) => re.test(id))?.[1];
    if (kind && property) styles.push({ kind, property, variable: `--vscode-${id.replace(/\./g, '-')}` });
  }
  return styles;
}

/** Pieces of one decoration cut by word wrap joined back, so each entry is one decorated range. */
export function joinWrapped(pieces: DecoratedText[]): { kind: string; text: string; rendering: string; className: string }[] {
  const joined: { kind: string; text: string; rendering: string; className: string; line: number; atLineEnd: boolean }[] = [];
  for (const p of pieces) {
    const previous = [...joined].reverse().find((j) => j.kind === p.kind);
    if (previous && previous.atLineEnd && p.atLineStart && p.line === previous.line + 1) {
      previous.text += p.text;
      previous.line = p.line;
      previous.atLineEnd = p.atLineEnd;
    } else {
      joined.push({ ...p });
    }
  }
  return joined.map(({ kind, text, rendering, className }) => ({ kind, text: text.replace(/\s+/g, ' ').trim(), rendering, className }));
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The texts each kind should cover, as the extension's contract describes them. */
export function expectedTexts(a: Annotations): Record<Kind, Set<string>> {
  const quoted = new Set(a.quotes.map((q) => q.speakerId).filter((id) => id !== null));
  const speakerEntities = [...a.people, ...a.organizations].filter((e) => quoted.has(e.id));
  return {
    speakers: new Set([
      ...speakerEntities.flatMap((e) => e.mentions.map((m) => norm(m.text))),
      ...a.quotes.flatMap((q) => (q.speakerId && q.speakerMention ? [norm(q.speakerMention.text)] : [])),
    ]),
    people: new Set(a.people.filter((p) => !quoted.has(p.id)).flatMap((p) => p.mentions.map((m) => norm(m.text)))),
    quotes: new Set(a.quotes.map((q) => norm(q.text))),
    places: new Set(a.places.flatMap((p) => p.mentions.map((m) => norm(m.text)))),
    dates: new Set(a.dates.map((d) => norm(d.text))),
  };
}
