// The JavaScript level every bundle is built for: one place, so that what the bench times is
// what ships. 'es2022', not 'node18': for node targets esbuild rewrites every regular
// expression with a Unicode property escape (/^\p{Lu}/u) into `new RegExp(...)`, built again
// at each evaluation; the core has about sixty of them, several inside per-token loops.
// Node 18 and VS Code's Electron run ES2022 natively.
module.exports = 'es2022';
