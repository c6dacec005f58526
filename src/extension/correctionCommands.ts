import { randomBytes } from 'node:crypto';
import * as vscode from './vscodeApi';
import type { Annotations, Organization, Person, Place, Quote, Span } from '../core/types';
import type { Correction, MarkKind, RemovableKind } from '../core/corrections/correctionTypes';
import { anchorFor } from '../core/corrections/textAnchor';
import { describeCorrection } from '../core/corrections/describeCorrection';
import type { GazetteerEntry } from '../core/places/gazetteer';
import { CHECKS } from '../core/checks/checkRegistry';
import { SECTION } from './config';
import type { AnnotationService } from './annotationService';
import type { CorrectionStore } from './correctionStore';

// The correction commands (palette and editor context menu). Each one records a
// correction in the store, which re-annotates the article. Every choice a picker offers
// can also be given as an argument, for keybindings and tests.

const MARK_COMMANDS: ReadonlyArray<[string, MarkKind]> = [
  ['newsAnnotator.markSpeaker', 'speaker'], ['newsAnnotator.markPerson', 'person'], ['newsAnnotator.markPlace', 'place'],
  ['newsAnnotator.markOrganization', 'organization'], ['newsAnnotator.markDate', 'date'], ['newsAnnotator.markQuote', 'quote'],
];
/** How far (in characters, within one paragraph) a quote may be from a name marked as its speaker. */
const SPEAKER_REACH = 400;

