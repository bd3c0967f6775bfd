/**
 * `--reporter junit`: JUnit XML, which every CI server reads. One testcase per
 * fixture; a failed fixture is a <failure> with the plain-text diff, a broken
 * one an <error> (the test could not run), as JUnit distinguishes them.
 */
import { Chalk } from 'chalk';
import { describeOutcome } from '../describe.js';
import type { CheckReport, FixtureOutcome } from '../outcome.js';

const plain = new Chalk({ level: 0 });

// Characters XML 1.0 cannot carry at all, even escaped.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function junitReport(report: CheckReport): string {
  const { pass, fail, broken, updated } = report.totals;
  const counts = `tests="${pass + fail + broken + updated}" failures="${fail}" errors="${broken}" skipped="0"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="pagesift check" ${counts}>`,
    `  <testsuite name="${xml(report.root)}" ${counts}>`,
    ...report.fixtures.map(testcase),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

function testcase(outcome: FixtureOutcome): string {
  const open = `    <testcase classname="pagesift.check" name="${xml(outcome.name)}" file="${xml(outcome.expectedFile)}"`;
  const details = xml(describeOutcome(outcome, plain).join('\n'));
  switch (outcome.status) {
    case 'pass':
      return `${open}/>`;
    case 'updated':
      return `${open}>\n      <system-out>rewrote expected.json\n${details}</system-out>\n    </testcase>`;
    case 'fail':
      return `${open}>\n      <failure type="mismatch" message="${xml(summary(outcome))}">${details}</failure>\n    </testcase>`;
    case 'broken':
      return `${open}>\n      <error type="broken" message="${xml(outcome.problem ?? 'broken')}"/>\n    </testcase>`;
  }
}

function summary(outcome: FixtureOutcome): string {
  const n = outcome.differences.length;
  const at = outcome.differences.slice(0, 3).map((d) => `${d.path} ${d.change}`).join(', ');
  return `${n} difference${n === 1 ? '' : 's'}: ${at}${n > 3 ? ', …' : ''}`;
}

function xml(text: string): string {
  return text
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
