import type { Span } from '../types';
import type { ExportArticle } from './exportArticle';
import { codePointOffsets } from './textPositions';

// brat standoff (https://brat.nlplab.org/standoff.html): the text in `.txt`, annotations
// in `.ann`, offsets in characters (code points) of the `.txt`. Text-bound annotations
// cannot cross a line break, so spans that do are written as fragments `s e;s e`.

export interface BratDocument {
  txt: string;
  ann: string;
}

/** The entity and relation types used, for the collection's `annotation.conf`. */
export const BRAT_ANNOTATION_CONF = `# News Annotator export: brat annotation configuration
[entities]
Person
Organization
Location
Date
Quote
# the words naming a quote's speaker when they are not a name: a pronoun or "the minister"
Reference
Cue

[relations]
Speaker Arg1:Quote, Arg2:Person|Organization|Reference
Said Arg1:Quote, Arg2:Cue
<OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
QuoteKind Arg:Quote, Value:direct|partial|indirect
TimexType Arg:Date, Value:DATE|TIME|DURATION|SET
`;

export const BRAT_VISUAL_CONF = `[labels]
Person | Person | Per
Organization | Organization | Org
Location | Location | Loc
Quote | Quote | Q
Reference | Reference | Ref

[drawing]
Person bgColor:#9CDCFE
Organization bgColor:#B5CEA8
Location bgColor:#8FD18F
Date bgColor:#DCDCAA
Quote bgColor:#F5C6A5
Reference bgColor:#C5D9F1
Cue bgColor:#E0E0E0
`;

export function formatBrat(article: ExportArticle): BratDocument {
  const { text, annotations: a } = article;
  const cp = codePointOffsets(text);
  const lines: string[] = [];
  let t = 0;
  let attr = 0;
  let rel = 0;
  let note = 0;
  const bySpan = new Map<string, string>(); // "start:end" → T id, so a mention is written once
  const key = (s: { start: number; end: number }): string => `${s.start}:${s.end}`;

  const textBound = (type: string, span: { start: number; end: number }): string | null => {
    const fragments = lineFragments(text, span.start, span.end);
    if (!fragments.length) return null;
    const id = `T${++t}`;
    const offsets = fragments.map(([s, e]) => `${cp(s)} ${cp(e)}`).join(';');
    lines.push(`${id}\t${type} ${offsets}\t${fragments.map(([s, e]) => text.slice(s, e)).join(' ')}`);
    return id;
  };
  const entity = (type: string, m: Span): void => {
    if (bySpan.has(key(m))) return;
    const id = textBound(type, m);
    if (id) bySpan.set(key(m), id);
  };

  for (const p of a.people) for (const m of p.mentions) entity('Person', m);
  for (const o of a.organizations) for (const m of o.mentions) entity('Organization', m);
  for (const l of a.places) for (const m of l.mentions) entity('Location', m);
  for (const d of a.dates) {
    const id = textBound('Date', d);
    if (!id) continue;
    lines.push(`A${++attr}\tTimexType ${id} ${d.type}`);
    if (d.value) lines.push(`#${++note}\tAnnotatorNotes ${id}\t${d.value}`);
  }
  const entities = new Map([...a.people, ...a.organizations].map((e) => [e.id, e]));
  for (const q of a.quotes) {
    const id = textBound('Quote', q);
    if (!id) continue;
    lines.push(`A${++attr}\tQuoteKind ${id} ${q.kind}`);
    const speaker = q.speakerId ? entities.get(q.speakerId) : undefined;
    if (speaker) lines.push(`#${++note}\tAnnotatorNotes ${id}\tsaid by ${speaker.name}`);
    // the mention next to the cue if there is one, else the speaker's nearest earlier mention
    const mention = q.speakerMention ?? (speaker ? nearestBefore(speaker.mentions, q.start) : null);
    if (mention) {
      if (!bySpan.has(key(mention))) entity('Reference', mention);
      const target = bySpan.get(key(mention));
      if (target) lines.push(`R${++rel}\tSpeaker Arg1:${id} Arg2:${target}`);
    }
    if (q.cue) {
      const cue = bySpan.get(key(q.cue)) ?? textBound('Cue', q.cue);
      if (cue) lines.push(`R${++rel}\tSaid Arg1:${id} Arg2:${cue}`);
    }
  }
  return { txt: text, ann: lines.length ? `${lines.join('\n')}\n` : '' };
}

/** [start, end) split at line breaks, each piece trimmed of white space; empty pieces dropped. */
export function lineFragments(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = start;
  while (s < end) {
    const nl = text.indexOf('\n', s);
    const e = nl === -1 || nl >= end ? end : nl;
    let a = s;
    let b = e;
    while (a < b && /\s/u.test(text.charAt(a))) a++;
    while (b > a && /\s/u.test(text.charAt(b - 1))) b--;
    if (b > a) out.push([a, b]);
    s = e + 1;
  }
  return out;
}

function nearestBefore(mentions: readonly Span[], offset: number): Span | null {
  let best: Span | null = null;
  for (const m of mentions) if (m.end <= offset) best = m;
  return best ?? mentions[0] ?? null;
}
