/**
 * Faults around the CLI: closed pipes, full disks, every error path. Each ends in
 * one line on stderr (a stack only with --debug) and an exit code from the README.
 */
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { runCli, runShell, seedPath } from './cli-run.js';
import { tempDir } from '../temp-dir.js';

const tmp = tempDir('faults');
const PROSE = 'The council voted on Tuesday to keep the old bridge open for another year, and the mayor said that repairs would begin in the spring. ';
// Far more output than a pipe buffers (64 kB), so the writer is still writing when the reader leaves.
const big = join(tmp, 'big.txt');
writeFileSync(big, `A big page for the pipe tests\n\n${`${PROSE.repeat(4)}\n\n`.repeat(3000)}`);
const isRoot = process.getuid?.() === 0;

describe('closed pipes and full disks', () => {
  it.each([['json'], ['text'], ['markdown']])('should exit 0 without a word when stdout closes early (%s)', (format) => {
    const r = runShell(`pagesift extract --format ${format} "${big}" 2>"${tmp}/err-${format}" | head -c 100 | wc -c; echo "exit \${PIPESTATUS[0]}"`);
    expect(r.stdout).toBe('100\nexit 0\n');
    expect(readFileSync(`${tmp}/err-${format}`, 'utf8')).toBe('');
  });

  it('should still write the whole result when stderr closes early under --explain', () => {
    const out = join(tmp, 'explained.json');
    const r = runShell(`pagesift extract --explain "${big}" 2>&1 >"${out}" | head -c 100 >/dev/null; echo "exit \${PIPESTATUS[0]}"`);
    expect(r.stdout).toBe('exit 0\n');
    expect(JSON.parse(readFileSync(out, 'utf8')).article.body).toHaveLength(3000);
  });

  it.runIf(process.platform === 'linux')('should exit 74 with one line when the output cannot be written (/dev/full)', () => {
    const r = runShell(`pagesift extract "${big}" >/dev/full; echo "exit $?"`);
    expect(r.stdout).toBe(`exit ${EXIT.IO}\n`);
    expect(r.stderr).toBe('pagesift: cannot write output: ENOSPC: no space left on device, write\n');
  });
});

describe('every error path: one line, a documented exit code', () => {
  const missing = join(tmp, 'missing.txt');
  const empty = join(tmp, 'empty.txt');
  writeFileSync(empty, '\n \n');
  const locked = join(tmp, 'locked.txt');
  writeFileSync(locked, PROSE, { mode: 0o000 });
  const loop = join(tmp, 'loop-a');
  symlinkSync(join(tmp, 'loop-b'), loop);
  symlinkSync(loop, join(tmp, 'loop-b'));

  it.each([
    ['a missing file', ['extract', missing], EXIT.NO_INPUT, `pagesift: ${missing}: no such file`],
    ['a directory', ['extract', tmp], EXIT.NO_INPUT, `pagesift: ${tmp}: is a directory (use \`pagesift batch\` for folders)`],
    ['an empty file', ['extract', empty], EXIT.DATA, `pagesift: ${empty}: input is empty`],
    ['a symbolic link loop', ['extract', loop], EXIT.NO_INPUT, `pagesift: ${loop}: cannot read: too many symbolic links encountered (ELOOP)`],
    ['an unknown flag', ['extract', '--bogus', seedPath], EXIT.USAGE, "pagesift: unknown option '--bogus'"],
    ['an unknown command', ['extrct', seedPath], EXIT.USAGE, "pagesift: unknown command 'extrct' (did you mean extract?)"],
    ['two files', ['extract', seedPath, seedPath], EXIT.USAGE, "pagesift: too many arguments for 'extract'. Expected 1 argument but got 2."],
    ['a bad --format', ['extract', '--format', 'yaml', seedPath], EXIT.USAGE, "pagesift: option '-f, --format <format>' argument 'yaml' is invalid. Allowed choices are json, text, markdown."],
    ['a bad --encoding', ['extract', '--encoding', 'latin9', seedPath], EXIT.USAGE, "pagesift: option '--encoding <encoding>' argument 'latin9' is invalid. Allowed choices are utf-8, utf-16le, utf-16be, windows-1252."],
  ])('should report %s in one line', (_what, args, status, line) => {
    const r = runCli(args);
    expect(r.status).toBe(status);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${line}\n`);
  });

  it.skipIf(isRoot)('should report an unreadable file in one line with exit code 66', () => {
    const r = runCli(['extract', locked]);
    expect(r.status).toBe(EXIT.NO_INPUT);
    expect(r.stderr).toBe(`pagesift: ${locked}: permission denied\n`);
  });

  it('should refuse a terminal on stdin as a usage error', () => {
    // `script` gives the CLI a real terminal on stdin.
    const r = runShell(`script -qec 'pagesift() { "$NODE_BIN" "$PAGESIFT_BIN" "$@"; }; pagesift extract </dev/tty' /dev/null; echo "exit $?"`);
    expect(r.stdout).toMatch(/pagesift: stdin: no input: give a file, or pipe a page on stdin\r?\n/);
    expect(r.stdout).toMatch(/exit 64\n$/);
  });

  it('should add the stack trace only with --debug, before or after the command', () => {
    const plain = runCli(['extract', missing]);
    expect(plain.stderr).not.toMatch(/\n\s+at /);
    for (const args of [['--debug', 'extract', missing], ['extract', '--debug', missing]]) {
      const debug = runCli(args);
      expect(debug.status).toBe(EXIT.NO_INPUT);
      const [first, ...stack] = debug.stderr.trim().split('\n');
      expect(first).toBe(`pagesift: ${missing}: no such file`);
      expect(stack[0]).toBe('PagesiftError: no such file');
      expect(stack[1]).toMatch(/^\s+at /);
    }
  });
});

describe('the README', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Exit codes'), readme.indexOf('\n## ', readme.indexOf('## Exit codes') + 1));

  it('should document every exit code the CLI uses, and no other', () => {
    const documented = [...section.matchAll(/^\| (\d+) \|/gm)].map((m) => Number(m[1])).sort((a, b) => a - b);
    expect(documented).toEqual(Object.values(EXIT).sort((a, b) => a - b));
  });
});
