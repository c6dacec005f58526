// Activation time of the bundled extension module: loading dist/extension.js and calling
// activate(), with `vscode` replaced by a stub where every API call is a cheap no-op. What is
// measured is the extension's own work on the activation path (it must not load models).
import Module from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

function stub(): unknown {
  const fn = function () {
    return proxy;
  };
  const proxy: unknown = new Proxy(fn, {
    get: (_t, prop) => {
      if (prop === Symbol.toPrimitive) return () => '';
      if (prop === 'then') return undefined; // not a thenable
      if (prop === Symbol.iterator) return function* () {};
      if (prop === 'length') return 0;
      return proxy;
    },
    apply: () => proxy,
    construct: () => proxy as object,
  });
  return proxy;
}

const vscodeStub = stub();
const originalLoad = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;
(Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load = function (request: string, ...rest: unknown[]) {
  if (request === 'vscode') return vscodeStub;
  return originalLoad.call(this, request, ...rest);
};

const bundle = process.argv[2] ?? join(__dirname, '..', '..', 'dist', 'extension.js');
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
