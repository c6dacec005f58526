import type { AnalyzedText } from '../text/analyzedText';
import type { NameMention } from './nameMention';
import { PERSON_TITLES } from './nameLexicon';

// One article, one reading of a name: once the text has called someone "Gennifer Flowers",
// a later "Flowers" is that person, whatever the tagger made of it on its own (an
// organization, or nothing in "said Flowers."). News writes the full name first and the
// surname after, so the surname of every multi-word person mention is propagated to the
// capitalized occurrences of the same word elsewhere in the article.

export function propagateSurnames(doc: AnalyzedText, mentions: NameMention[], withoutPossessive: (w: string) => string): NameMention[] {
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PER') continue;
    const words = m.text.split(/\s+/);
    const last = words[words.length - 1];
    if (words.length >= 2 && last.length >= 3 && !PERSON_TITLES.has(last.toLowerCase())) surnames.add(last.toLowerCase());
  }
  if (surnames.size === 0) return mentions;
  const out: NameMention[] = [];
  for (const m of mentions) {
    if (m.type !== 'PER' && !m.text.includes(' ') && surnames.has(m.text.toLowerCase())) out.push({ ...m, type: 'PER' });
    else out.push(m);
  }
  const { tokens, text } = doc;
  let j = 0;
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  for (const t of tokens) {
    if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.text)) continue;
    const word = withoutPossessive(t.text);
    if (!surnames.has(word.toLowerCase())) continue;
    while (j < sorted.length && sorted[j].end <= t.start) j++;
    if (j < sorted.length && sorted[j].start <= t.start) continue; // inside a mention already
    out.push({ start: t.start, end: t.start + word.length, text: text.slice(t.start, t.start + word.length), type: 'PER' });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}
