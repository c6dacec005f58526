import type { Check, CheckFinding, CheckInput } from './checkTypes';
import { quoteWithoutSpeaker } from './quoteWithoutSpeaker';
import { speakerWithoutReferent } from './speakerWithoutReferent';
import { damagedQuotationMarks } from './damagedQuotationMarks';
import { nameSpelling } from './nameSpelling';
import { relativeDateWithoutArticleDate } from './relativeDateWithoutArticleDate';
import { webBoilerplate } from './webBoilerplate';
import { unnamedSource } from './unnamedSource';
import { weekdayMismatch } from './weekdayMismatch';
import { invisibleCharacters } from './invisibleCharacters';
import { misencodedText } from './misencodedText';
import { apDayNames } from './apDayNames';

/** Every check, in the order their settings are listed. */
export const CHECKS: readonly Check[] = [
  quoteWithoutSpeaker,
  speakerWithoutReferent,
  unnamedSource,
  damagedQuotationMarks,
  nameSpelling,
  relativeDateWithoutArticleDate,
  weekdayMismatch,
  webBoilerplate,
  invisibleCharacters,
  misencodedText,
  apDayNames,
];

/** Enough to act on, few enough never to flood a Problems panel. */
export const DEFAULT_MAX_FINDINGS = 100;

export interface CheckOptions {
  /** Ids of checks not to run (an opt-in check runs only where `optedIn` names it). */
  disabled?: ReadonlySet<string>;
  /** Ids of opt-in checks to run. */
  optedIn?: ReadonlySet<string>;
  /** At most this many findings, the first in text order. */
  maxFindings?: number;
}

export interface CheckResult {
  /** In text order, at most `maxFindings`. */
  findings: CheckFinding[];
  /** How many there were before the cap. */
  total: number;
}

/**
 * Runs the enabled checks on annotations already computed (nothing is re-extracted, so
 * this is cheap enough for every keystroke's result).
 */
export function runChecks(input: CheckInput, options: CheckOptions = {}): CheckResult {
  const max = options.maxFindings ?? DEFAULT_MAX_FINDINGS;
  const all: CheckFinding[] = [];
  for (const check of CHECKS) {
    if (options.disabled?.has(check.id) || (check.optIn && !options.optedIn?.has(check.id))) continue;
    all.push(...check.run(input));
  }
  all.sort((a, b) => a.start - b.start || a.end - b.end || a.checkId.localeCompare(b.checkId));
  return { findings: all.slice(0, Math.max(0, max)), total: all.length };
}

export function checkById(id: string): Check | undefined {
  return CHECKS.find((c) => c.id === id);
}
