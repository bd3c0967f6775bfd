/** A bug inside the pipeline still ends in one line and exit code 70, never a bare stack trace. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PagesiftError } from '../../src/errors.js';

const failure = vi.hoisted(() => ({ error: new Error('boom') as unknown }));

vi.mock('../../src/pipeline.js', () => ({
  extractWithTrace: () => {
    throw failure.error;
  },
}));

const { run } = await import('../../src/cli/main.js');
const { seedPath } = await import('./cli-run.js');

async function runCapturingStderr(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await run(['node', 'pagesift', ...args]);
    return { code, stderr };
  } finally {
    spy.mockRestore();
  }
}

describe('internal errors', () => {
  afterEach(() => {
    failure.error = new Error('boom');
  });

  it('should report an unexpected exception in one line with exit code 70', async () => {
    const r = await runCapturingStderr(['extract', seedPath]);
    expect(r.code).toBe(70);
    expect(r.stderr).toBe(`pagesift: ${seedPath}: internal error: boom (run with --debug for details)\n`);
  });

  it('should add the stack of an unexpected exception with --debug', async () => {
    const r = await runCapturingStderr(['extract', '--debug', seedPath]);
    expect(r.code).toBe(70);
    const [first, second, third] = r.stderr.split('\n');
    expect(first).toBe(`pagesift: ${seedPath}: internal error: boom`);
    expect(second).toBe('Error: boom');
    expect(third).toMatch(/^\s+at /);
  });

  it('should report a result that fails its own schema as exit code 70', async () => {
    failure.error = new PagesiftError('INVALID_RESULT', 'internal error: result fails the schema at article.body: expected array');
    const r = await runCapturingStderr(['extract', seedPath]);
    expect(r.code).toBe(70);
    expect(r.stderr).toBe(`pagesift: ${seedPath}: internal error: result fails the schema at article.body: expected array\n`);
  });

  it('should keep a message with line breaks on one line', async () => {
    failure.error = new Error('first line\n  second line');
    const r = await runCapturingStderr(['extract', seedPath]);
    expect(r.stderr).toBe(`pagesift: ${seedPath}: internal error: first line second line (run with --debug for details)\n`);
  });

  it('should survive something thrown that is not an Error', async () => {
    failure.error = 'a string';
    const r = await runCapturingStderr(['extract', seedPath]);
    expect(r.code).toBe(70);
    expect(r.stderr).toBe(`pagesift: ${seedPath}: internal error: a string (run with --debug for details)\n`);
  });
});
