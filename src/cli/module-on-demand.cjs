/**
 * Stands in for node:module inside the CLI bundle (package.json's esbuild --alias; the bare name below escapes it).
 * The bundle only calls createRequire (the one export here), for packages some inputs need (htmlparser2, iconv-lite) and for batch;
 * loading node:module brings node's ES module loader, which a one-page text run would load for nothing.
 * The real module loads on first use.
 */
let nodeModule;
const load = () => (nodeModule ??= require('module'));

// An own property, not a Proxy: esbuild copies a CommonJS module's own properties for ES imports.
module.exports = { createRequire: (filename) => load().createRequire(filename) };
