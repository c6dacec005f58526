// The trigger regex of dateTriggers.ts is one alternation of some 150 words, tried at every
// position of the text: about 8 ms per 400 KB of news, a tenth of the date finder. The
// regex engine tries the alternatives one after another; written as one group per first
// letter ("j(?:anuary|an|une|…)|m(?:arch|ay|…)"), only the group of the letter at hand is
// tried, which scans about a third faster. The two are the same regex: two alternatives
// that start with different letters never match at the same place, so only the order of
// those with the same first letter matters, and it is kept.

const LITERAL = /[\p{L}\p{N} '’-]/u;

/** Every string a pattern made of letters, digits, spaces, hyphens, `[...]`, `(?:...|...)` and `?` can match, in the order the regex engine tries them. */
export function expansions(source: string): string[] {
  let i = 0;
  const alternation = (): string[] => {
    const out: string[] = [];
    for (;;) {
      out.push(...sequence());
      if (source[i] !== '|') return out;
      i++;
    }
  };
  const sequence = (): string[] => {
    let acc = [''];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      let options: string[];
      if (source.startsWith('(?:', i)) {
        i += 3;
        options = alternation();
        if (source[i++] !== ')') throw new Error(`unclosed group in ${source}`);
      } else if (source[i] === '[') {
        const end = source.indexOf(']', i);
        options = classMembers(source.slice(i + 1, end));
        i = end + 1;
      } else if (LITERAL.test(source[i])) options = [source[i++]];
      else throw new Error(`unsupported "${source[i]}" in ${source}`);
      // Greedy: with the optional part first, as the engine tries it.
      if (source[i] === '?') {
        i++;
        options = [...options, ''];
      }
      acc = acc.flatMap((a) => options.map((o) => a + o));
    }
    return acc;
  };
  const out = alternation();
  if (i !== source.length) throw new Error(`unbalanced ")" in ${source}`);
  return out;
}

function classMembers(body: string): string[] {
  const out: string[] = [];
  for (let k = 0; k < body.length; k++) {
    if (body[k + 1] === '-' && k + 2 < body.length) {
      for (let c = body.charCodeAt(k); c <= body.charCodeAt(k + 2); c++) out.push(String.fromCharCode(c));
      k += 2;
    } else out.push(body[k]);
  }
  return out;
}

/**
 * The alternation of `words` (patterns as `expansions` reads them) as a regex source with
 * one group per first character (case folded: the regex is case-insensitive), the words of
 * each group in their order.
 */
export function alternationByFirstLetter(words: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const word of words.flatMap(expansions)) {
    const first = word[0].toLowerCase();
    let rest = groups.get(first);
    if (!rest) groups.set(first, (rest = []));
    rest.push(escape(word.slice(1)));
  }
  return [...groups].map(([first, rest]) => `${escape(first)}(?:${rest.join('|')})`).join('|');
}

const SPECIAL = new Set('.*+?^${}()|[]\\-/');

/**
 * A literal for a regex source. A loop, not `replace` with a regex: a regex literal run
 * through `replace` is compiled anew on each call, and this runs once per word at start-up.
 */
function escape(s: string): string {
  let out = '';
  for (const c of s) out += SPECIAL.has(c) ? `\\${c}` : c;
  return out;
}
