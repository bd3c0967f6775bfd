#!/usr/bin/env node
// Thin shim: the CLI is bundled into dist/cli.js at install time (npm's prepare) so start-up reads one file.
import { run } from '../dist/cli.js';

const code = await run(process.argv);
process.exitCode = code;
