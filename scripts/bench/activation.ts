// Activation time of the bundled extension module: loading dist/extension.js and calling
// activate(), with `vscode` replaced by a stub where every API call is a cheap no-op. What is
// measured is the extension's own work on the activation path (it must not load models).
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

/** The names `vscode` exports, read from its type declarations, so the stub can be enumerated like the real module. */
function vscodeExportNames(): string[] {
  const dts = readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
  return [...new Set([...dts.matchAll(/^\s{1,4}export (?:namespace|class|enum|function|const|let) (\w+)/gm)].map((m) => m[1]))];
}

function stub(names: string[]): unknown {
  const fn = function () {
    return proxy;
  };
  const proxy: unknown = new Proxy(fn, {
    get: (target, prop) => {
      if (prop === Symbol.toPrimitive) return () => '';
      if (prop === 'then') return undefined; // not a thenable
      if (prop === Symbol.iterator) return function* () {};
      if (prop === 'length') return 0;
      if (prop === 'prototype') return target.prototype;
      return proxy;
    },
    ownKeys: () => [...names, 'prototype'],
    getOwnPropertyDescriptor: (target, prop) =>
      prop === 'prototype' ? Object.getOwnPropertyDescriptor(target, prop) : { configurable: true, enumerable: true, writable: true, value: proxy },
    set: () => true,
    apply: () => proxy,
    construct: () => proxy as object,
  });
  return proxy;
}

const vscodeStub = stub(vscodeExportNames());
const originalLoad = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;
(Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load = function (request: string, ...rest: unknown[]) {
  if (request === 'vscode') return vscodeStub;
  return originalLoad.call(this, request, ...rest);
};

const bundle = resolve(process.argv[2] ?? join(__dirname, '..', '..', 'dist', 'extension.js'));
const memento = { get: () => undefined, update: async () => undefined, keys: () => [] };
const context = { subscriptions: [] as unknown[], workspaceState: memento, globalState: memento, extensionUri: vscodeStub, extensionPath: '' };

const t0 = performance.now();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ext = require(bundle) as { activate: (c: unknown) => unknown };
const loaded = performance.now();
ext.activate(context);
const activated = performance.now();
const loadedModules = Object.keys(require.cache).filter((k) => /gazetteer|ner-model|model/i.test(k));
process.stdout.write(`${JSON.stringify({ requireMs: loaded - t0, activateMs: activated - loaded, totalMs: activated - t0, modelFilesLoaded: loadedModules })}\n`);
