/**
 * `npm test`: type-check, lint, unused files, exports and dependencies (knip), data check (geo:check),
 * unit tests, production build and the e2e suite in headless Chromium, in that order, stopping at the
 * first step that fails. It ends with one line counting the tests: `test: N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './chromium.ts';

const VITEST_JSON = 'test-results/unit.json';
const E2E_JSON = 'test-results/e2e.json';

interface Step {
  name: string;
  cmd: string[];
}

const steps: Step[] = [
  { name: 'typecheck', cmd: ['npx', 'tsc', '-p', '.'] },
  { name: 'lint', cmd: ['npx', 'eslint', '.', '--max-warnings=0'] },
  { name: 'format', cmd: ['npx', 'prettier', '--check', '.'] },
  { name: 'knip', cmd: ['npx', 'knip'] },
  { name: 'geo:check', cmd: ['npx', 'tsx', 'geo/cli.ts'] },
  { name: 'unit', cmd: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_JSON}`] },
  { name: 'build', cmd: ['npx', 'vite', 'build', '--logLevel', 'warn'] },
  { name: 'e2e', cmd: ['npx', 'playwright', 'test'] },
];

function counts(): { passed: number; failed: number } {
  let passed = 0;
  let failed = 0;
  if (existsSync(VITEST_JSON)) {
    const v = JSON.parse(readFileSync(VITEST_JSON, 'utf8')) as { numPassedTests: number; numFailedTests: number };
    passed += v.numPassedTests;
    failed += v.numFailedTests;
  }
  if (existsSync(E2E_JSON)) {
    const p = JSON.parse(readFileSync(E2E_JSON, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number } };
    passed += p.stats.expected + p.stats.flaky;
    failed += p.stats.unexpected;
  }
  return { passed, failed };
}

rmSync(VITEST_JSON, { force: true });
rmSync(E2E_JSON, { force: true });

let failedStep: string | undefined;
try {
  process.env.CHROMIUM_PATH ??= ensureChromium();
} catch (e) {
  console.error((e as Error).message);
  failedStep = 'chromium';
}

/** Seconds each step took, printed at the end: where the time of `npm test` goes. */
const timings: string[] = [];
for (const step of failedStep ? [] : steps) {
  console.log(`\n── ${step.name}: ${step.cmd.join(' ')}`);
  const start = performance.now();
  const r = spawnSync(step.cmd[0]!, step.cmd.slice(1), { stdio: 'inherit' });
  timings.push(`${step.name} ${((performance.now() - start) / 1000).toFixed(1)} s`);
  if (r.status !== 0) {
    failedStep = step.name;
    break;
  }
}

const { passed, failed } = counts();
console.log(`\nsteps: ${timings.join(', ')}`);
if (failedStep) console.log(`\nnpm test: the ${failedStep} step failed.`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failedStep || failed > 0 ? 1 : 0);
