import * as vscode from './vscodeApi';
import type { AnnotationService } from './annotationService';
import { hoverSections } from './hoverContent';

export class AnnotationHoverProvider implements vscode.HoverProvider {
  constructor(private readonly service: AnnotationService) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!this.service.isEligible(doc)) return undefined;
    const annotations = this.service.get(doc);
    if (!annotations) return undefined;
    const sections = hoverSections(annotations, doc.getText(), doc.offsetAt(position));
    if (!sections.length) return undefined;
    const md = new vscode.MarkdownString(sections.join('\n\n---\n\n'));
    md.isTrusted = false;
    return new vscode.Hover(md);
  }
}
