/**
 * Build step (`npm run bundle`, after esbuild): rewrite every non-ASCII character of each bundle
 * named on the command line (the CLI's, the batch worker's) as a \uXXXX escape. esbuild escapes
 * them in strings but leaves them in regex literals (multilingual cue words); one such character
 * makes V8 hold a whole bundle (the CLI's is 400 kB) as a two-byte string, twice the memory to read, copy and fault in on every start. In a regex
 * literal, a string or a template, \uXXXX stands for the same UTF-16 unit in every mode
 * (a surrogate pair written as two escapes is one code point under the u flag, as written out).
 */
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');

function asciiOnly(source) {
  // `\é` (an identity escape, outside u-flag regexes) is `é`: the escape replaces it, backslash and all.
  return source.replace(/(\\*)([^\x00-\x7f])/g, (_match, slashes, ch) => {
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return `${kept}\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

const bundles = process.argv.slice(2);
if (bundles.length === 0) throw new Error('ascii-bundle: name the bundles to rewrite, relative to the package root');
for (const bundle of bundles) {
  const file = join(root, bundle);
  const ascii = asciiOnly(readFileSync(file, 'utf8'));
  if (/[^\x00-\x7f]/.test(ascii)) throw new Error(`ascii-bundle: non-ASCII left in ${bundle}`);
  writeFileSync(file, ascii);
}
