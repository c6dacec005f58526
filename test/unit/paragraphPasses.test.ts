import * as assert from 'node:assert/strict';
import { analyzeText, type AnalyzedText } from '../../src/core/text/analyzedText';
import { findNamesWithTagger } from '../../src/core/names/taggedNameFinder';
import { defaultTagger } from '../../src/core/names/defaultTagger';
import { editorAnalyzer } from './helpers/editorAnalyzer';
import type { NameMention } from '../../src/core/names/nameMention';
import { isMovedCopy, MENTION_FIELDS, runByParagraph, type ParagraphPass } from '../../src/core/names/paragraphPasses';

// The name finder's last passes run paragraph by paragraph in an editor session, and a
// paragraph whose text, surroundings and mentions are unchanged takes the last run's answer
// (src/core/names/paragraphPasses.ts). Every run must give what the passes give over the
// whole list. Fixture sentences written for these tests.


/** A pass marking a person whose paragraph's text has "kin" in the 10 characters before the paragraph; counts the mentions it reads. */
function countingPass(): ParagraphPass & { read: number } {
  const pass = {
    read: 0,
    before: 10,
    after: 0,
    memo: new WeakMap(),
    run(text: string, mentions: NameMention[]): NameMention[] {
      pass.read += mentions.length;
      let out: NameMention[] | undefined;
      for (let i = 0; i < mentions.length; i++) {
        const m = mentions[i];
        if (m.type !== 'PER' || !text.slice(Math.max(0, m.start - 10), m.start).includes('kin')) continue;
        out ??= mentions.slice();
        out[i] = { ...m, kin: true };
      }
      return out ?? mentions;
    },
  };
  return pass;
}

/** Person mentions of every capitalized word of the text, as fresh objects. */
function mentionsOf(doc: AnalyzedText): NameMention[] {
  return doc.tokens.filter((t) => /^\p{Lu}/u.test(t.text)).map((t) => ({ start: t.start, end: t.end, text: t.text, type: 'PER' }));
}

/**
 * Runs a counting pass by paragraph over each version of an editor session, asserting it gives what the pass gives over the whole
 * list; returns how many paragraphs each version read again.
 */
function readsPerVersion(texts: readonly string[]): number[] {
  const analyzed = editorAnalyzer();
  const pass = countingPass();
  return texts.map((text) => {
    const doc = analyzed.next(text);
    const mentions = mentionsOf(doc);
    const whole = countingPass().run(text, mentions);
    pass.read = 0;
    assert.deepStrictEqual(runByParagraph(doc, mentions, pass), whole, text);
    return pass.read;
  });
}

suite('paragraph passes', () => {
  test('a pass run by paragraph gives what it gives over the whole list, and reads again only the paragraphs that changed', () => {
    const texts = [
      'Alice met Bob.\nkin Carol came.\nDave left.',
      'xAlice met Bob.\nkin Carol came.\nDave left.',
      'xAlice met Bob.\nnot Carol came.\nDave left.',
      'xAlice met Bobkin\nnot Carol came.\nDave left.',
      'xAlice met Bobkin\n\n\n\n\n\n\n\nnot Carol came.\nDave left.',
      'xAlice met Bobkin\n\nnot Carol came.\nDave left.',
    ];
    const reads = readsPerVersion(texts);
    // All three paragraphs; the first only (the others moved); the second; the first and the second, which reads the first's end
    // ("xAlice" is no capitalized word); the second, after blank lines put before it and taken away.
    assert.deepEqual(reads, [4, 1, 1, 2, 1, 1]);
  });

  test('a paragraph keeps its answer where an edit adds or takes paragraphs before it, and one repeated takes its own answer', () => {
    const texts = [
      'Alice met Bob.\nkin Carol came.\nDave left.',
      'Eve sat.\nAlice met Bob.\nkin Carol came.\nDave left.',
      'Eve sat.\nAlice met Bob.\nkin Carol came.\nDave left.\nkin Carol came.',
      'Alice met Bob.\nkin Carol came.\nDave left.\nkin Carol came.',
      'Alice met Bob.\nkin Carol came.\nDave left.\nkin Carol came.\nkin Carol came.',
      'Alice met Bob.\nkin Carol came.\nDave left.\nkin Carol came.',
    ];
    const reads = readsPerVersion(texts);
    // All; the new first paragraph and the one after it (whose text before is new); the new last one (its text before differs from that
    // of the same paragraph above); none (the first paragraph gone, the others moved up); the new last one (after itself); none.
    assert.deepEqual(reads, [4, 3, 1, 0, 1, 0]);
  });

  test('a moved copy differs from the kept mention in no field', () => {
    const full: Required<NameMention> = {
      start: 10, end: 15, text: 'Ralph', type: 'PER', title: 'Mr', placeQualifier: 'city', name: 'n', body: { country: 'GB', fields: [], head: 'bank' },
      kin: true, generation: 'younger', pronoun: 'male', staff: 'body',
    };
    assert.ok(isMovedCopy(full, { ...full, start: 12, end: 17 }, 2));
    for (const field of Object.keys(MENTION_FIELDS)) {
      if (field === 'start' || field === 'end') continue;
      assert.ok(!isMovedCopy(full, { ...full, start: 12, end: 17, [field]: undefined }, 2), field);
    }
  });

  test('the marks of kin, pronouns and staff follow edits in and around their paragraphs as a fresh run reads them', () => {
    const paragraphs = [
      'Dame Karen Hollis won gold at the regatta with her son',
      'Tom Hollis, who rows for Leander, said he was proud.',
      'Hollis said she would row again. Chelsea\'s manager watched.',
      'The younger Hollis trains in Henley.',
    ];
    const texts = [
      paragraphs.join('\n'),
      'x' + paragraphs.join('\n'),
      'x' + [paragraphs[0].replace('her son', 'her coach'), ...paragraphs.slice(1)].join('\n'),
      'x' + paragraphs.join('\n'),
      paragraphs.join('\n\n'),
      [...paragraphs.slice(0, 2), paragraphs[2].replace('she would', 'he would'), paragraphs[3]].join('\n\n'),
      paragraphs.join('\n\n'),
    ];
    const analyzed = editorAnalyzer();
    const marked: string[] = [];
    for (const text of texts) {
      const kept = findNamesWithTagger(analyzed.next(text), defaultTagger(), analyzed.memos.tagger);
      assert.deepStrictEqual(kept, findNamesWithTagger(analyzeText(text), defaultTagger()), text);
      marked.push(kept.filter((m) => m.kin || m.pronoun || m.generation || m.staff).map((m) => `${m.text}:${m.kin ?? ''}${m.pronoun ?? ''}${m.generation ?? ''}${m.staff ?? ''}`).join(' '));
    }
    // The edits change the marks: the teeth of the comparison.
    assert.notEqual(marked[1], marked[2]);
    assert.notEqual(marked[4], marked[5]);
  });
});
