import type { DateMention, Organization, Person, Place, Quote } from '../types';
import type { ExportArticle } from './exportArticle';
import { lineIndex } from './textPositions';
import { speakerLabel } from '../quotes/speakerLabel';

// A "who said what" report an editor can read or paste: each speaker with their quotes
// and the places and dates those quotes mention, then the quotes nobody is said to have
// said, then every place and date of the article.

const escapeMarkdown = (s: string): string => s.replace(/\s+/gu, ' ').trim().replace(/([\\`*_[\]<>#|])/gu, '\\$1');
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const inside = (q: Quote, m: { start: number; end: number }): boolean => m.start >= q.start && m.end <= q.end;

export function formatMarkdownReport(article: ExportArticle): string {
  const { text, annotations: a } = article;
  const at = lineIndex(text);
  const out: string[] = [];
  const speakers = [...a.people, ...a.organizations]
    .filter((e) => e.quoteCount > 0)
    .sort((x, y) => y.quoteCount - x.quoteCount || x.mentions[0].start - y.mentions[0].start);

  out.push(`# Who said what: ${escapeMarkdown(article.source)}`, '');
  out.push(`Article date: ${a.documentDate ?? 'unknown'} · ${plural(a.quotes.length, 'quote')} from ${plural(speakers.length, 'speaker')} · ${plural(a.places.length, 'place')} · ${plural(a.dates.length, 'date')}`, '');

  const quoteLine = (q: Quote): string[] => {
    const cue = q.cue ? ` (${escapeMarkdown(q.cue.text)})` : '';
    const kind = q.kind === 'direct' ? '' : ` *${q.kind}*`;
    const lines = [`- Line ${at(q.start).line}${kind}: ${escapeMarkdown(q.text)}${cue}`];
    const places = uniqueNames(a.places.filter((p) => p.mentions.some((m) => inside(q, m))));
    const dates = a.dates.filter((d) => inside(q, d)).map(describeDate);
    if (places.length) lines.push(`  - Places: ${places.join(', ')}`);
    if (dates.length) lines.push(`  - Dates: ${dates.join(', ')}`);
    return lines;
  };

  for (const s of speakers) {
    const kind = 'aliases' in s ? 'person' : 'organization';
    out.push(`## ${escapeMarkdown(s.name)}`, '', `${kind} · ${plural(s.quoteCount, 'quote')}${aliasesOf(s)}`, '');
    for (const q of a.quotes) if (q.speakerId === s.id) out.push(...quoteLine(q));
    out.push('');
  }
  const orphans = a.quotes.filter((q) => !q.speakerId);
  if (orphans.length) {
    out.push('## Without a named speaker', '');
    for (const q of orphans) {
      out.push(...quoteLine(q));
      // An unnamed source is worth an editor's look: "a spokesman for …", "officials".
      const source = speakerLabel(q);
      if (source) out.push(`  - Source, no name given: ${escapeMarkdown(source.text)}`);
    }
    out.push('');
  }
  out.push('## Places mentioned', '');
  if (a.places.length) for (const p of a.places) out.push(`- ${escapeMarkdown(p.name)}: ${describePlace(p)}, ${plural(p.mentions.length, 'mention')}`);
  else out.push('None.');
  out.push('', '## Dates mentioned', '');
  if (a.dates.length) for (const d of a.dates) out.push(`- Line ${at(d.start).line}: ${describeDate(d)}`);
  else out.push('None.');
  return `${out.join('\n')}\n`;
}

function aliasesOf(e: Person | Organization): string {
  return 'aliases' in e && e.aliases.length ? ` · also written ${e.aliases.map(escapeMarkdown).join(', ')}` : '';
}

function uniqueNames(places: readonly Place[]): string[] {
  return [...new Set(places.map((p) => escapeMarkdown(p.name)))];
}

function describePlace(p: Place): string {
  return [p.kind, p.country].filter(Boolean).join(', ');
}

function describeDate(d: DateMention): string {
  return `${escapeMarkdown(d.text)}${d.value ? ` (${d.value})` : ''}`;
}
