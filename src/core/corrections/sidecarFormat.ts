import {
  MARK_KINDS, REMOVABLE_KINDS, type Correction, type PlaceIdentity, type TextAnchor,
} from './correctionTypes';

// The sidecar file `<article>.annotations.json`: a small, human-readable JSON document
// that can be committed next to the article and reviewed in a diff.

export const SIDECAR_SCHEMA = 'news-annotator/corrections-v1';
export const SIDECAR_SUFFIX = '.annotations.json';

export type ParsedSidecar = { ok: true; corrections: Correction[] } | { ok: false; error: string };

export function serializeSidecar(corrections: readonly Correction[]): string {
  return `${JSON.stringify({ schema: SIDECAR_SCHEMA, corrections }, null, 2)}\n`;
}

/**
 * Reads a sidecar. Anything that is not exactly what `serializeSidecar` writes (bad JSON,
 * another schema, one malformed entry) makes the whole file "corrupt": its corrections are
 * not applied and it must not be written over, since it may hold work we cannot read.
 */
export function parseSidecar(content: string): ParsedSidecar {
  let doc: unknown;
  try {
    doc = JSON.parse(content.replace(/^\uFEFF/u, ''));
  } catch (e) {
    return { ok: false, error: `not valid JSON (${(e as Error).message})` };
  }
  if (!isObject(doc)) return { ok: false, error: 'not a JSON object' };
  if (doc.schema !== SIDECAR_SCHEMA) return { ok: false, error: `schema is ${JSON.stringify(doc.schema)}, expected "${SIDECAR_SCHEMA}"` };
  if (!Array.isArray(doc.corrections)) return { ok: false, error: '"corrections" is not a list' };
  const ids = new Set<string>();
  for (let i = 0; i < doc.corrections.length; i++) {
    const problem = invalidCorrection(doc.corrections[i]);
    if (problem) return { ok: false, error: `correction ${i + 1}: ${problem}` };
    const id = (doc.corrections[i] as Correction).id;
    if (ids.has(id)) return { ok: false, error: `correction ${i + 1}: id "${id}" is used twice` };
    ids.add(id);
  }
  return { ok: true, corrections: doc.corrections as Correction[] };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isAnchor(v: unknown): v is TextAnchor {
  return isObject(v) && typeof v.exact === 'string' && v.exact.length > 0 && typeof v.prefix === 'string' && typeof v.suffix === 'string'
    && typeof v.start === 'number' && Number.isInteger(v.start) && v.start >= 0;
}

function isIdentity(v: unknown): v is PlaceIdentity {
  const numOrNull = (x: unknown): boolean => x === null || (typeof x === 'number' && Number.isFinite(x));
  return isObject(v) && typeof v.name === 'string' && ['country', 'city', 'region', 'other'].includes(v.kind as string)
    && (v.country === null || typeof v.country === 'string') && numOrNull(v.lat) && numOrNull(v.lon) && numOrNull(v.population);
}

/** Why `v` is not a correction, or null when it is one. */
function invalidCorrection(v: unknown): string | null {
  if (!isObject(v)) return 'not an object';
  if (typeof v.id !== 'string' || !v.id) return 'no "id"';
  switch (v.type) {
    case 'mark':
      if (!MARK_KINDS.includes(v.as as never)) return `cannot mark as ${JSON.stringify(v.as)}`;
      if (!isAnchor(v.target)) return '"target" is not a text anchor';
      if (v.quote !== undefined && !isAnchor(v.quote)) return '"quote" is not a text anchor';
      return null;
    case 'remove':
      if (!REMOVABLE_KINDS.includes(v.what as never)) return `cannot remove a ${JSON.stringify(v.what)}`;
      return isAnchor(v.target) ? null : '"target" is not a text anchor';
    case 'attribute':
      if (!isAnchor(v.quote)) return '"quote" is not a text anchor';
      return v.speaker === null || (typeof v.speaker === 'string' && v.speaker) ? null : '"speaker" is neither a name nor null';
    case 'merge':
      return typeof v.from === 'string' && v.from && typeof v.into === 'string' && v.into ? null : '"from" and "into" must be names';
    case 'place-identity':
      if (typeof v.place !== 'string' || !v.place) return '"place" must be a name';
      return isIdentity(v.identity) ? null : '"identity" is not a place identity';
    default:
      return `unknown type ${JSON.stringify(v.type)}`;
  }
}
