/**
 * `npm run geo:check`: checks every committed data file and names the file, the feature and the
 * reason for each problem. Exits 1 when there is any.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkData, ALL_FILES, ANALYSIS_FILE } from './check/index.ts';
import { formatProblem, type Problem } from './check/problem.ts';

export function readDataFiles(root: string, problems: Problem[]): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  for (const file of ALL_FILES) {
    const path = join(root, file);
    if (!existsSync(path)) continue; // checkData reports it missing
    const text = readFileSync(path, 'utf8');
    if (file === ANALYSIS_FILE) {
      files[file] = text;
      continue;
    }
    try {
      files[file] = JSON.parse(text);
    } catch (e) {
      problems.push({ file, message: `is not valid JSON: ${e instanceof Error ? e.message : String(e)}` });
    }
  }
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? join(import.meta.dirname, '..');
  const problems: Problem[] = [];
  const files = readDataFiles(root, problems);
  // A file that failed to parse is reported once, not again as missing.
  const unparsed = new Set(problems.map((p) => p.file));
  problems.push(...checkData(files).filter((p) => !(p.message === 'is missing' && unparsed.has(p.file))));
  for (const p of problems) console.error(`✗ ${formatProblem(p)}`);
  console.log(problems.length === 0 ? `geo:check: ${ALL_FILES.length} files, no problems` : `geo:check: ${problems.length} problem(s)`);
  process.exit(problems.length === 0 ? 0 : 1);
}
