/**
 * Loads the CLI bundle (dist/cli.cjs, built by `npm run bundle`) through V8's code cache
 * (dist/cli.cache, written at build time by bin/write-code-cache.js): with it, V8 skips
 * parsing the bundle and compiling every function the seed page's run needed, about half
 * of what a one-page `pagesift extract` spent before its first line of output.
 * CommonJS (bin/package.json) because Node 20 offers a code cache to vm.Script only, and
 * an ES module entry costs the ES loader's start-up on every run.
 * A cache from another Node or V8 version is rejected by V8 and the bundle compiles as usual.
 * A vm.Script has no import(): the bundle loads its externals with require (a test checks).
 * dist/cli.cjs is a CommonJS module already wrapped as one function expression (package.json's
 * esbuild banner and footer), for this loader only: require() of it would define nothing.
 */
const { readFileSync } = require('node:fs');
// module.constructor is node's Module: its createRequire spares loading the public node:module (and the ES loader it brings).
const { createRequire } = module.constructor;
const { join } = require('node:path');
const vm = require('node:vm');
const { setCliFlags, tierForCommand } = require('./v8-flags.js');

const dist = join(__dirname, '..', 'dist');
const bundleFile = join(dist, 'cli.cjs');
const cacheFile = join(dist, 'cli.cache');

/**
 * The bundle's exports and its compiled script (whose createCachedData() the cache writer saves),
 * for running the command line `argv` (V8's flags depend on the command: bin/v8-flags.js).
 */
function loadCli(argv = process.argv) {
  const source = readFileSync(bundleFile, 'utf8');
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // No cache (a build without it): V8 compiles from source.
  }
  // Before the bundle compiles: V8 accepts the code cache only under the flags it was written with.
  setCliFlags();
  // The bundle is one function expression, CommonJS's module wrapper included (esbuild's banner and
  // footer): V8 compiles the file's text as read, with no wrapped copy of its 390 kB to build.
  const script = new vm.Script(source, {
    filename: bundleFile,
    cachedData,
  });
  tierForCommand(argv);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundleFile), module, bundleFile, dist);
  return { cli: module.exports, script, cacheFile };
}

module.exports = { loadCli };
