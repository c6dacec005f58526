import type { Annotations } from '../types';

// What a check reports, as plain data: offsets into the text and edits the adapters
// apply as they are (VS Code quick fixes) or print (the command line).

/** Replace `[start, end)` with `newText`; offsets into the text the check ran on. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** Something the user can do in the editor that a plain text edit cannot express. */
export type CheckAction =
  | { kind: 'set-article-date' }
  /** Choose the speaker of the quote that starts at `quoteStart`. */
  | { kind: 'attribute-quote'; quoteStart: number };

export type CheckFix =
  | { title: string; edits: TextEdit[]; preferred?: boolean }
  | { title: string; action: CheckAction; preferred?: boolean };

export interface CheckFinding {
  /** The id of the check that found it, stable across versions (shown as `[check-id]`). */
  checkId: string;
  start: number;
  end: number;
  message: string;
  fixes: CheckFix[];
}

export interface CheckInput {
  /** The text the annotations were computed from. */
  text: string;
  annotations: Annotations;
}

export interface Check {
  /** Stable, kebab-case: shown in diagnostics and by the command line. */
  id: string;
  /** The setting `newsAnnotator.checks.<setting>` that switches it on and off. */
  setting: string;
  /** One line for the settings page and the command line's help. */
  description: string;
  /** Off unless switched on: a house rule not every newsroom keeps (AP style). */
  optIn?: true;
  run(input: CheckInput): CheckFinding[];
}

export function isEditFix(fix: CheckFix): fix is Extract<CheckFix, { edits: TextEdit[] }> {
  return 'edits' in fix;
}
