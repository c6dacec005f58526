// The one value import of the VS Code API; adapters import it from here (`import * as vscode from
// './vscodeApi'`). esbuild wraps every `import * as vscode from 'vscode'` of an external CommonJS
// module in a copy of the API's several hundred names, made while the bundle loads; one import per
// adapter file made sixteen copies, over a third of the activation time. Re-exported here, the copy
// is made once. Type-only imports (`import type * as vscode from 'vscode'`) cost nothing and stay.
export * from 'vscode';
