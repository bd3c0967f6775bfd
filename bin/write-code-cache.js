/**
 * Build step (`npm run bundle`): run the bundled CLI once on the seed page with output
 * discarded, then save V8's code cache of the bundle to dist/cli.cache. A cache taken after
 * a run holds the bytecode of every function that run compiled, so later one-page runs skip
 * compiling them. The seed page ships with the repository only; without it the cache holds
 * the bundle's top level alone.
 */
const { existsSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { loadCli } = require('./load-cli.js');

const seedPage = join(__dirname, '..', 'fixtures', 'darpan-india-us-drug-policy', 'input.txt');

async function main() {
  // The seed run's command line from the start: it sets V8's flags as a one-page extract's (bin/v8-flags.js).
  const argv = [process.argv[0], 'pagesift', 'extract', seedPage];
  const { cli, script, cacheFile } = loadCli(argv);
  if (existsSync(seedPage)) {
    // The CLI writes its result to file descriptor 1 (src/cli/output.ts), or through process.stdout once that exists.
    const fs = require('node:fs');
    const { writeSync } = fs;
    const write = process.stdout.write;
    fs.writeSync = (fd, ...rest) => (fd === 1 ? rest[0].length : writeSync(fd, ...rest));
    process.stdout.write = (_chunk, encoding, done) => {
      (typeof encoding === 'function' ? encoding : done)?.();
      return true;
    };
    try {
      const code = await cli.run(argv);
      if (code !== 0) throw new Error(`pagesift extract ${seedPage} exited with ${code}`);
    } finally {
      fs.writeSync = writeSync;
      process.stdout.write = write;
    }
  }
  writeFileSync(cacheFile, script.createCachedData());
}

main().catch((error) => {
  process.stderr.write(`write-code-cache: ${error.stack}\n`);
  process.exitCode = 1;
});
