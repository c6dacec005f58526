import type { AnalyzedText } from '../text/analyzedText';
import type { GroupedEntities } from '../entities/entityGrouper';

export type MentionKind = 'person' | 'organization' | 'pronoun' | 'role';

export interface IndexedMention {
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  /** Entity id for names; resolved later for pronouns and role nouns. */
  entityId: string | null;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we']);

/** Role nouns that may stand for a person or an organization after "the". */
export const ROLE_NOUNS = new Set([
  'minister', 'president', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials',
  'senator', 'governor', 'mayor', 'candidate', 'nominee', 'diplomat', 'ambassador', 'chairman', 'chairwoman',
  'director', 'chief', 'leader', 'premier', 'chancellor', 'general', 'judge', 'lawmaker', 'congressman',
  'congresswoman', 'representative', 'statement', 'company', 'ministry', 'department', 'agency', 'campaign',
  'government', 'administration', 'group', 'firm', 'police', 'court', 'white', 'report', 'study', 'analyst',
  'expert', 'professor', 'author', 'businessman', 'billionaire', 'woman', 'man', 'source', 'sources',
]);

const ORG_ROLES = new Set(['company', 'ministry', 'department', 'agency', 'campaign', 'government', 'administration', 'group', 'firm', 'police', 'court', 'statement', 'report', 'study']);

export function isOrganizationRole(noun: string): boolean {
  return ORG_ROLES.has(noun);
}

/** Every name, pronoun and "the <role>" in text order. */
export function buildMentionIndex(doc: AnalyzedText, entities: GroupedEntities): IndexedMention[] {
  const out: IndexedMention[] = [];
  for (const p of entities.people) for (const m of p.mentions) out.push({ ...m, kind: 'person', entityId: p.id });
  for (const o of entities.organizations) for (const m of o.mentions) out.push({ ...m, kind: 'organization', entityId: o.id });
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    const lower = t.text.toLowerCase();
    if (PRONOUNS.has(lower)) out.push({ start: t.start, end: t.end, text: t.text, kind: 'pronoun', entityId: null });
    else if ((lower === 'the' || lower === 'a') && i + 1 < tokens.length) {
      // "the minister", "the foreign minister", "the company"
      for (let k = i + 1; k <= i + 3 && k < tokens.length && tokens[k].kind === 'word'; k++) {
        const noun = tokens[k].text.toLowerCase();
        if (ROLE_NOUNS.has(noun)) {
          out.push({ start: t.start, end: tokens[k].end, text: doc.text.slice(t.start, tokens[k].end), kind: 'role', entityId: null });
          break;
        }
        if (/^\p{Lu}/u.test(tokens[k].text)) break;
      }
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}
