/** `pagesift extract --ndjson`: the stream mode for Hadoop Streaming and Spark's RDD.pipe. */
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'pagesift.js');

const paragraph = 'The minister said on Thursday that the talks had gone well and that both sides would meet again in the spring. ';
function* records(count: number): Generator<string> {
  for (let i = 0; i < count; i++) {
    const text = `Record ${i}: talks go well\n\nBy Jane Doe, 22 Jan 2026\n\n${paragraph.repeat(3)}\n\n${paragraph.repeat(2)}\n\nShare this article\n`;
    yield JSON.stringify({ id: `r${i}`, text }) + '\n';
  }
}

/**
 * Pipe `count` records through the built CLI in a child that reports the heap it keeps on
 * stderr when it exits; check the lines as they arrive, without keeping them.
 */
async function pipeRecords(count: number): Promise<{ lines: number; inOrder: boolean; allOk: boolean; heapBytes: number; status: number | null }> {
  const script = `import { createRequire } from 'node:module';
const { run } = createRequire(import.meta.url)(${JSON.stringify(join(root, 'bin', 'load-cli.js'))}).loadCli().cli;
process.exitCode = await run(['node', 'pagesift', 'extract', '--ndjson']);
process.on('exit', () => { globalThis.gc?.(); process.stderr.write('heap ' + process.memoryUsage().heapUsed + '\\n'); });`;
  // The heap left after a full collection is what the stream keeps; peak RSS also counts V8's
  // heap growth towards its steady state, which is not reached after 1,000 records.
  const child = spawn(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { stdio: ['pipe', 'pipe', 'pipe'] });
  Readable.from(records(count)).pipe(child.stdin);
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let lines = 0;
  let inOrder = true;
  let allOk = true;
  for await (const line of createInterface({ input: child.stdout })) {
    const out = JSON.parse(line);
    inOrder &&= out.id === `r${lines}`;
    allOk &&= out.ok === true && out.result.article.body.length === 2;
    lines++;
  }
  const status = await new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.on('close', resolve)));
  return { lines, inOrder, allOk, heapBytes: Number(/heap (\d+)/.exec(stderr)?.[1]), status };
}

describe('pagesift extract --ndjson', () => {
  it('should answer 10,000 records in order, one line each, with memory that does not grow with the stream', async () => {
    const small = await pipeRecords(1_000);
    const large = await pipeRecords(10_000);
    expect(large).toMatchObject({ lines: 10_000, inOrder: true, allOk: true, status: 0 });
    expect(small).toMatchObject({ lines: 1_000, inOrder: true, allOk: true, status: 0 });
    // Keeping the stream in memory would add ~8 MB of input and ~20 MB of results per 10,000
    // records on top of a ~70 MB process; a streaming run settles near its 1,000-record peak.
    expect(large.heapBytes).toBeLessThan(small.heapBytes * 1.5);
  }, 60_000);

  it('should answer a malformed line with an error line and go on', () => {
    const input = ['{"id": "a", "text": "Short title here\\n\\nThis is a paragraph of the article, and it reads as prose in English for sure."}', 'not json', '', '{"id": "b", "html": "<p>x</p>"}'].join('\n');
    const r = spawnSync(process.execPath, [bin, 'extract', '--ndjson'], { input, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.ok])).toEqual([['a', true], [null, false], ['b', true]]);
    expect(lines[1].error).toEqual({ code: 'BAD_RECORD', message: expect.stringMatching(/^line 2: not JSON/) });
  });

  it('should refuse flags that do not apply to a stream as usage errors', () => {
    for (const args of [['--format', 'text'], ['--pretty'], ['--explain'], ['page.txt']]) {
      expect(spawnSync(process.execPath, [bin, 'extract', '--ndjson', ...args], { input: '', encoding: 'utf8' }).status).toBe(64);
    }
  });
});
