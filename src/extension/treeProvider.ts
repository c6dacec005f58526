import * as vscode from './vscodeApi';
import type { AnnotationService } from './annotationService';
import { buildTree, personTooltip, type NodeKind, type TreeNode } from './treeModel';

const ICONS: Record<NodeKind, string> = {
  group: 'list-tree', speaker: 'megaphone', quote: 'quote', person: 'person', organization: 'organization',
  place: 'location', dateDay: 'calendar', date: 'clock', info: 'info',
};

/** The sidebar tree for the active document; follows the active editor. */
export class AnnotationTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private document: vscode.TextDocument | undefined;
  private roots: TreeNode[] = [];
  private view: vscode.TreeView<TreeNode> | undefined;

  constructor(private readonly service: AnnotationService) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((e) => this.follow(e)),
      service.onDidAnnotate((doc) => {
        if (doc === this.document || doc === vscode.window.activeTextEditor?.document) this.follow(vscode.window.activeTextEditor);
      }),
    );
    this.follow(vscode.window.activeTextEditor);
  }

  attach(view: vscode.TreeView<TreeNode>): void {
    this.view = view;
    this.updateMessage();
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    // Keep showing the last article while focus is in a non-text editor (the view itself, output).
    if (editor && this.service.isEligible(editor.document)) this.document = editor.document;
    else if (editor) this.document = undefined;
    const annotations = this.document ? this.service.latest(this.document.uri) : undefined;
    this.roots = annotations ? buildTree(annotations) : [];
    this.updateMessage();
    this.changed.fire(undefined);
  }

  private updateMessage(): void {
    if (!this.view) return;
    const skipped = this.document && this.service.skippedReason(this.document);
    this.view.message = skipped ?? (this.document && !this.roots.length ? 'Annotating…' : undefined);
    this.view.description = this.document ? vscode.workspace.asRelativePath(this.document.uri) : undefined;
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const collapsible = node.children?.length
      ? node.kind === 'group' && node.label !== 'Speakers' && node.label !== 'Quotes'
        ? vscode.TreeItemCollapsibleState.Collapsed
        : node.kind === 'group' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed
      : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(node.label, collapsible);
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.contextValue = node.kind;
    item.iconPath = new vscode.ThemeIcon(ICONS[node.kind]);
    item.id = node.id;
    if (node.command) item.command = { command: node.command, title: node.label };
    else if (node.target && this.document) {
      item.command = {
        command: 'newsAnnotator.revealRange',
        title: 'Reveal in Editor',
        arguments: [this.document.uri, node.target.start, node.target.end],
      };
    }
    return item;
  }

  /** VS Code asks on hover for a tooltip left undefined: a person's is read from the text then. */
  resolveTreeItem(item: vscode.TreeItem, node: TreeNode): vscode.TreeItem {
    // Only against the text the annotations were made from: offsets of another version would misread.
    if (node.person && this.document && this.service.get(this.document)) item.tooltip = personTooltip(node.person, this.document.getText());
    return item;
  }

  getChildren(node?: TreeNode): TreeNode[] {
    return node ? node.children ?? [] : this.roots;
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
