/**
 * Build step (`npm run bundle`, after tsc): esbuild's two bundles of the sources, each one CommonJS file for
 * Node 20 that loads without the ES loader's module graph.
 * - dist/cli.cjs, the command line: one function expression (the banner and footer), which bin/load-cli.js
 *   compiles as a vm.Script with V8's code cache. A vm.Script has no import(), so node:child_process and
 *   node:module come through the on-demand shims, and the batch's own packages load when a batch runs.
 * - dist/batch-worker.cjs, the batch worker thread with the library (src/batch/page-worker.ts starts it).
 * Both leave out the packages loaded only for some pages (HTML, other encodings), and read import.meta.url from
 * the bundle's own path. bin/ascii-bundle.js and bin/write-code-cache.js run after this.
 */
const { buildSync } = require('esbuild');
const { join } = require('node:path');

const IMPORT_META_URL = "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;";

const common = {
  absWorkingDir: join(__dirname, '..'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minifySyntax: true,
  minifyWhitespace: true,
  external: ['htmlparser2', 'iconv-lite'],
  define: { 'import.meta.url': 'importMetaUrl' },
  logLevel: 'warning',
};

buildSync({
  ...common,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli.cjs',
  external: [...common.external, 'tinyglobby', 'cli-progress'],
  alias: { 'node:child_process': './src/cli/child-process-on-demand.cjs', 'node:module': './src/cli/module-on-demand.cjs' },
  banner: { js: `(function (exports, require, module, __filename, __dirname) {${IMPORT_META_URL}` },
  footer: { js: '})' },
});

buildSync({
  ...common,
  entryPoints: ['src/batch/worker.ts'],
  outfile: 'dist/batch-worker.cjs',
  banner: { js: IMPORT_META_URL },
});
