import type { Annotations, DateMention } from '../core/types';
import { contains } from './spans';
import { speakerLabel } from '../core/quotes/speakerLabel';
import { describeArticleDate } from './articleDateText';
import { personDescriptions } from '../core/entities/personDescriptions';
import { readTimex } from '../core/dates/timexReading';

// Hover text from the cached annotations as Markdown strings; the provider wraps them.

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

const esc = (s: string): string => s.replace(/([\\`*_{}[\]()#+\-.!|<>])/g, '\\$1');

/** ": Mon 19 Jun 2023", ": 18 months": the value in words, when there are any. */
function readable(d: DateMention): string {
  const words = readTimex(d.type, d.value);
  return words ? `: ${esc(words)}` : '';
}

/** "three days later": the day the length of time leads to. */
function leadsTo(d: DateMention): string {
  if (!d.point) return '';
  return `, to ${esc(readTimex('DATE', d.point) ?? d.point)} \`${d.point}\``;
}

/** Markdown sections for everything at `offset` (a quote and its speaker may both apply). */
export function hoverSections(a: Annotations, text: string, offset: number): string[] {
  const out: string[] = [];
  for (const p of a.people) {
    if (!p.mentions.some((m) => contains(m, offset))) continue;
    const quotes = a.quotes.filter((q) => q.speakerId === p.id);
    const described = personDescriptions(text, p.mentions);
    out.push([
      `**${esc(p.name)}** — ${quotes.length ? 'speaker' : 'person'}`,
      described.length ? `Described as: ${described.map((d) => `_${esc(d.text)}_`).join('; ')}` : '',
      p.aliases.length ? `Also written: ${p.aliases.map(esc).join(', ')}` : '',
      `Quotes: ${quotes.length} · Mentions: ${p.mentions.length}`,
      `First mentioned on line ${lineOf(text, p.mentions[0].start)}`,
    ].filter(Boolean).join('  \n'));
  }
  for (const o of a.organizations) {
    if (!o.mentions.some((m) => contains(m, offset))) continue;
    out.push(`**${esc(o.name)}** — organization  \nQuotes: ${o.quoteCount} · Mentions: ${o.mentions.length}  \nFirst mentioned on line ${lineOf(text, o.mentions[0].start)}`);
  }
  for (const q of a.quotes) {
    if (q.speakerMention && contains(q.speakerMention, offset) && q.speakerName && !out.some((s) => s.startsWith(`**${esc(q.speakerName ?? '')}**`))) {
      out.push(`**${esc(q.speakerMention.text)}** refers to **${esc(q.speakerName)}**`);
    }
    const speaker = speakerLabel(q);
    if (speaker && !speaker.named && q.speakerMention && contains(q.speakerMention, offset) && !contains(q, offset)) {
      const words = q.text.length > 60 ? `${q.text.slice(0, 59)}…` : q.text;
      out.push(`**${esc(speaker.text)}** — a source with no name given, speaker of ${esc(words)}`);
    }
    if (!contains(q, offset)) continue;
    const who = !speaker ? '_no speaker found_' : speaker.named ? `**${esc(speaker.text)}**` : `“${esc(speaker.text)}” _(no name given)_`;
    const cue = q.cue ? ` · reporting verb: “${esc(q.cue.text)}”` : q.speakerName ? ' · no reporting verb (continues an earlier quote)' : '';
    out.push(`${q.kind === 'direct' ? 'Quote' : q.kind === 'partial' ? 'Partial quote' : 'Reported speech'} — said by ${who}${cue}`);
  }
  for (const p of a.places) {
    if (!p.mentions.some((m) => contains(m, offset))) continue;
    const coords = p.lat !== null && p.lon !== null ? `${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}` : 'unknown';
    out.push([
      `**${esc(p.name)}** — ${p.kind}`,
      `Country: ${p.country ?? 'unknown'}`,
      `Coordinates: ${coords}`,
      p.population ? `Population: ${p.population.toLocaleString('en-US')}` : '',
    ].filter(Boolean).join('  \n'));
  }
  for (const d of a.dates) {
    if (!contains(d, offset)) continue;
    out.push(
      d.value
        ? `**${esc(d.text)}** — ${d.type} \`${d.value}\`${readable(d)}${leadsTo(d)}${(d.type === 'DURATION' && !d.point) || d.type === 'SET' ? '' : `  \nResolved against the article date ${describeArticleDate(a)}`}`
        : `**${esc(d.text)}** — ${d.type}, not resolved  \n${a.documentDate ? 'This expression has no calendar value.' : 'The article date is unknown: run **News Annotator: Set Article Date…** to resolve relative dates.'}`,
    );
  }
  return out;
}
