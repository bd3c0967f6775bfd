/**
 * `--reporter github`: GitHub Actions workflow commands. Each failed or broken
 * fixture becomes one `::error` annotation on its expected file, with the
 * plain diff as the message; a rewritten one a `::notice`. Passing fixtures
 * print nothing, so the annotations stand out.
 */
import { Chalk } from 'chalk';
import { changedFields, describeOutcome } from '../describe.js';
import type { CheckReport, FixtureOutcome } from '../outcome.js';

const plain = new Chalk({ level: 0 });

export function githubReport(report: CheckReport): string {
  return report.fixtures.flatMap(annotation).join('');
}

function annotation(outcome: FixtureOutcome): string[] {
  const details = describeOutcome(outcome, plain).join('\n');
  const file = `file=${property(outcome.expectedFile)}`;
  switch (outcome.status) {
    case 'pass':
      return [];
    case 'fail':
      return [`::error ${file},title=${property(`pagesift check: ${outcome.name} differs`)}::${data(details)}\n`];
    case 'broken':
      return [`::error ${file},title=${property(`pagesift check: ${outcome.name} is broken`)}::${data(details)}\n`];
    case 'updated': {
      const what = changedFields(outcome).join(', ') || 'the whole file';
      return [`::notice ${file},title=${property(`pagesift check: ${outcome.name} updated`)}::${data(`rewrote ${what}\n${details}`)}\n`];
    }
  }
}

// Escaping as @actions/core does it: data may not hold % or line breaks raw; properties not : or , either.
function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
