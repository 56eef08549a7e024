#!/usr/bin/env node
// `npm test`: every check in one command — lint (module boundaries), type-check, unit and
// integration tests (real PostgreSQL and Redis), schema and access snapshots, build, browser
// tests. Ends with one line "N passed, N failed" summing every suite.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: '0' };
const totals = { passed: 0, failed: 0 };
const failures = [];

function run(title, command, args, options = {}) {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, env, stdio: options.capture ? ['inherit', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (options.capture) process.stdout.write(result.stdout ?? '');
  console.log(`=== ${title}: exit ${result.status} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/** A step that is one check: passes when the command exits 0. */
function check(title, command, args) {
  const ok = run(title, command, args).status === 0;
  record(title, ok ? 1 : 0, ok ? 0 : 1);
}

function record(title, passed, failed) {
  totals.passed += passed;
  totals.failed += failed;
  if (failed) failures.push(`${title}: ${failed} failed`);
}

// The module-boundary rule reads Nx's cached project graph and silently skips itself without one
// (a fresh clone): compute the graph first.
mkdirSync(join(root, 'tmp'), { recursive: true });
const graph = run('project graph', 'npx', ['nx', 'graph', '--file=tmp/project-graph.json']);
if (graph.status !== 0) record('project graph', 0, 1);
check('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
check('type-check (server)', 'npx', ['tsc', '-p', 'tsconfig.check.json']);
check('type-check (web)', 'npx', ['tsc', '-p', 'apps/web/tsconfig.json', '--noEmit']);

// Unit + integration (jest reads its summary into JSON so the counts add up here).
const jestReport = join(root, 'tmp/jest-report.json');
rmSync(jestReport, { force: true });
run('unit + integration', 'npx', ['jest', '--json', `--outputFile=${jestReport}`, ...process.argv.slice(2)]);
if (existsSync(jestReport)) {
  const report = JSON.parse(readFileSync(jestReport, 'utf8'));
  const brokenSuites = report.testResults.filter((s) => s.status === 'failed' && s.assertionResults.every((a) => a.status !== 'failed')).length;
  record('unit + integration', report.numPassedTests, report.numFailedTests + brokenSuites);
} else {
  record('unit + integration', 0, 1);
}

check('build', 'npx', ['nx', 'run-many', '-t', 'build', '--skip-nx-cache']);

// The benchmark runner on the small dataset, one short round: proves it still runs end to end
// (its figures are for `npm run bench`, never asserted here).
check('benchmark smoke (S)', 'npm', ['run', 'bench', '--', 'all', '--size', 'S', '--rounds', '1', '--seconds', '1', '--connections', '4', '--quick']);

// Browser tests drive Debian's Chromium against the built stack; node --test prints TAP counts.
const e2e = run('browser tests', 'node', ['--test', '--test-reporter=tap', '--test-concurrency=1', 'apps/web-e2e/src/'], { capture: true });
const count = (name) => Number(new RegExp(`^# ${name} (\\d+)`, 'm').exec(e2e.stdout ?? '')?.[1] ?? 0);
record('browser tests', count('pass'), count('fail') + count('cancelled') + (e2e.status !== 0 && count('fail') === 0 ? 1 : 0));

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
