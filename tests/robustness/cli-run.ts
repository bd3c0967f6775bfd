/** The built CLI as a user runs it, for the robustness tests. */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
export const bin = join(root, 'bin', 'pagesift.js');
export const seedPath = join(root, 'fixtures', 'darpan-india-us-drug-policy', 'input.txt');
export const seedText = readFileSync(seedPath, 'utf8');

export function runCli(args: readonly string[], input?: string | Uint8Array): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [bin, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Run a bash script (for real pipes and redirections) in which `pagesift` is the built CLI. */
export function runShell(script: string): SpawnSyncReturns<string> {
  return spawnSync('bash', ['-c', `pagesift() { "$NODE_BIN" "$PAGESIFT_BIN" "$@"; }\n${script}`], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', NODE_BIN: process.execPath, PAGESIFT_BIN: bin },
  });
}
