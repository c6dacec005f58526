import type { NameMention } from './nameMention';

// The article-wide passes of firmEvidence.ts each read every mention of the text, one after
// another, on every keystroke, and retype a few of them. What they ask of all the others is
// the type, whether the name is one word or has a title, its span and its text: read from the
// mentions once, into arrays, so that a pass looks at a mention's object only where those make
// it a candidate (a loop reading a field of each of 1,600 objects scattered over the heap cost
// more than all the checks it made).

/** The type codes kept: a mention of another type (MISC) is none of the passes' business. */
export const PER = 1;
export const LOC = 2;
export const ORG = 3;

/**
 * The mentions as the passes leave them: one pass's output is the next one's input, and a
 * mention retyped is a new object with no title, as each pass made it. `types()` gives the
 * types as they stand, for a pass that must read its input's while it retypes (they are
 * copied at the next retype, not before: most keystrokes retype nothing).
 */
export class MentionRetypes {
  /** The indices of the mentions of one word ("Leeds") read as a person, a place or an organization, in text order. */
  readonly oneWord: number[] = [];
  /** The indices of those of several words ("Aston Villa"), in text order. */
  readonly longer: number[] = [];
  /** Each mention's span and text (the same before and after a retype). */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly texts: string[];
  private codes: Uint8Array;
  /** 1 where the mention has a title (title !== undefined); a retype drops it. */
  private readonly titles: Uint8Array;
  /** codes is a pass's view of its input: copied before the next retype. */
  private shared = false;
  private readonly single: Uint8Array;
  private out: NameMention[] | null = null;

  constructor(private readonly input: NameMention[]) {
    const n = input.length;
    this.codes = new Uint8Array(n);
    this.single = new Uint8Array(n);
    this.titles = new Uint8Array(n);
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    this.texts = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const m = input[i];
      const code = m.type === 'PER' ? PER : m.type === 'LOC' ? LOC : m.type === 'ORG' ? ORG : 0;
      this.codes[i] = code;
      this.starts[i] = m.start;
      this.ends[i] = m.end;
      this.texts[i] = m.text;
      if (code === 0) continue;
      if (m.title !== undefined) this.titles[i] = 1;
      if (m.text.includes(' ')) this.longer.push(i);
      else {
        this.single[i] = 1;
        this.oneWord.push(i);
      }
    }
  }

  /** The mentions, with the retypes so far. */
  get mentions(): NameMention[] {
    return this.out ?? this.input;
  }

  /** Mention i as it stands. */
  at(i: number): NameMention {
    return (this.out ?? this.input)[i];
  }

  /** Mention i's type code as it stands (0: MISC). */
  type(i: number): number {
    return this.codes[i];
  }

  /** Mention i has a title (a retype drops it). */
  hasTitle(i: number): boolean {
    return this.titles[i] === 1;
  }

  /** Mention i is one word read as a person, a place or an organization. */
  isOneWord(i: number): boolean {
    return this.single[i] === 1;
  }

  /** The type codes as they stand now, left so by later retypes. */
  types(): Uint8Array {
    this.shared = true;
    return this.codes;
  }

  /** Mention i retyped: the same span and text, no title nor anything else. */
  retype(i: number, type: 'ORG' | 'LOC'): void {
    if (this.shared) {
      this.codes = this.codes.slice();
      this.shared = false;
    }
    this.codes[i] = type === 'ORG' ? ORG : LOC;
    this.titles[i] = 0;
    (this.out ??= this.input.slice())[i] = { start: this.starts[i], end: this.ends[i], text: this.texts[i], type };
  }
}
