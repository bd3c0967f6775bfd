/** What the tests of the fast tokenizer and parser share: the fixtures' HTML pages and an event recorder. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Handler, Parser } from 'htmlparser2';

const fixturesDir = join(import.meta.dirname, '../../../fixtures');

/** Paths of the fixtures' HTML inputs. */
export const HTML_FIXTURE_PAGES = readdirSync(fixturesDir)
  .map((d) => join(fixturesDir, d, 'input.html'))
  .filter((p) => existsSync(p));

/** Handlers writing every event but the open tag (each test records those its own way) as a line of `out`. */
export function recordingHandler(out: string[], parser: () => Parser): Partial<Handler> {
  return {
    onclosetag: (name, implied) => out.push(`close ${name} ${implied} @${parser().endIndex}`),
    ontext: (data) => out.push(`text ${data}`),
    oncomment: (data) => out.push(`comment ${data}`),
    onprocessinginstruction: (name, data) => out.push(`pi ${name} ${data}`),
  };
}
