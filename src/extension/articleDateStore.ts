import * as vscode from './vscodeApi';

const KEY = 'newsAnnotator.articleDates';

/** Article dates the user set with the command, remembered per file in workspace state. */
export class ArticleDateStore {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  get(uri: vscode.Uri): string | undefined {
    return this.all()[uri.toString()];
  }

  async set(uri: vscode.Uri, date: string | undefined): Promise<void> {
    const all = { ...this.all() };
    if (date) all[uri.toString()] = date;
    else delete all[uri.toString()];
    await this.state.update(KEY, all);
    this.changed.fire(uri);
  }

  private all(): Record<string, string> {
    const v = this.state.get<unknown>(KEY);
    return v && typeof v === 'object' ? (v as Record<string, string>) : {};
  }

  dispose(): void {
    this.changed.dispose();
  }
}
