#!/usr/bin/env node
// Thin shim: the CLI is bundled into dist/cli.cjs at install time (npm's prepare) and loaded with its code cache.
const { loadCli } = require('./load-cli.js');

loadCli(process.argv)
  .cli.run(process.argv)
  .then((code) => {
    process.exitCode = code;
  });
