/**
 * `npm run bench`: cold-load timing of the explorer against a bare MapLibre page with the same basemap.
 * Builds both, serves them with `vite preview`, and loads each RUNS times in headless Chromium,
 * alternating, each in a fresh browser context (empty cache). Reports median time to first `idle`,
 * their ratio, the explorer's time to the first frame that draws a district, and its shipped bytes.
 * BENCH_PORT (default 4173, and the next port for the bare page) lets checkouts on one machine bench side by side.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { ensureChromium } from '../chromium.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const PORT = Number(process.env.BENCH_PORT ?? 4173);
const EXPLORER = `http://127.0.0.1:${PORT}/`;
const BARE = `http://127.0.0.1:${PORT + 1}/`;
const LAUNCH_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function serve(args: string[], url: string): Promise<ChildProcess> {
  // Vite's own entry, not `npx`: killing an npx wrapper would leave the server running on its port.
  const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 30_000;
    const poll = (): void => {
      // Both outcomes are handled here: the promise itself is not needed.
      void fetch(url).then(
        () => resolve(child),
        () => (Date.now() > deadline ? reject(new Error(`no server at ${url}`)) : setTimeout(poll, 200)),
      );
    };
    poll();
  });
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function bytesOf(dir: string, kinds: Record<string, string[]>): Record<string, { raw: number; gz: number }> {
  const out: Record<string, { raw: number; gz: number }> = Object.fromEntries(Object.keys(kinds).map((k) => [k, { raw: 0, gz: 0 }]));
  const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
  for (const file of walk(dir)) {
    const kind = Object.entries(kinds).find(([, exts]) => exts.includes(extname(file)))?.[0];
    if (!kind) continue;
    const buf = readFileSync(file);
    out[kind]!.raw += buf.length;
    out[kind]!.gz += gzipSync(buf, { level: 9 }).length;
  }
  return out;
}

async function main(): Promise<void> {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  execFileSync('npx', ['vite', 'build', '--config', 'tests/bench/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
  const servers = [await serve(['--port', String(PORT)], EXPLORER), await serve(['--config', 'tests/bench/vite.config.ts', '--port', String(PORT + 1)], BARE)];
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: LAUNCH_ARGS });
  const times: Record<string, number[]> = { explorer: [], bare: [] };
  const districts: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      for (const [name, url] of [
        ['explorer', EXPLORER],
        ['bare', BARE],
      ] as const) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        if (name === 'explorer') await page.addInitScript({ path: join(import.meta.dirname, 'watchDistricts.js') });
        await page.goto(url);
        const t = await page.waitForFunction(() => window.__firstIdleAt, undefined, { timeout: 60_000 });
        times[name]!.push((await t.jsonValue()) as number);
        if (name === 'explorer') districts.push((await (await page.waitForFunction(() => window.__districtsPaintAt, undefined, { timeout: 60_000 })).jsonValue()) as number);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    servers.forEach((s) => s.kill());
  }
  const ex = median(times.explorer!);
  const bare = median(times.bare!);
  const paint = median(districts);
  const bytes = bytesOf('dist', { js: ['.js', '.mjs'], css: ['.css'], data: ['.geojson', '.json'], fonts: ['.woff2', '.woff'] });
  const kB = (n: number) => (n / 1000).toFixed(1);
  console.log(`runs: ${RUNS} cold loads each, alternating, 1280×800, headless Chromium (SwiftShader)`);
  console.log(`explorer first idle: median ${ex.toFixed(0)} ms  (all: ${times.explorer!.map((x) => x.toFixed(0)).join(', ')})`);
  console.log(`explorer first frame with districts: median ${paint.toFixed(0)} ms  (all: ${districts.map((x) => x.toFixed(0)).join(', ')})`);
  console.log(`bare MapLibre first idle: median ${bare.toFixed(0)} ms  (all: ${times.bare!.map((x) => x.toFixed(0)).join(', ')})`);
  for (const [k, v] of Object.entries(bytes)) console.log(`explorer ${k}: ${kB(v.raw)} kB raw, ${kB(v.gz)} kB gzip`);
  console.log(`bench: idle-ratio=${(ex / bare).toFixed(2)} districts-paint=${paint.toFixed(0)} ms js-gz=${kB(bytes.js!.gz)} kB data-gz=${kB(bytes.data!.gz)} kB`);
}

declare global {
  interface Window {
    /** Set by watchDistricts.js. */
    __districtsPaintAt?: number;
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
