// Preloaded with `node --require` into a process under test (network.test.ts): every way
// Node can reach the network is replaced by a trap that records the attempt in the file
// named by NEWS_ANNOTATOR_NETWORK_LOG and throws. Loading a network module at all is
// recorded too, since the bundles have no reason to. Worker threads inherit the preload,
// and each thread writes a "trap armed" line so the test knows the trap was in place.
'use strict';
const fs = require('node:fs');
const Module = require('node:module');
const { isMainThread, threadId } = require('node:worker_threads');

const log = process.env.NEWS_ANNOTATOR_NETWORK_LOG;
const write = (line) => {
  if (log) fs.appendFileSync(log, `${line}\n`);
};

function trap(name) {
  return function networkTrap() {
    const where = (new Error().stack || '').split('\n').slice(2, 6).map((s) => s.trim()).join(' < ');
    write(`NETWORK ${name} (thread ${threadId}) at ${where}`);
    throw new Error(`network use is not allowed in this process: ${name}`);
  };
}

function patch(target, label, names) {
  for (const name of names) if (typeof target[name] === 'function') target[name] = trap(`${label}.${name}`);
}

const net = require('node:net');
patch(net, 'net', ['connect', 'createConnection', 'createServer']);
patch(net.Socket.prototype, 'net.Socket', ['connect']);
patch(require('node:tls'), 'tls', ['connect', 'createServer']);
for (const mod of ['http', 'https']) patch(require(`node:${mod}`), mod, ['request', 'get', 'createServer']);
patch(require('node:http2'), 'http2', ['connect', 'createServer', 'createSecureServer']);
patch(require('node:dgram'), 'dgram', ['createSocket']);
const dns = require('node:dns');
const DNS = ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveTxt', 'resolveSrv', 'reverse'];
patch(dns, 'dns', DNS);
patch(dns.promises, 'dns.promises', DNS);
for (const name of ['fetch', 'WebSocket', 'EventSource', 'XMLHttpRequest']) {
  if (name in globalThis || name === 'XMLHttpRequest') globalThis[name] = trap(name);
}

const NETWORK_MODULES = new Set(['net', 'tls', 'http', 'https', 'http2', 'dgram', 'dns', 'dns/promises', 'undici', 'ws', 'node-fetch', 'axios']);
const load = Module._load;
Module._load = function loadRecorded(request, ...rest) {
  if (NETWORK_MODULES.has(String(request).replace(/^node:/, ''))) {
    const where = (new Error().stack || '').split('\n').slice(2, 5).map((s) => s.trim()).join(' < ');
    write(`LOADED ${request} (thread ${threadId}) at ${where}`);
  }
  return load.call(this, request, ...rest);
};

write(`trap armed (${isMainThread ? 'main thread' : `worker thread ${threadId}`})`);
