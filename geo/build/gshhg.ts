/**
 * Shorelines and rivers from GSHHG 2.3.7 (with the WDBII rivers; LGPL-3+), read with Debian's GMT:
 * `apt-get install -y gmt gmt-gshhg-high` (built with GMT 6.4.0). `gmt coast -M` dumps the data in
 * 1° bins, so each line comes in pieces that end where the next begins; `joinPieces` puts them together.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Position } from 'geojson';
import type { BBox } from '../region.ts';

const GMT_VERSION = '6.4.0';
export const GSHHG = 'GSHHG 2.3.7 (Debian gmt 6.4.0, full resolution)';

export interface Piece {
  /** GSHHG level: for shorelines 1 sea, 2 lake, 3 island in a lake; for rivers the WDBII class (1 major … 10 canals). */
  level: number;
  coords: Position[];
}

function gmt(args: string[]): string {
  let version: string;
  try {
    version = execFileSync('gmt', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('gmt is missing: apt-get install -y gmt gmt-gshhg-high');
  }
  if (version !== GMT_VERSION) throw new Error(`gmt ${version} found; data/ was built with ${GMT_VERSION} (its GSHHG output differs between versions)`);
  // Run in a temporary folder: GMT leaves a gmt.history file in its working folder.
  const cwd = mkdtempSync(join(tmpdir(), 'gmt-'));
  try {
    return execFileSync('gmt', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

/** Parses GMT's multi-segment text (`> … Level n` headers); drops the zero-length pieces GMT leaves on bin edges. */
function parseSegments(text: string): Piece[] {
  const out: Piece[] = [];
  let cur: Piece | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('>')) {
      cur = { level: Number(/Level (\d+)/.exec(line)?.[1] ?? NaN), coords: [] };
      out.push(cur);
    } else if (cur && line.trim()) {
      const [x, y] = line.trim().split(/\s+/).map(Number);
      cur.coords.push([x!, y!]);
    }
  }
  return out.filter((p) => p.coords.length >= 2 && new Set(p.coords.map((c) => c.join())).size >= 2);
}

const bbox = ([w, s, e, n]: BBox) => `-R${w}/${e}/${s}/${n}`;

/** Shoreline pieces (`-W`) of the given levels in a box. */
export function shorelines(box: BBox, levels: [number, number]): Piece[] {
  return parseSegments(gmt(['coast', bbox(box), '-Df', '-W', `-A0/${levels[0]}/${levels[1]}`, '-M']));
}

/** River pieces (`-Ia`: every WDBII class) in a box. */
export function riverPieces(box: BBox): Piece[] {
  return parseSegments(gmt(['coast', bbox(box), '-Df', '-Ia', '-M']));
}

const key = (p: Position) => `${p[0]!.toFixed(7)},${p[1]!.toFixed(7)}`;

/**
 * Joins pieces that meet end to end into longer lines, only through points where exactly two pieces
 * meet (so river confluences stay nodes). Deterministic: pieces are taken in input order.
 */
export function joinPieces(pieces: Position[][]): Position[][] {
  const at = new Map<string, number[]>();
  pieces.forEach((p, i) => {
    for (const end of [p[0]!, p[p.length - 1]!]) at.set(key(end), [...(at.get(key(end)) ?? []), i]);
  });
  const used = new Set<number>();
  /** The unused piece continuing from `end`, where exactly two pieces meet there. */
  const partner = (end: Position): number | undefined => {
    const list = at.get(key(end))!;
    return list.length === 2 ? list.find((i) => !used.has(i)) : undefined;
  };
  const out: Position[][] = [];
  pieces.forEach((_, start) => {
    if (used.has(start)) return;
    used.add(start);
    let line = [...pieces[start]!];
    for (const forward of [true, false]) {
      for (;;) {
        const end = forward ? line[line.length - 1]! : line[0]!;
        const other = partner(end);
        if (other === undefined) break;
        used.add(other);
        const p = pieces[other]!;
        const oriented = key(forward ? p[0]! : p[p.length - 1]!) === key(end) ? p : [...p].reverse();
        line = forward ? [...line, ...oriented.slice(1)] : [...oriented.slice(0, -1), ...line];
      }
    }
    out.push(line);
  });
  return out;
}
