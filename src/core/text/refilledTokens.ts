import type { Token } from './tokenizer';

/**
 * The incremental analysis fills one token array again at every call instead of making a
 * new one (analyzedText.ts): an array of a long text's tokens (past 16,000 of them, 128 KB
 * of pointers) is a large object to V8, given pages of its own and handed back at the next
 * scavenge, which cost more on every keystroke than moving the tokens did. A cache keyed by
 * a token array's identity must forget what it holds for an array filled again: it says so
 * here.
 */
const forgetters: ((tokens: readonly Token[]) => void)[] = [];

export function onRefill(forget: (tokens: readonly Token[]) => void): void {
  forgetters.push(forget);
}

export function refilled(tokens: readonly Token[]): void {
  for (const forget of forgetters) forget(tokens);
}
