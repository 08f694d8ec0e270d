import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { END, START, withAccuracy } from '../../geo/build/accuracy.ts';
import { chainOpen, chainRing, readSegments } from '../../geo/build/disputedBorders.ts';

const row = { layer: 'Zone', reference: 'Published | estimate', measure: 'Area', value: '3,076 km²' };

describe('the accuracy table', () => {
  it('replaces what stands between the markers, and only that', () => {
    const readme = `# Title\n\n${START}\nold table\n${END}\n\nAfter.\n`;
    const out = withAccuracy(readme, [row]);
    expect(out).toBe(`# Title\n\n${START}\n| Layer | Reference | Measure | Value |\n|---|---|---|---|\n| Zone | Published \\| estimate | Area | 3,076 km² |\n${END}\n\nAfter.\n`);
    expect(withAccuracy(out, [row])).toBe(out);
  });

  it('refuses a README without the markers', () => {
    expect(() => withAccuracy('# Title\n', [row])).toThrow(`data/README.md needs the markers ${START} and ${END}`);
  });
});

describe('chaining Natural Earth line segments', () => {
  // Three segments of one line, out of order and one reversed: a–b, c–b (reversed), c–d.
  const a = [46.0, 40.0];
  const b = [46.1, 40.0];
  const c = [46.2, 40.0];
  const d = [46.3, 40.0];

  it('chains an open line from its free end', () => {
    expect(
      chainOpen(
        [
          [c, d],
          [c, b],
          [a, b],
        ],
        't',
      ),
    ).toEqual([d, c, b, a]);
  });

  it('refuses segments that do not meet', () => {
    expect(() =>
      chainOpen(
        [
          [a, b],
          [
            [47, 41],
            [47.1, 41],
          ],
        ],
        't',
      ),
    ).toThrow('t: expected 2 free ends, found 4');
  });

  it('closes a ring', () => {
    expect(
      chainRing([
        [a, b],
        [b, [46.1, 40.1]],
        [[46.1, 40.1], a],
      ]),
    ).toEqual([a, b, [46.1, 40.1], a]);
  });
});

describe('reading the gpkg says what to install', () => {
  it('names qgis-common when the file is missing', () => {
    expect(() => readSegments('/nonexistent/world_map.gpkg', 'Ceasefire Line 1994')).toThrow('apt-get install -y qgis-common');
  });

  const gpkg = '/usr/share/qgis/resources/data/world_map.gpkg';
  it.skipIf(!existsSync(gpkg))('names gdal-bin when ogr2ogr cannot run', () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      expect(() => readSegments(gpkg, 'Ceasefire Line 1994')).toThrow('apt-get install -y gdal-bin');
    } finally {
      process.env.PATH = path;
    }
  });
});
