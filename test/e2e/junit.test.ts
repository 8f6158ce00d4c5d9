/**
 * JUnit for GitLab and Jenkins (issue 10, defect 2). GitLab keys a test case by suite, classname
 * and name and keeps one per key: before, two findings of one rule in one file shared a key and
 * GitLab showed 98 failures for the 128 findings of fixtures/. Jenkins' junit-10.xsd refused the
 * `file` attribute of <testcase>.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { ROOT, removeDir, runBuilt, tempDir } from '../helpers/ci-run.js';
import { itWithTools } from '../helpers/system-tool.js';

interface Suite {
  name: string;
  testcase?: { classname: string; name: string; failure?: { message: string }[] }[];
}

describe('junit on the bundled fixtures', () => {
  let dir: string;
  let xml: string;
  let findings: number;
  beforeAll(() => {
    dir = tempDir('junit-gitlab');
    const run = runBuilt(['lint', '--format', 'json', '--format', 'junit', '--output-file', `junit=${join(dir, 'junit.xml')}`, 'fixtures']);
    expect(run.stderr).toBe('');
    findings = (JSON.parse(run.stdout) as { messages: unknown[] }[]).reduce((sum, file) => sum + file.messages.length, 0);
    xml = readFileSync(join(dir, 'junit.xml'), 'utf8');
  }, 120_000);
  afterAll(() => removeDir(dir));

  it('keeps every finding when test cases are keyed as GitLab keys them (suite + classname + name)', () => {
    const parsed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => ['testsuite', 'testcase', 'failure'].includes(name),
    }).parse(xml) as { testsuites: { testsuite: Suite[] } };
    // GitLab's parser: a later case with the same key replaces the earlier one.
    const kept = new Map<string, boolean>();
    const ruleKeys = new Set<string>();
    for (const suite of parsed.testsuites.testsuite)
      for (const testcase of suite.testcase ?? []) {
        kept.set(`${suite.name}\0${testcase.classname}\0${testcase.name}`, Boolean(testcase.failure));
        if (testcase.failure) ruleKeys.add(`${suite.name}\0${testcase.name.split(' ')[0]}`);
      }
    // The fixtures have files where one rule reports more than once: naming by rule alone loses findings.
    expect(ruleKeys.size).toBeLessThan(findings);
    expect([...kept.values()].filter(Boolean).length).toBe(findings);
  });

  it('names each failing case after its rule and position, and keeps the location in the message', () => {
    expect(xml).not.toMatch(/<testcase[^>]* file=/);
    expect(xml).toMatch(/<testcase classname="fixtures\/[^"]+" name="[a-z-]+ \d+:\d+" time="0">\n {6}<failure message="fixtures\/[^":]+:\d+:\d+ /);
  });

  itWithTools(['xmllint'], "is valid against Jenkins' junit-10.xsd", () => {
    const check = spawnSync('xmllint', ['--noout', '--schema', join(ROOT, 'test/data/junit-10.xsd'), '-'], { input: xml, encoding: 'utf8' });
    expect(check.stderr).toContain('- validates');
    expect(check.status).toBe(0);
  });
});
