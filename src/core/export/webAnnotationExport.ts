import type { Span } from '../types';
import { anchorFor } from '../corrections/textAnchor';
import type { ExportArticle } from './exportArticle';
import { codePointOffsets } from './textPositions';

// W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/), serialized as
// JSON-LD with the standard context. Every mention, date and quote becomes one
// Annotation whose target names the article and selects the span twice: by its text and
// surroundings (TextQuoteSelector, robust to edits) and by position (TextPositionSelector,
// counted in code points as the model asks).

export const WEB_ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

interface Body {
  [key: string]: Json;
}

export function articleIri(article: ExportArticle): string {
  return article.iri ?? `urn:news-annotator:${encodeURIComponent(article.source)}`;
}

/** The annotations of one article. */
export function webAnnotations(article: ExportArticle): Array<{ [key: string]: Json }> {
  const { text, annotations: a } = article;
  const iri = articleIri(article);
  const cp = codePointOffsets(text);
  const items: Array<{ [key: string]: Json }> = [];
  const mentionIds = new Map<string, string>();

  const target = (span: { start: number; end: number }): Json => {
    const anchor = anchorFor(text, span.start, span.end);
    return {
      source: iri,
      selector: [
        { type: 'TextQuoteSelector', exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix },
        { type: 'TextPositionSelector', start: cp(span.start), end: cp(span.end) },
      ],
    };
  };
  const tag = (value: string): Body => ({ type: 'TextualBody', purpose: 'tagging', value });
  const identify = (value: string): Body => ({ type: 'TextualBody', purpose: 'identifying', value });
  const describe = (value: string): Body => ({ type: 'TextualBody', purpose: 'describing', value });
  const add = (localId: string, motivation: string, body: Json[], span: { start: number; end: number }): string => {
    const id = `${iri}#${localId}`;
    items.push({ id, type: 'Annotation', motivation, body, target: target(span) });
    return id;
  };
  const mentions = (entityId: string, tagValue: string, name: string, list: readonly Span[], extra: Body[] = []): void => {
    list.forEach((m, i) => {
      mentionIds.set(`${m.start}:${m.end}`, add(`${entityId}-m${i + 1}`, 'identifying', [tag(tagValue), identify(name), ...extra], m));
    });
  };

  for (const p of a.people) mentions(p.id, 'Person', p.name, p.mentions);
  for (const o of a.organizations) mentions(o.id, 'Organization', o.name, o.mentions);
  for (const l of a.places) {
    const where = [l.kind, l.country, l.lat !== null && l.lon !== null ? `${l.lat}, ${l.lon}` : null].filter(Boolean).join(' · ');
    mentions(l.id, 'Place', l.name, l.mentions, where ? [describe(where)] : []);
  }
  a.dates.forEach((d, i) => {
    add(`d${i + 1}`, 'tagging', [tag('Date'), describe(d.value ? `${d.type} ${d.value}` : `${d.type}, not resolved`)], d);
  });
  for (const q of a.quotes) {
    const body: Json[] = [tag(q.kind === 'indirect' ? 'Reported speech' : q.kind === 'partial' ? 'Partial quote' : 'Quote')];
    if (q.speakerName) body.push(identify(q.speakerName));
    const said = q.speakerMention && mentionIds.get(`${q.speakerMention.start}:${q.speakerMention.end}`);
    // the speaker's mention annotation, so a client can draw the quote → speaker link
    if (said) body.push({ id: said, purpose: 'linking' });
    if (q.cue) body.push(describe(`reporting verb: ${q.cue.text}`));
    add(q.id, q.speakerName ? 'identifying' : 'tagging', body, q);
  }
  return items;
}

/** One AnnotationCollection holding every article's annotations. */
export function formatWebAnnotations(articles: readonly ExportArticle[]): string {
  const items = articles.flatMap(webAnnotations);
  const label = articles.length === 1 ? articles[0].source : `${articles.length} articles`;
  const collection = {
    '@context': WEB_ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label: `News Annotator: ${label}`,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