const newId = (): string => randomBytes(6).toString('hex');
const oneLine = (s: string, max = 70): string => {
  const t = s.replace(/\s+/gu, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

interface Article {
  editor: vscode.TextEditor | undefined;
  doc: vscode.TextDocument;
  annotations: Annotations;
}

export function registerCorrectionCommands(service: AnnotationService, store: CorrectionStore): vscode.Disposable {
  const article = async (uri?: unknown): Promise<Article | undefined> => {
    let editor = vscode.window.activeTextEditor;
    let doc = editor?.document;
    if (uri instanceof vscode.Uri && uri.toString() !== doc?.uri.toString()) {
      editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
      doc = editor?.document ?? (await vscode.workspace.openTextDocument(uri));
    }
    if (!doc) {
      void vscode.window.showWarningMessage('News Annotator: open an article first.');
      return undefined;
    }
    const annotations = service.get(doc) ?? (await service.annotateNow(doc, true));
    return annotations ? { editor, doc, annotations } : undefined;
  };
  const record = async (doc: vscode.TextDocument, correction: Correction): Promise<void> => {
    await store.add(doc.uri, correction);
    void vscode.window.setStatusBarMessage(`News Annotator: ${describeCorrection(correction)}`, 4000);
  };

  return vscode.Disposable.from(
    ...MARK_COMMANDS.map(([command, as]) =>
      vscode.commands.registerCommand(command, async (uri?: unknown, start?: unknown, end?: unknown) => {
        const a = await article(uri);
        if (!a) return;
        const span = typeof start === 'number' && typeof end === 'number' ? trimmed(a.doc.getText(), start, end) : selectedSpan(a);
        if (!span) {
          void vscode.window.showWarningMessage(`News Annotator: select the words to mark as ${as} first.`);
          return;
        }
        const text = a.doc.getText();
        const correction: Correction = { id: newId(), type: 'mark', as, target: anchorFor(text, span.start, span.end) };
        if (as === 'speaker') {
          const quote = quoteNear(text, a.annotations.quotes, span);
          if (!quote) {
            void vscode.window.showWarningMessage(`News Annotator: no quote near "${span.text}" in its paragraph; mark the quote first (Mark Selection as Quote), or use Attribute Quote to….`);
            return;
          }
          correction.quote = anchorFor(text, quote.start, quote.end);
        }
        await record(a.doc, correction);
      }),
    ),

    vscode.commands.registerCommand('newsAnnotator.removeAnnotation', async (uri?: unknown, offset?: unknown, kind?: unknown) => {
      const a = await article(uri);
      if (!a) return;
      const at = typeof offset === 'number' ? { start: offset, end: offset } : selectionOffsets(a);
      let candidates = annotationsAt(a.annotations, at);
      if (typeof kind === 'string') candidates = candidates.filter((c) => c.kind === kind);
      if (!candidates.length) {
        void vscode.window.showInformationMessage('News Annotator: nothing is annotated at the cursor.');
        return;
      }
      const chosen = candidates.length === 1 ? candidates[0] : (await vscode.window.showQuickPick(
        candidates.map((c) => ({ label: c.label, description: c.kind, candidate: c })),
        { title: 'Remove which annotation?' },
      ))?.candidate;
      if (!chosen) return;
      // Undoing one's own mark is removing that correction, not piling a second one on it.
      const own = store.corrections(a.doc.uri).find((c) => c.type === 'mark' && store.outcomes(a.doc.uri).some((o) => o.id === c.id && o.start === chosen.span.start && o.end === chosen.span.end && o.status !== 'gone'));
      if (own) {
        await store.remove(a.doc.uri, [own.id]);
        return;
      }
      await record(a.doc, { id: newId(), type: 'remove', what: chosen.kind, target: anchorFor(a.doc.getText(), chosen.span.start, chosen.span.end) });
    }),

    vscode.commands.registerCommand('newsAnnotator.attributeQuote', async (uri?: unknown, quoteStart?: unknown, speaker?: unknown) => {
      const a = await article(uri);
      if (!a) return;
      const at = typeof quoteStart === 'number' ? { start: quoteStart, end: quoteStart } : selectionOffsets(a);
      const quote = a.annotations.quotes.find((q) => q.start <= at.start && at.start < Math.max(q.end, q.start + 1)) ?? a.annotations.quotes.find((q) => q.start < at.end && at.start < q.end);
      if (!quote) {
        void vscode.window.showInformationMessage('News Annotator: put the cursor in a quote first (or mark one with Mark Selection as Quote).');
        return;
      }
      let name: string | null | undefined = typeof speaker === 'string' || speaker === null ? speaker : undefined;
      if (name === undefined) {
        const speakers: Array<Person | Organization> = [...a.annotations.people, ...a.annotations.organizations];
        const picked = await vscode.window.showQuickPick(
          [
            ...speakers.map((e) => ({
              label: e.name,
              description: `${'aliases' in e ? 'person' : 'organization'} · ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}${e.quoteCount ? ` · ${e.quoteCount} quote${e.quoteCount === 1 ? '' : 's'}` : ''}`,
              picked: e.id === quote.speakerId,
              name: e.name as string | null,
            })),
            { label: '$(circle-slash) Nobody', description: 'this quote has no speaker', picked: false, name: null },
          ],
          { title: `Who said ${oneLine(quote.text, 50)}?`, placeHolder: quote.speakerName ? `Now: ${quote.speakerName}` : 'Now: no speaker', matchOnDescription: true },
        );
        if (!picked) return;
        name = picked.name;
      }
      await record(a.doc, { id: newId(), type: 'attribute', quote: anchorFor(a.doc.getText(), quote.start, quote.end), speaker: name });
    }),

    vscode.commands.registerCommand('newsAnnotator.mergePeople', async (uri?: unknown, from?: unknown, into?: unknown) => {
      const a = await article(uri);
      if (!a) return;
      const people = a.annotations.people;
      if (people.length < 2 && (typeof from !== 'string' || typeof into !== 'string')) {
        void vscode.window.showInformationMessage('News Annotator: this article has fewer than two people.');
        return;
      }
      const pick = async (title: string, except?: string): Promise<string | undefined> =>
        (await vscode.window.showQuickPick(
          people.filter((p) => p.name !== except).map((p) => ({ label: p.name, description: [p.aliases.join(', '), `${p.mentions.length} mentions`].filter(Boolean).join(' · ') })),
          { title },
        ))?.label;
      const at = selectionOffsets(a);
      const here = people.find((p) => p.mentions.some((m) => m.start <= at.start && at.start <= m.end));
      const fromName = typeof from === 'string' ? from : here?.name ?? (await pick('Merge which person away?'));
      if (!fromName) return;
      const intoName = typeof into === 'string' ? into : await pick(`Merge ${fromName} into whom?`, fromName);
      if (!intoName || intoName === fromName) return;
      await record(a.doc, { id: newId(), type: 'merge', from: fromName, into: intoName });
    }),

    vscode.commands.registerCommand('newsAnnotator.setPlaceIdentity', async (uri?: unknown, placeName?: unknown, choice?: unknown) => {
      const a = await article(uri);
      if (!a) return;
      const at = selectionOffsets(a);
      let place: Place | undefined = typeof placeName === 'string'
        ? a.annotations.places.find((p) => p.name === placeName || p.mentions.some((m) => m.text === placeName))
        : a.annotations.places.find((p) => p.mentions.some((m) => m.start <= at.start && at.start <= m.end));
      if (!place) {
        if (!a.annotations.places.length) {
          void vscode.window.showInformationMessage('News Annotator: this article has no places; mark one with Mark Selection as Place first.');
          return;
        }
        place = (await vscode.window.showQuickPick(a.annotations.places.map((p) => ({ label: p.name, description: [p.kind, p.country].filter(Boolean).join(', '), place: p })), { title: 'Which place?' }))?.place;
        if (!place) return;
      }
      const names = [...new Set([place.name, ...place.mentions.map((m) => m.text)])];
      let entries: GazetteerEntry[] = await service.lookupPlaces(names);
      if (typeof choice !== 'number' && !entries.length) {
        const other = await vscode.window.showInputBox({ title: `"${place.name}" is not in the gazetteer`, prompt: 'Look up another name for this place', value: place.name });
        if (!other) return;
        entries = await service.lookupPlaces([other]);
      }
      if (!entries.length) {
        void vscode.window.showInformationMessage(`News Annotator: no place of that name in the gazetteer.`);
        return;
      }
      const current = place;
      const entry = typeof choice === 'number' ? entries[choice] : (await vscode.window.showQuickPick(
        entries.map((e) => ({
          label: e.name,
          description: [e.kind, e.country].filter(Boolean).join(', '),
          detail: [e.population ? `population ${e.population.toLocaleString('en-US')}` : '', e.lat !== null && e.lon !== null ? `${e.lat.toFixed(2)}, ${e.lon.toFixed(2)}` : ''].filter(Boolean).join(' · '),
          picked: e.kind === current.kind && e.country === current.country && e.lat === current.lat,
          entry: e,
        })),
        { title: `Which "${place.name}" is meant?`, matchOnDescription: true, matchOnDetail: true },
      ))?.entry;
      if (!entry) return;
      await record(a.doc, { id: newId(), type: 'place-identity', place: place.name, identity: { ...entry } });
    }),

    vscode.commands.registerCommand('newsAnnotator.removeCorrection', async (uri?: unknown, id?: unknown) => {
      const a = await article(uri);
      if (!a) return;
      const all = store.corrections(a.doc.uri);
      if (!all.length) {
        void vscode.window.showInformationMessage('News Annotator: this article has no corrections.');
        return;
      }
      const outcomes = store.outcomes(a.doc.uri);
      const ids = typeof id === 'string' ? [id] : (await vscode.window.showQuickPick(
        all.map((c) => {
          const o = outcomes.find((x) => x.id === c.id);
          return { label: describeCorrection(c), description: o ? (o.status === 'gone' ? '$(warning) text gone' : o.status) : '', id: c.id };
        }),
        { title: 'Remove which corrections?', canPickMany: true },
      ))?.map((p) => p.id);
      if (ids?.length) await store.remove(a.doc.uri, ids);
    }),

    vscode.commands.registerCommand('newsAnnotator.disableCheck', async (id?: unknown) => {
      const check = CHECKS.find((c) => c.id === id);
      if (!check) return;
      const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
      await vscode.workspace.getConfiguration(SECTION).update(`checks.${check.setting}`, false, target);
    }),
  );
}

/** The selection without surrounding white space, or the word at the cursor. */
function selectedSpan(a: Article): Span | undefined {
  if (!a.editor) return undefined;
  const text = a.doc.getText();
  const sel = a.editor.selection;
  if (!sel.isEmpty) return trimmed(text, a.doc.offsetAt(sel.start), a.doc.offsetAt(sel.end));
  const word = a.doc.getWordRangeAtPosition(sel.active, /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/u);
  return word ? trimmed(text, a.doc.offsetAt(word.start), a.doc.offsetAt(word.end)) : undefined;
}

function trimmed(text: string, start: number, end: number): Span | undefined {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && /\s/u.test(text.charAt(s))) s++;
  while (e > s && /\s/u.test(text.charAt(e - 1))) e--;
  return e > s ? { start: s, end: e, text: text.slice(s, e) } : undefined;
}

function selectionOffsets(a: Article): { start: number; end: number } {
  if (!a.editor) return { start: 0, end: 0 };
  return { start: a.doc.offsetAt(a.editor.selection.start), end: a.doc.offsetAt(a.editor.selection.end) };
}

/** The quote a name was marked as the speaker of: nearest in its paragraph, one with no speaker yet first. */
function quoteNear(text: string, quotes: readonly Quote[], span: Span): Quote | undefined {
  let best: { q: Quote; score: number } | undefined;
  for (const q of quotes) {
    const gap = q.end <= span.start ? [q.end, span.start] : q.start >= span.end ? [span.end, q.start] : [span.start, span.start];
    if (gap[1] - gap[0] > SPEAKER_REACH || /\n[ \t]*\r?\n/u.test(text.slice(gap[0], gap[1]))) continue;
    const score = gap[1] - gap[0] + (q.speakerId ? SPEAKER_REACH : 0);
    if (!best || score < best.score) best = { q, score };
  }
  return best?.q;
}

interface AnnotationAt {
  kind: RemovableKind;
  span: { start: number; end: number };
  label: string;
}

function annotationsAt(a: Annotations, at: { start: number; end: number }): AnnotationAt[] {
  const hits = (s: { start: number; end: number }): boolean => (at.start === at.end ? s.start <= at.start && at.start < s.end : s.start < at.end && at.start < s.end);
  const out: AnnotationAt[] = [];
  const entities: Array<[RemovableKind, ReadonlyArray<Person | Organization | Place>]> = [['person', a.people], ['organization', a.organizations], ['place', a.places]];
  for (const [kind, list] of entities) for (const e of list) for (const m of e.mentions) if (hits(m)) out.push({ kind, span: m, label: m.text === e.name ? m.text : `${m.text} (${e.name})` });
  for (const d of a.dates) if (hits(d)) out.push({ kind: 'date', span: d, label: d.text });
  for (const q of a.quotes) if (hits(q)) out.push({ kind: 'quote', span: q, label: oneLine(q.text) });
  return out;
}
