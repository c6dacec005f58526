/// <reference lib="dom" />
// Code that runs inside the workbench page (through page.evaluate). It must not use any
// module-level helper: only its arguments and the DOM.

export interface KindStyle {
  kind: string;
  /** CSS custom property of the theme colour, e.g. --vscode-newsAnnotator-speakerForeground. */
  variable: string;
  /** The CSS property a decoration of this kind sets to that colour. */
  property: 'color' | 'background-color' | 'border-color';
}

export interface DecoratedText {
  kind: string;
  /** The `ced-…` class that draws it. */
  className: string;
  /** The characters under the decoration as rendered (overlay ones measured by position). */
  text: string;
  rendering: 'text' | 'overlay';
  /** Index of the visual line (wrapped lines count separately), and whether the piece touches its ends. */
  line: number;
  atLineStart: boolean;
  atLineEnd: boolean;
}

/**
 * Finds which `ced-…` class draws each kind (by the theme colour its CSS rule sets) and
 * returns the text under every decoration of the visible editor, in reading order.
 */
export function collectDecorations(kinds: KindStyle[]): DecoratedText[] {
  const probe = document.createElement('div');
  document.body.appendChild(probe);
  const workbench = document.querySelector('.monaco-workbench') as HTMLElement;
  const rgbOf = (value: string): string => {
    probe.style.color = '';
    probe.style.color = value;
    return getComputedStyle(probe).color;
  };
  const classKind = new Map<string, string>();
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSStyleRule)) continue;
      const match = /\.(ced-[\w-]+)/.exec(rule.selectorText);
      if (!match) continue;
      for (const k of kinds) {
        const themeValue = getComputedStyle(workbench).getPropertyValue(k.variable).trim();
        const ruleValue = rule.style.getPropertyValue(k.property === 'border-color' ? 'border-bottom-color' : k.property) || rule.style.getPropertyValue(k.property);
        if (themeValue && ruleValue && rgbOf(ruleValue) === rgbOf(themeValue)) classKind.set(match[1], k.kind);
      }
    }
  }
  probe.remove();

  const editor = document.querySelector('.editor-instance .monaco-editor') as HTMLElement;
  const lines = (Array.from(editor.querySelectorAll('.view-lines .view-line')) as HTMLElement[]).sort(
    (a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top,
  );
  const found: (DecoratedText & { left: number })[] = [];
  for (const [className, kind] of classKind) {
    for (const el of Array.from(editor.querySelectorAll(`.${className}`)) as HTMLElement[]) {
      const box = el.getBoundingClientRect();
      const inText = el.closest('.view-line') as HTMLElement | null;
      const line = inText ?? lines.find((l) => Math.abs(l.getBoundingClientRect().top - box.top) < 2);
      if (!line) continue;
      // The line's characters with their positions; a piece is the run under the element.
      const chars: { ch: string; middle: number; inside: boolean }[] = [];
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const content = node.textContent ?? '';
        for (let i = 0; i < content.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const r = range.getBoundingClientRect();
          const middle = r.left + r.width / 2;
          const inside = inText ? el.contains(node) : middle > box.left && middle < box.right;
          chars.push({ ch: content[i], middle, inside });
        }
      }
      const first = chars.findIndex((c) => c.inside);
      if (first === -1) continue;
      let last = first;
      while (last + 1 < chars.length && chars[last + 1].inside) last++;
      const rest = chars.slice(last + 1).map((c) => c.ch).join('');
      found.push({
        kind,
        className,
        text: chars.slice(first, last + 1).map((c) => c.ch).join('').replace(/\u00a0/g, ' '),
        rendering: inText ? 'text' : 'overlay',
        line: lines.indexOf(line),
        atLineStart: first === 0,
        atLineEnd: rest.replace(/\u00a0/g, ' ').trim() === '',
        left: box.left,
      });
    }
  }
  found.sort((a, b) => a.line - b.line || a.left - b.left);
  return found.map(({ left: _left, ...piece }) => piece);
}
