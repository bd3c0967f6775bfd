// Preloaded (node -r) into the batch process: on exit, the main thread writes the
// process's peak resident set size (all threads) in KB to $PAGESIFT_BENCH_RSS_FILE.
const { isMainThread } = require('node:worker_threads');
const { writeFileSync } = require('node:fs');

if (isMainThread && process.env.PAGESIFT_BENCH_RSS_FILE) {
  process.on('exit', () => writeFileSync(process.env.PAGESIFT_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));
}
