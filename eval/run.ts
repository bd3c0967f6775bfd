/**
 * npm run eval: body accuracy on ../shared/corpus with the benchmark's own metric.
 *   --input text|html   which dump to read (default text)
 *   --worst N           list the N pages with the lowest F1
 *   --json              machine-readable output
 */
import { parseArgs } from 'node:util';
import { scoreCorpus, type InputPath } from './corpus-scores.js';
import { scoreFixtures, summarise } from './fixture-scores.js';
import { scoreSilver, summariseSilver } from './silver.js';

const { values } = parseArgs({
  options: { input: { type: 'string', default: 'text' }, worst: { type: 'string' }, json: { type: 'boolean', default: false } },
});
if (values.input !== 'text' && values.input !== 'html') throw new Error('--input is text or html');
const { summary, pages: rows, articles } = scoreCorpus(values.input as InputPath);
const score = summary;
const median = summary.medianPageF1;
const seconds = summary.seconds;

const fixtureScores = values.input === 'text' ? scoreFixtures() : [];
const fixtures = fixtureScores.length ? summarise(fixtureScores) : null;
const silverScores = scoreSilver(articles);
const silver = silverScores.length ? summariseSilver(silverScores) : null;

if (values.json) {
  process.stdout.write(JSON.stringify({ summary, fixtures, silver, pages: rows.map(({ counts, ...r }) => r), fixturePages: fixtureScores, silverPages: silverScores }, null, 2) + '\n');
} else {
  const f = (x: number) => x.toFixed(3);
  console.log(`pagesift ${values.input} path on ${rows.length} pages (${seconds.toFixed(1)} s)`);
  console.log(`  body F1 ${f(score.f1)}  precision ${f(score.precision)}  recall ${f(score.recall)}  median page F1 ${f(median)}  pages below 0.60: ${summary.below060}`);
  if (fixtures) {
    const pr = (x: { precision: number; recall: number }) => `P ${f(x.precision)} R ${f(x.recall)}`;
    console.log(`\nstructured parts on ${fixtures.fixtures} hand-checked fixtures:`);
    console.log(`  title exact ${f(fixtures.titleExact)}  published ${f(fixtures.publishedRight)}  authors ${f(fixtures.authorsRight)}  section ${f(fixtures.sectionRight)}  body F1 ${f(fixtures.meanBodyF1)}`);
    console.log(`  social quotes ${pr(fixtures.quotes)} (speaker right ${f(fixtures.quoteSpeakers)})  image credits ${pr(fixtures.credits)}  related ${pr(fixtures.related)}`);
    if (values.worst) {
      for (const s of fixtureScores) {
        const bad = [!s.title && 'title', !s.published && 'published', !s.authors && 'authors', !s.section && 'section', s.bodyF1 < 0.99 && `body ${f(s.bodyF1)}`,
          (s.quotes.fp || s.quotes.fn) && `quotes +${s.quotes.fp}/-${s.quotes.fn}`, (s.credits.fp || s.credits.fn) && `credits +${s.credits.fp}/-${s.credits.fn}`, (s.related.fp || s.related.fn) && `related +${s.related.fp}/-${s.related.fn}`].filter(Boolean);
        if (bad.length) console.log(`  ${s.name}: ${bad.join(', ')}`);
      }
    }
  }
  if (silver) {
    const part = (p: { right: number; pages: number }) => `${f(p.right)} of ${p.pages}`;
    const source = values.input === 'html' ? ' (the HTML path reads that same markup: this checks it reads it right)' : '';
    console.log(`\nheader parts on the corpus pages, against silver labels from their HTML markup (eval/silver.ts)${source}:`);
    console.log(`  title ${part(silver.title)}  published ${part(silver.published)}  authors ${part(silver.authors)}  section ${part(silver.section)}`);
    if (values.worst) {
      for (const s of silverScores) {
        if (s.title === false) console.log(`  ${s.id.slice(0, 12)} title ${JSON.stringify(s.got.title)}, silver ${JSON.stringify(s.silver.title)}`);
        if (s.published === false) console.log(`  ${s.id.slice(0, 12)} published ${s.got.published}, silver ${s.silver.published}`);
        if (s.authors === false) console.log(`  ${s.id.slice(0, 12)} authors ${JSON.stringify(s.got.authors)}, silver ${JSON.stringify(s.silver.authors)}`);
        if (s.section === false) console.log(`  ${s.id.slice(0, 12)} section ${JSON.stringify(s.got.section)}, silver ${JSON.stringify(s.silver.section)}`);
      }
    }
  }
  const n = values.worst ? Number(values.worst) : 0;
  if (n > 0) {
    console.log(`\nworst ${n}:`);
    for (const r of [...rows].sort((a, b) => a.f1 - b.f1).slice(0, n)) {
      console.log(`  ${f(r.f1)}  P ${f(r.precision)} R ${f(r.recall)}  ${r.id.slice(0, 12)}  ${r.url}${r.error ? `  [${r.error}]` : ''}`);
    }
  }
}
