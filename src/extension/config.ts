import * as vscode from './vscodeApi';
import { CHECKS, DEFAULT_MAX_FINDINGS } from '../core/checks/checkRegistry';
import type { ProblemSeverity } from '../core/types';

export const SECTION = 'newsAnnotator';

export type HighlightKind = 'speakers' | 'quotes' | 'people' | 'places' | 'dates';
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['speakers', 'quotes', 'people', 'places', 'dates'];

/** Mirrors `contributes.configuration`; read in one place, with defaults for anything missing. */
export interface Config {
  languages: string[];
  highlights: { enabled: boolean } & Record<HighlightKind, boolean>;
  debounceMs: number;
  maxFileSizeKB: number;
  /** A document whose annotation takes longer is stopped (the worker is restarted). */
  maxAnnotationSeconds: number;
  /** Fallback article date (YYYY-MM-DD) or null. */
  articleDate: string | null;
  checks: CheckConfig;
  corrections: CorrectionConfig;
}

export interface CheckConfig {
  enabled: boolean;
  /** Ids of the checks switched off one by one (`newsAnnotator.checks.<setting>: false`). */
  disabled: Set<string>;
  /** Ids of the opt-in checks switched on (`newsAnnotator.checks.<setting>: true`). */
  optedIn: Set<string>;
  severity: ProblemSeverity;
  maxProblems: number;
}

export interface CorrectionConfig {
  /** Sidecars beside each article, or mirrored under a folder of the workspace. */
  location: 'besideArticle' | 'workspaceFolder';
  folder: string;
}

const SEVERITIES: readonly ProblemSeverity[] = ['error', 'warning', 'information', 'hint'];

export function readConfig(scope?: vscode.ConfigurationScope): Config {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const bool = (key: string, fallback: boolean): boolean => {
    const v = c.get<unknown>(key);
    return typeof v === 'boolean' ? v : fallback;
  };
  const num = (key: string, fallback: number, min: number): number => {
    const v = c.get<unknown>(key);
    return typeof v === 'number' && Number.isFinite(v) && v >= min ? v : fallback;
  };
  const languages = c.get<unknown>('languages');
  const severity = c.get<unknown>('checks.severity');
  const location = c.get<unknown>('corrections.location');
  const folder = c.get<unknown>('corrections.folder');
  const articleDate = c.get<unknown>('articleDate');
  return {
    languages: Array.isArray(languages) ? languages.filter((l): l is string => typeof l === 'string') : ['plaintext', 'markdown', 'news'],
    highlights: {
      enabled: bool('highlights.enabled', true),
      speakers: bool('highlights.speakers', true),
      quotes: bool('highlights.quotes', true),
      people: bool('highlights.people', true),
      places: bool('highlights.places', true),
      dates: bool('highlights.dates', true),
    },
    debounceMs: num('debounceMs', 250, 0),
    maxFileSizeKB: num('maxFileSizeKB', 2048, 1),
    maxAnnotationSeconds: num('maxAnnotationSeconds', 20, 1),
    articleDate: typeof articleDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(articleDate) ? articleDate : null,
    checks: {
      enabled: bool('checks.enabled', true),
      disabled: new Set(CHECKS.filter((check) => !bool(`checks.${check.setting}`, !check.optIn)).map((check) => check.id)),
      optedIn: new Set(CHECKS.filter((check) => check.optIn && bool(`checks.${check.setting}`, false)).map((check) => check.id)),
      severity: SEVERITIES.includes(severity as ProblemSeverity) ? (severity as ProblemSeverity) : 'information',
      maxProblems: Math.floor(num('checks.maxProblems', DEFAULT_MAX_FINDINGS, 1)),
    },
    corrections: {
      location: location === 'workspaceFolder' ? 'workspaceFolder' : 'besideArticle',
      folder: typeof folder === 'string' && folder.trim() ? folder.trim() : '.news-annotator',
    },
  };
}

/** Which parts of the configuration changed, so that only those are rebuilt. */
export function changedParts(e: vscode.ConfigurationChangeEvent): { highlights: boolean; annotation: boolean; checks: boolean; corrections: boolean } {
  return {
    highlights: e.affectsConfiguration(`${SECTION}.highlights`),
    checks: e.affectsConfiguration(`${SECTION}.checks`),
    corrections: e.affectsConfiguration(`${SECTION}.corrections`),
    annotation:
      e.affectsConfiguration(`${SECTION}.languages`) ||
      e.affectsConfiguration(`${SECTION}.maxFileSizeKB`) ||
      e.affectsConfiguration(`${SECTION}.articleDate`) ||
      e.affectsConfiguration(`${SECTION}.debounceMs`),
  };
}
