/**
 * iconv-lite, required on first use only: its code tables are most of what the CLI
 * would otherwise parse at start-up, and UTF-8 pages, the common case, never need it.
 * (iconv-lite, not TextDecoder: Node's TextDecoder reads windows-1252 as Latin-1,
 * 0x93 -> U+0093, not “.) tests/cli/lazy-loading.test.ts checks it stays lazy.
 */
import { createRequire } from 'node:module';

type Iconv = typeof import('iconv-lite');

let loaded: Iconv | null = null;

export function iconv(): Iconv {
  loaded ??= createRequire(import.meta.url)('iconv-lite') as Iconv;
  return loaded;
}
