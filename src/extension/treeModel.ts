import type { Annotations, DateMention, Quote, Span } from '../core/types';
import { groupDatesByDay } from '../core/dates/dateTimeline';
import { speakerLabel } from '../core/quotes/speakerLabel';
import { articleDateSource } from './articleDateText';
import { personDescriptions } from '../core/entities/personDescriptions';

// The sidebar's content as plain data, built from one document's annotations; the
// VS Code tree provider only turns these nodes into TreeItems.

export type NodeKind = 'group' | 'speaker' | 'quote' | 'person' | 'organization' | 'place' | 'dateDay' | 'date' | 'info';

export interface TreeNode {
  /** Stable within one tree: the path of labels from the root. */
  id?: string;
  kind: NodeKind;
  label: string;
  description?: string;
  tooltip?: string;
  /** Where selecting the node takes the editor. */
  target?: Span;
  /** A person's mentions: the tooltip says what the article calls them, read on hover (personTooltip). */
  person?: { mentions: readonly Span[]; aliases: readonly string[] };
  /** The command selecting the node runs instead (an id of package.json's contributes.commands). */
  command?: string;
  children?: TreeNode[];
}

const oneLine = (s: string, max = 80): string => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

/** The speaker's name; an unnamed source in quotation marks ("“a spokesman for the mayor”"). */
function whoSaid(q: Quote): string {
  const speaker = speakerLabel(q);
  return !speaker ? 'no speaker' : speaker.named ? speaker.text : `“${oneLine(speaker.text, 40)}”`;
}

function quoteNode(q: Quote, withSpeaker: boolean): TreeNode {
  return {
    kind: 'quote',
    label: oneLine(q.text),
    description: withSpeaker ? `${whoSaid(q)}${q.kind === 'direct' ? '' : ` · ${q.kind}`}` : q.kind === 'direct' ? undefined : q.kind,
    tooltip: q.text,
    target: q,
  };
}

/**
 * A person node's tooltip: what the article calls them and the other forms of the name.
 * Built when the node is hovered (a long file names thousands of people, and the tree is
 * rebuilt as the text changes), from the text the mentions were found in.
 */
export function personTooltip(person: NonNullable<TreeNode['person']>, text: string): string | undefined {
  const described = personDescriptions(text, person.mentions).map((d) => d.text);
  const lines = [described.length ? `Described as: ${described.join('; ')}` : '', person.aliases.length ? `Also: ${person.aliases.join(', ')}` : ''];
  return lines.filter(Boolean).join('\n') || undefined;
}

export function buildTree(a: Annotations): TreeNode[] {
  const quoted = [...a.people.map((p) => ({ entity: p, person: p })), ...a.organizations.map((o) => ({ entity: o, person: undefined }))];
  const speakers = quoted
    .filter(({ entity }) => entity.quoteCount > 0)
    .sort((x, y) => y.entity.quoteCount - x.entity.quoteCount || x.entity.mentions[0].start - y.entity.mentions[0].start)
    .map(({ entity: e, person }): TreeNode => ({
      kind: 'speaker',
      label: e.name,
      description: `${e.quoteCount} quote${e.quoteCount === 1 ? '' : 's'}`,
      target: e.mentions[0],
      person: person && { mentions: person.mentions, aliases: person.aliases },
      children: a.quotes.filter((q) => q.speakerId === e.id).map((q) => quoteNode(q, false)),
    }));
  const people = a.people.map((p): TreeNode => ({
    kind: 'person',
    label: p.name,
    description: mentionCount(p.mentions.length),
    person: { mentions: p.mentions, aliases: p.aliases },
    target: p.mentions[0],
  }));
  const organizations = a.organizations.map((o): TreeNode => ({
    kind: 'organization', label: o.name, description: mentionCount(o.mentions.length), target: o.mentions[0],
  }));
  const places = a.places.map((p): TreeNode => ({
    kind: 'place',
    label: p.name,
    description: [p.kind, p.country].filter(Boolean).join(' · '),
    target: p.mentions[0],
  }));
  return assignIds([
    group('Speakers', speakers),
    group('Quotes', a.quotes.map((q) => quoteNode(q, true))),
    group('People', people),
    group('Organizations', organizations),
    group('Places', places),
    group('Dates', [articleDateNode(a), ...dateDays(a.dates)], a.dates.length),
  ]);
}

/** What relative dates are resolved against and where it came from; selecting it sets another. */
function articleDateNode(a: Annotations): TreeNode {
  const known = a.documentDate !== null;
  return {
    kind: 'info',
    label: known ? `Article date ${a.documentDate}` : 'Article date unknown',
    description: known ? articleDateSource(a) : 'relative dates are not resolved',
    tooltip: `${known ? 'Relative dates ("on Monday", "last week") are resolved against this day.' : 'No article date was found in the text or its file name.'} Select to set the article date.`,
    command: 'newsAnnotator.setArticleDate',
  };
}

function assignIds(nodes: TreeNode[], parent = ''): TreeNode[] {
  nodes.forEach((n, i) => {
    n.id = `${parent}/${n.kind === 'group' ? n.label : `${i}:${n.target?.start ?? ''}`}`;
    if (n.children) assignIds(n.children, n.id);
  });
  return nodes;
}

function mentionCount(n: number): string {
  return `${n} mention${n === 1 ? '' : 's'}`;
}

function group(label: string, children: TreeNode[], count = children.length): TreeNode {
  return { kind: 'group', label, description: String(count), children };
}

/** Dates in calendar order, grouped by day (or wider period), then references, durations, sets; unresolved last. */
export function dateDays(dates: DateMention[]): TreeNode[] {
  return groupDatesByDay(dates).map((g): TreeNode => ({
    kind: 'dateDay',
    label: g.label,
    description: g.dates.map((d) => d.text).join(', '),
    tooltip: g.value ?? undefined,
    target: g.dates[0],
    children: g.dates.map((d): TreeNode => ({ kind: 'date', label: d.text, description: `${d.type} ${d.value ?? '—'}`, target: d })),
  }));
}
