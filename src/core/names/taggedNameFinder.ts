import type { AnalyzedText } from '../text/analyzedText';
import type { Token } from '../text/tokenizer';
import type { NameMention } from './nameMention';
import { spansOfLabels } from './nerLabels';
import { PERSON_TITLES } from './nameLexicon';
import type { PerceptronTagger } from './perceptronTagger';
import { defaultTagger } from './defaultTagger';

// People, organizations, places and other names (MISC) from the trained tagger. Mentions
// exclude a possessive 's and, for people, any title; the title words right before a
// person's name are kept on the mention for the speaker resolver ("President Xi").

export function findNamesWithTagger(doc: AnalyzedText, tagger: PerceptronTagger = defaultTagger()): NameMention[] {
  const labels = tagger.tag(doc);
  const { tokens, text } = doc;
  const out: NameMention[] = [];
  for (const s of doc.sentences) {
    for (const span of spansOfLabels(labels.subarray(s.tokenStart, s.tokenEnd))) {
      let a = s.tokenStart + span.start;
      const b = s.tokenStart + span.end;
      if (span.type === 'PER') while (b - a > 1 && isTitle(tokens[a])) a++;
      const start = tokens[a].start;
      const end = tokens[b - 1].start + withoutPossessive(tokens[b - 1].text).length;
      const mention: NameMention = { start, end, text: text.slice(start, end), type: span.type };
      if (span.type === 'PER') {
        const title = titleBefore(tokens, a, s.tokenStart, text);
        if (title) mention.title = title;
      } else if (span.type === 'LOC') {
        const qualifier = placeQualifier(tokens, a, b, s.tokenStart, s.tokenEnd);
        if (qualifier) mention.placeQualifier = qualifier;
      }
      out.push(mention);
    }
  }
  return out;
}

export function withoutPossessive(word: string): string {
  if (word.length > 2 && /['’]s$/iu.test(word)) return word.slice(0, -2);
  if (word.length > 2 && /s['’]$/u.test(word)) return word.slice(0, -1);
  return word;
}

function isTitle(t: Token): boolean {
  const lower = t.text.toLowerCase();
  return PERSON_TITLES.has(lower) || PERSON_TITLES.has(lower.replace(/\.$/, ''));
}

/** "Secretary of State" in "Secretary of State Antony Blinken": title words and inner "of". */
function titleBefore(tokens: Token[], first: number, sentenceStart: number, text: string): string | undefined {
  let k = first;
  while (k > sentenceStart) {
    const t = tokens[k - 1];
    if (t.kind === 'word' && isTitle(t)) k--;
    else if (t.text === '.' && k - 1 > sentenceStart && isTitle(tokens[k - 2]) && tokens[k - 2].end === t.start) k -= 2;
    else if (t.text === 'of' && k - 1 > sentenceStart && k < first && isTitle(tokens[k - 2])) k--;
    else break;
  }
  if (k === first) return undefined;
  return text.slice(tokens[k].start, tokens[first - 1].end);
}

/** "Washington state", "the state of Washington", "New York city": the kind the text names. */
function placeQualifier(tokens: Token[], first: number, end: number, sentenceStart: number, sentenceEnd: number): 'state' | 'city' | undefined {
  const after = end < sentenceEnd ? tokens[end].text.toLowerCase() : '';
  if (after === 'state') return 'state';
  if (end < sentenceEnd && tokens[end].text === 'city') return 'city';
  if (first - 2 >= sentenceStart && tokens[first - 1].text === 'of' && tokens[first - 2].text.toLowerCase() === 'state') return 'state';
  return undefined;
}
