import type { AnalyzedText } from '../text/analyzedText';
import type { NameMention } from './nameMention';
import { PERSON_TITLES } from './nameLexicon';

// One article, one reading of a name: once the text has called someone "Gennifer Flowers",
// a later "Flowers" is that person, whatever the tagger made of it on its own (an
// organization, or nothing in "said Flowers."). News writes the full name first and the
// surname after, so the surname of every multi-word person mention is propagated to the
// capitalized occurrences of the same word elsewhere in the article; so is a surname
// after a person's title ("Mr. Trump"), for articles that never give the full name.

export function propagateSurnames(doc: AnalyzedText, mentions: NameMention[], withoutPossessive: (w: string) => string): NameMention[] {
  // Each surname as the tokens can spell it ("Flowers", "FLOWERS", "Flowers's"), so the
  // scan below is one Set lookup per token.
  const surnames = new Set<string>();
  const forms = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PER') continue;
    const words = m.text.split(/\s+/);
    const last = words[words.length - 1];
    // "Mr. Trump" names a person as surely as a full name does.
    if ((words.length < 2 && !m.title) || last.length < 3 || PERSON_TITLES.has(last.toLowerCase()) || !/^\p{Lu}/u.test(last)) continue;
    surnames.add(last.toLowerCase());
    for (const form of [last, last.toUpperCase()]) for (const ending of ['', "'s", '’s', "'", '’']) forms.add(form + ending);
  }
  if (surnames.size === 0) return mentions;
  const out: NameMention[] = [];
  for (const m of mentions) {
    if (m.type !== 'PER' && !m.text.includes(' ') && surnames.has(m.text.toLowerCase())) out.push({ ...m, type: 'PER' });
    else out.push(m);
  }
  const { tokens, text } = doc;
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let j = 0;
  for (const t of tokens) {
    if (!forms.has(t.text)) continue;
    while (j < sorted.length && sorted[j].end <= t.start) j++;
    if (j < sorted.length && sorted[j].start <= t.start) continue; // inside a mention already
    const word = withoutPossessive(t.text);
    out.push({ start: t.start, end: t.start + word.length, text: text.slice(t.start, t.start + word.length), type: 'PER' });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}
