import Module from 'node:module';
import { isAbsolute, relative } from 'node:path';

// A stand-in for the few `vscode` APIs the correction store uses, so that its workspace
// trust rules can be tested with plain mocha (a real VS Code cannot be made to distrust
// a workspace from a test). Only what correctionStore.ts touches is here; anything else
// is undefined and fails loudly. `useFakeVscode()` makes `require('vscode')` return it.

type Listener<T> = (e: T) => void;

export class EventEmitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (listener: Listener<T>): { dispose(): void } => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  };
  fire(e: T): void {
    for (const l of [...this.listeners]) l(e);
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class Uri {
  private constructor(readonly scheme: string, readonly path: string) {}
  static file(path: string): Uri {
    return new Uri('file', path);
  }
  static parse(value: string): Uri {
    const colon = value.indexOf(':');
    return new Uri(value.slice(0, colon), value.slice(colon + 1));
  }
  get fsPath(): string {
    return this.path;
  }
  toString(): string {
    return `${this.scheme}:${this.path}`;
  }
}

export const Disposable = {
  from: (...items: { dispose(): unknown }[]) => ({ dispose: () => items.forEach((d) => d.dispose()) }),
};

/** What the tests steer and observe. */
export const control = {
  trusted: false,
  workspaceFolder: undefined as string | undefined,
  messages: [] as string[],
  grantTrust: new EventEmitter<void>(),
  closed: new EventEmitter<{ uri: Uri }>(),
};

const watcher = (): unknown => ({ onDidChange: () => ({ dispose() {} }), onDidCreate: () => ({ dispose() {} }), onDidDelete: () => ({ dispose() {} }), dispose() {} });

export const workspace = {
  get isTrusted(): boolean {
    return control.trusted;
  },
  createFileSystemWatcher: watcher,
  onDidGrantWorkspaceTrust: control.grantTrust.event,
  onDidCloseTextDocument: control.closed.event,
  getWorkspaceFolder: (uri: Uri) => {
    const folder = control.workspaceFolder;
    if (!folder || uri.scheme !== 'file') return undefined;
    const rel = relative(folder, uri.fsPath);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? { uri: Uri.file(folder) } : undefined;
  },
  asRelativePath: (p: string | Uri) => (typeof p === 'string' ? p : p.fsPath),
};

const record = (message: string): Promise<undefined> => {
  control.messages.push(message);
  return Promise.resolve(undefined);
};
export const window = { showWarningMessage: record, showErrorMessage: record, showInformationMessage: record };

let installed = false;

/** From now on `require('vscode')` in this process gives this module. */
export function useFakeVscode(): void {
  if (installed) return;
  installed = true;
  const self = require.resolve('./fakeVscode');
  const resolver = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
  const original = resolver._resolveFilename;
  resolver._resolveFilename = function resolveVscode(request: string, ...rest: unknown[]): string {
    return request === 'vscode' ? self : original.call(this, request, ...rest);
  };
}
