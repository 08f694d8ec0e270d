/**
 * `npm test`: type-check, lint, format, unused files, exports and dependencies (knip) and the data
 * check (geo:check) side by side, then the unit tests, the production build and the e2e suite in
 * headless Chromium, stopping after the first stage that fails. It ends with one line counting the
 * tests: `N passed, N failed`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './chromium.ts';

const VITEST_JSON = 'test-results/unit.json';
const E2E_JSON = 'test-results/e2e.json';

interface Step {
  name: string;
  cmd: string[];
}

/** The static checks read the code and the data and change nothing: they run at once, each printed when it ends. */
const checks: Step[] = [
  { name: 'typecheck', cmd: ['npx', 'tsc', '-p', '.'] },
  { name: 'lint', cmd: ['npx', 'eslint', '.', '--max-warnings=0'] },
  { name: 'format', cmd: ['npx', 'prettier', '--check', '.'] },
  { name: 'knip', cmd: ['npx', 'knip'] },
  { name: 'geo:check', cmd: ['npx', 'tsx', 'geo/cli.ts'] },
];
/** Then these, one after another: each needs both cores. */
const steps: Step[] = [
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
const seconds = (start: number) => ((performance.now() - start) / 1000).toFixed(1);

/** Runs `step` with its output held back, then prints it whole; resolves to whether it passed. */
function runQuietly(step: Step): Promise<boolean> {
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn(step.cmd[0]!, step.cmd.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => out.push(b));
    child.on('error', (e) => out.push(Buffer.from(String(e))));
    child.on('close', (code) => {
      console.log(`\n── ${step.name}: ${step.cmd.join(' ')}\n${Buffer.concat(out).toString().trimEnd()}`);
      timings.push(`${step.name} ${seconds(start)} s`);
      resolve(code === 0);
    });
  });
}

if (!failedStep) {
  const start = performance.now();
  const passedChecks = await Promise.all(checks.map(runQuietly));
  timings.push(`(checks together ${seconds(start)} s)`);
  const failedCheck = checks.find((_, i) => !passedChecks[i]);
  if (failedCheck) failedStep = failedCheck.name;
}
for (const step of failedStep ? [] : steps) {
  console.log(`\n── ${step.name}: ${step.cmd.join(' ')}`);
  const start = performance.now();
  const r = spawnSync(step.cmd[0]!, step.cmd.slice(1), { stdio: 'inherit' });
  timings.push(`${step.name} ${seconds(start)} s`);
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
