/**
 * V8 flags for the CLI's process. A one-page extract is over about 30 ms after the bundle loads, too
 * soon for V8's tiering to pay for itself; a batch runs for seconds and needs it as it is.
 *
 * bin/load-cli.js sets the flags before the bundle compiles, for every command: V8 accepts a code
 * cache only under the flags it was written with, and dist/cli.cache is written through the same
 * loader (bin/write-code-cache.js); the bundle test checks that the cache is accepted. Once the
 * bundle has compiled, a command that runs many pages gets V8's default tiering back, with less
 * inlining (MANY_PAGES_INLINING). The library (dist/index.js) keeps V8's defaults throughout.
 *
 * Set at run time, a flag is not the same as on the command line: what V8 made before the change
 * stays as it was. `--no-regexp-tier-up` set at run time ended in a segmentation fault on some pages
 * over 1 MB (gdb: a jump to no code from NativeRegExpMacroAssembler::Execute, likely a regex
 * interpreted before the change and run as machine code after it), and `--regexp-interpret-all`
 * crashed too. The tick count below keeps the tier-up machinery on and only changes the threshold
 * of regexes created from then on.
 * `require('node:v8')` loads node's stream modules (about 1 ms), which a one-page run otherwise never
 * loads; the flags save several times that.
 */
const { setFlagsFromString } = require('node:v8');

/**
 * Executions of a regex in V8's regex interpreter before it is compiled to machine code (V8's
 * default: 1). At 1 every regex a one-page run uses more than once is compiled twice, to bytecode
 * for its first execution and to machine code for its second; at 0 once, to machine code.
 * A batch ends up with the same machine code either way, so this one stays for every command.
 */
const REGEXP_TIER_UP_TICKS = 0;

/** V8's interrupt budget in Node 20: the bytecode a function runs between TurboFan's looks at it. */
const DEFAULT_INTERRUPT_BUDGET = 67_584;

/**
 * Whether this V8 is Node 20's (11.3): the one whose default budget is written above, and the one the
 * budget and inlining settings below were measured on. A flag's value cannot be read back at run time,
 * so another V8 (a later Node) keeps its own budget and inlining, untouched by any command: setting the
 * budget back after compiling would hand its batches Node 20's default instead of its own.
 */
const NODE_20_V8 = process.versions.v8.startsWith('11.3.');

/**
 * The bytecode TurboFan inlines into one function, in all, for a command that runs many pages (V8's
 * default: 920). Each batch worker compiles its hot functions anew, about 1 s of TurboFan a worker
 * in the first thousand pages; with --jobs 2 on two cores those compiles have no spare core and
 * delay the pages. At 230 they cost less and the code runs as fast. 10,000 pages, about ten
 * alternating runs each: --jobs 2 took 8.60–9.01 s (mean 8.86) against 8.87–9.37 (mean 9.17), with 3%
 * less CPU; --jobs 1 the same, 14.9–15.4 s against 14.7–15.5. At 115 --jobs 1 slowed (15.5–15.8 s);
 * without inlining it took 16.5 s.
 * Measured on Node 20's V8 only, so set under it only (NODE_20_V8).
 */
const MANY_PAGES_INLINING = 230;

/**
 * The interrupt budget of a one-page run, 16 times the default. At the default the character
 * scanner's small functions (charClass, runStart, runEnd, countCase, …) go to TurboFan a few ms
 * into the run: 10–20 ms of compiling on a second thread (--trace-opt on the seed page), competing
 * with the main one on a busy 2-core machine, for code the run has nearly finished with. At 16 times
 * the default the seed page's run sends none. A large page still gets them optimised, a little
 * later (a 15 MB page ran faster with it).
 * A batch does not: in-process passes over the corpus took 10–20 % longer per page with it.
 */
const ONE_PAGE_INTERRUPT_BUDGET = 16 * DEFAULT_INTERRUPT_BUDGET;

/** Before the bundle compiles, whatever the command: the flags the code cache was written under. */
function setCliFlags() {
  setFlagsFromString(`--regexp-tier-up-ticks=${REGEXP_TIER_UP_TICKS}`);
  if (NODE_20_V8) setFlagsFromString(`--interrupt-budget=${ONE_PAGE_INTERRUPT_BUDGET}`);
}

/**
 * Whether the command line `argv` (node, script, arguments) reads one page: `pagesift extract`
 * without --ndjson. One it misjudges (a global option before `extract`) is only slower, its output
 * the same.
 */
function readsOnePage(argv) {
  return argv[2] === 'extract' && !argv.includes('--ndjson');
}

/**
 * After the bundle has compiled, before any worker starts: V8's default tiering, with less inlining,
 * for a command that may run many pages.
 */
function tierForCommand(argv) {
  if (!NODE_20_V8 || readsOnePage(argv)) return;
  setFlagsFromString(`--interrupt-budget=${DEFAULT_INTERRUPT_BUDGET}`);
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${MANY_PAGES_INLINING}`);
}

module.exports = { setCliFlags, tierForCommand, readsOnePage };
