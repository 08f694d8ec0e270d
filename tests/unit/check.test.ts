import { describe, expect, it } from 'vitest';
import { checkData } from '../../geo/check/index.ts';
import { formatProblem } from '../../geo/check/problem.ts';
import { normaliseForQuote } from '../../geo/check/text.ts';
import { geometryOf, propsOf, validFiles, ROUTE_WAYPOINTS } from './checkFixture.ts';

const messages = (files: Record<string, unknown>) => checkData(files).map(formatProblem);

/** Breaks a fresh valid dataset with `breakIt` and returns the messages. */
const broken = (breakIt: (files: Record<string, unknown>) => void) => {
  const files = validFiles();
  breakIt(files);
  return messages(files);
};

describe('geo:check on a valid dataset', () => {
  it('finds nothing wrong', () => {
    expect(messages(validFiles())).toEqual([]);
  });
});

describe('geo:check names the file, the feature and the reason', () => {
  it('rejects GeoJSON that geojson-validation rejects', () => {
    const m = broken((f) => (geometryOf(f, 'data/districts.geojson').type = 'Polygn'));
    expect(m.length).toBeGreaterThan(0);
    expect(m.every((x) => x.startsWith('data/districts.geojson › aghdam: invalid GeoJSON'))).toBe(true);
  });

  it('rejects a duplicate id across files', () => {
    const m = broken((f) => (propsOf(f, 'data/places.geojson').id = 'aghdam'));
    expect(m).toContain('data/places.geojson › aghdam: duplicate id: also used in data/districts.geojson');
  });

  it('rejects an id that is not kebab-case', () => {
    const m = broken((f) => (propsOf(f, 'data/places.geojson').id = 'Goris Town'));
    expect(m).toEqual(['data/places.geojson › Goris Town › properties.id: must be kebab-case text']);
  });

  it('rejects a coordinate outside the region', () => {
    const m = broken((f) => (geometryOf(f, 'data/places.geojson').coordinates = [2.35, 48.85]));
    expect(m).toContain('data/places.geojson › goris: 1 coordinate(s) outside the region 42,37,50,43, first at 2.35,48.85');
  });

  it('rejects a self-intersecting polygon', () => {
    const m = broken(
      (f) =>
        (geometryOf(f, 'data/districts.geojson').coordinates = [
          [
            [46.5, 39.5],
            [46.6, 39.6],
            [46.6, 39.5],
            [46.5, 39.6],
            [46.5, 39.5],
          ],
        ]),
    );
    expect(m).toContain('data/districts.geojson › aghdam: polygon intersects itself at 1 point(s), first at 46.55,39.55');
  });

  it('rejects a waypoint more than 1 km from its line', () => {
    const m = broken((f) => {
      // The line through the waypoints, with its vertex at Mincivan junction moved 4 km east.
      geometryOf(f, 'data/routes.geojson').coordinates = ROUTE_WAYPOINTS.map((w) => (w.name === 'Mincivan junction' ? [w.lon + 0.05, w.lat] : [w.lon, w.lat]));
    });
    expect(m.find((x) => x.includes('waypoint "Mincivan junction"'))).toMatch(/^data\/routes\.geojson › horadiz-meghri: waypoint "Mincivan junction" is \d\.\d\d km from the line \(more than 1 km\)$/);
  });

  it('rejects a segment whose declared territory disagrees with the country polygons', () => {
    const m = broken((f) => {
      const w = propsOf(f, 'data/routes.geojson').waypoints as typeof ROUTE_WAYPOINTS;
      for (const p of w) if (p.territory === 'armenia') p.territory = 'nakhchivan';
    });
    expect(m.find((x) => x.includes('"Alvank" → "Meghri/M2"'))).toMatch(
      /^data\/routes\.geojson › horadiz-meghri: segment "Alvank" → "Meghri\/M2" is declared in nakhchivan but runs \d+\.\d km outside it \(in armenia at /,
    );
  });

  it('rejects a segment joining two territories without a border waypoint', () => {
    const m = broken((f) => ((propsOf(f, 'data/routes.geojson').waypoints as typeof ROUTE_WAYPOINTS).find((w) => w.territory === 'border')!.territory = 'azerbaijan'));
    expect(m).toContain('data/routes.geojson › horadiz-meghri: segment "border at Aghband" → "Nrnadzor" joins azerbaijan to armenia without a border waypoint');
  });

  it('rejects a district without controlSince or how', () => {
    const m = broken((f) => {
      delete propsOf(f, 'data/districts.geojson').controlSince;
      delete propsOf(f, 'data/districts.geojson').how;
    });
    expect(m).toEqual(['data/districts.geojson › aghdam › properties.controlSince: is missing', 'data/districts.geojson › aghdam › properties.how: is missing']);
  });

  it('rejects an impossible date', () => {
    const m = broken((f) => (propsOf(f, 'data/districts.geojson').controlSince = '2020-11-31'));
    expect(m).toEqual(['data/districts.geojson › aghdam › properties.controlSince: is not a real date']);
  });

  it('rejects a statement handover without its article', () => {
    const m = broken((f) => delete propsOf(f, 'data/districts.geojson').article);
    expect(m).toEqual(['data/districts.geojson › aghdam › properties.article: a statement handover needs the article number (1–9)']);
  });

  it('rejects a quotation that is not in the analysis word for word', () => {
    const m = broken((f) => ((f['data/quotes.json'] as { text: string }[])[0]!.text = 'The Aghdam region was handed over to Azerbaijan on 20 November.'));
    expect(m).toContain('data/quotes.json › q-one: text is not found word for word in data/analysis.md: "The Aghdam region was handed over to Azerbaijan on 20 November."');
  });

  it('accepts a quotation that differs only in white space, quote marks and dashes', () => {
    const files = validFiles();
    files['data/analysis.md'] = '---\n---\nThe “Aghdam” region – was\n  handed over.';
    (files['data/quotes.json'] as { text: string }[])[0]!.text = 'The "Aghdam" region - was handed over.';
    expect(messages(files).filter((m) => m.includes('word for word'))).toEqual([]);
  });

  it('does not match quotations inside the front matter', () => {
    const files = validFiles();
    files['data/analysis.md'] = '---\ntitle: The Aghdam region was to be handed over to Azerbaijan[3] on 20 November.\n---\nOther text.';
    expect(messages(files).some((m) => m.includes('word for word'))).toBe(true);
  });

  it('rejects an unknown quote id and an unknown footnote', () => {
    const m = broken((f) => {
      propsOf(f, 'data/districts.geojson').quotes = ['q-nope'];
      (f['data/quotes.json'] as { footnotes: number[] }[])[0]!.footnotes = [99];
    });
    expect(m).toContain('data/districts.geojson › aghdam: unknown quote id "q-nope" (not in data/quotes.json)');
    expect(m).toContain('data/quotes.json › q-one: unknown footnote 99 (not in data/sources.json)');
  });

  it('rejects a feature with no quotation, but not a supporting place', () => {
    const m = broken((f) => (propsOf(f, 'data/peacekeeping.geojson').quotes = []));
    expect(m).toEqual(['data/peacekeeping.geojson › peacekeeping-hq: has no quotation from the analysis']);
  });

  it('rejects a named place with no quotation', () => {
    const m = broken((f) => (propsOf(f, 'data/places.geojson').role = 'named'));
    expect(m).toEqual(['data/places.geojson › goris: has no quotation from the analysis']);
  });

  it('rejects missing contract properties', () => {
    const m = broken((f) => {
      const p = propsOf(f, 'data/peacekeeping.geojson');
      p.approximate = 'yes';
      delete p.source;
    });
    expect(m).toEqual(['data/peacekeeping.geojson › peacekeeping-hq › properties.approximate: must be true or false', 'data/peacekeeping.geojson › peacekeeping-hq › properties.source: is missing']);
  });

  it('rejects a wrong kind, and a geometry that does not fit the kind', () => {
    expect(broken((f) => (propsOf(f, 'data/peacekeeping.geojson').kind = 'base'))).toEqual([
      'data/peacekeeping.geojson › peacekeeping-hq › properties.kind: must be one of zone, corridor, corridor-road, patrol, monitoring-centre, hq (got "base")',
    ]);
    expect(broken((f) => (propsOf(f, 'data/peacekeeping.geojson').kind = 'zone'))).toEqual([
      'data/peacekeeping.geojson › peacekeeping-hq › geometry.type: does not match the kind (zones and corridors are areas, roads and patrols lines, sites points)',
    ]);
  });

  it('names a mistyped waypoint territory instead of crashing on it', () => {
    const m = broken((f) => ((propsOf(f, 'data/routes.geojson').waypoints as typeof ROUTE_WAYPOINTS)[3]!.territory = 'azerbajan'));
    expect(m).toEqual([
      'data/routes.geojson › horadiz-meghri › properties.waypoints[3].territory: Invalid type: Expected ("armenia" | "azerbaijan" | "nakhchivan" | "border") but received "azerbajan"',
    ]);
  });

  it('rejects a height without its source, and a source without its height', () => {
    const waypoint = (f: Record<string, unknown>) => (propsOf(f, 'data/routes.geojson').waypoints as typeof ROUTE_WAYPOINTS)[1]!;
    const why = 'data/routes.geojson › horadiz-meghri › properties.waypoints[1]: a height needs its source (elevationSource), and a source its height';
    expect(broken((f) => Object.assign(waypoint(f), { elevation: 2346 }))).toEqual([why]);
    expect(broken((f) => Object.assign(waypoint(f), { elevationSource: 'a pass, cited' }))).toEqual([why]);
    expect(broken((f) => Object.assign(waypoint(f), { elevation: 2346, elevationSource: 'a pass, cited' }))).toEqual([]);
  });

  it('names a null geometry, a NaN coordinate and a route without waypoints', () => {
    expect(broken((f) => ((f['data/districts.geojson'] as { features: { geometry: unknown }[] }).features[0]!.geometry = null))).toEqual([
      'data/districts.geojson › aghdam › geometry: Invalid type: Expected Object but received null',
    ]);
    expect(broken((f) => ((geometryOf(f, 'data/places.geojson').coordinates as number[])[0] = NaN))).toEqual(['data/places.geojson › goris › geometry.coordinates[0]: must be a finite number']);
    expect(broken((f) => delete propsOf(f, 'data/routes.geojson').waypoints)).toEqual(['data/routes.geojson › horadiz-meghri › properties.waypoints: is missing']);
  });

  it('rejects a field the contract does not know', () => {
    expect(broken((f) => (propsOf(f, 'data/places.geojson').aproximate = true))).toEqual(['data/places.geojson › goris › properties.aproximate: is not a field of the data contract (geo/schema.ts)']);
  });

  it('rejects a source address that is not http(s)', () => {
    expect(broken((f) => ((f['data/sources.json'] as { url: string }[])[0]!.url = 'javascript:alert(1)'))).toEqual(['data/sources.json › footnote 3 › url: must be an http(s) address']);
  });

  it('reports a file that is not a FeatureCollection', () => {
    expect(broken((f) => (f['data/context.geojson'] = { type: 'Feature' }))).toEqual(['data/context.geojson: must be a GeoJSON FeatureCollection with a list of features']);
  });

  it('rejects events that point at unknown features or quotes', () => {
    const m = broken((f) => ((f['data/events.json'] as { features: string[]; quotes: string[] }[])[0]!.features = ['atlantis']));
    expect(m).toEqual(['data/events.json › 2020-11-20 Aghdam district handed over: unknown feature id "atlantis"']);
  });

  it('rejects a patrol line that leaves the zone and corridor', () => {
    const m = broken((f) => {
      const line = (f['data/peacekeeping.geojson'] as { features: { geometry: { coordinates: number[][] } }[] }).features[2]!.geometry;
      line.coordinates = [
        [46.55, 39.75],
        [46.75, 39.6],
      ]; // ends 11 km south of the zone
    });
    expect(m.find((x) => x.includes('outside the zone'))).toMatch(
      /^data\/peacekeeping\.geojson › patrol-a: patrol line runs \d+\.\d km outside the zone and corridor \(up to \d+\.\d km; tolerance 0\.5 km\)$/,
    );
  });

  it('accepts a patrol line within the tolerance of the zone', () => {
    const m = broken((f) => {
      const line = (f['data/peacekeeping.geojson'] as { features: { geometry: { coordinates: number[][] } }[] }).features[2]!.geometry;
      line.coordinates = [
        [46.55, 39.75],
        [46.75, 39.698],
      ]; // 0.2 km outside at its end
    });
    expect(m.filter((x) => x.includes('outside the zone'))).toEqual([]);
  });

  it('rejects a part changed in 2020 that overlaps the zone or the ground held since 1994', () => {
    const m = broken(
      (f) =>
        (geometryOf(f, 'data/districts.geojson').coordinates = [
          [
            [46.6, 39.55],
            [46.75, 39.55],
            [46.75, 39.75],
            [46.6, 39.75],
            [46.6, 39.55],
          ],
        ]),
    );
    expect(m.find((x) => x.includes('overlaps peacekeeping-zone'))).toMatch(
      /^data\/districts\.geojson › aghdam: changed hands in 2020 but overlaps peacekeeping-zone by \d+\.\d km² \(tolerance 0\.5 km²\)$/,
    );
    expect(m.find((x) => x.includes('overlaps aghdam-held-since-1994'))).toMatch(/overlaps aghdam-held-since-1994 by \d+\.\d km²/);
  });

  it('rejects a part without district, dateBasis or precisionKm, and peacekeeping without since', () => {
    const m = broken((f) => {
      const p = propsOf(f, 'data/districts.geojson');
      delete p.district;
      delete p.dateBasis;
      p.precisionKm = 0;
      delete propsOf(f, 'data/peacekeeping.geojson').since;
    });
    expect(m).toEqual([
      'data/districts.geojson › aghdam › properties.district: is missing',
      'data/districts.geojson › aghdam › properties.dateBasis: is missing',
      'data/districts.geojson › aghdam › properties.precisionKm: must be a positive number of km',
      'data/peacekeeping.geojson › peacekeeping-hq › properties.since: is missing',
    ]);
  });

  it('reports a missing file', () => {
    const m = broken((f) => delete f['data/routes.geojson']);
    expect(m).toEqual(['data/routes.geojson: is missing']);
  });
});

describe('normaliseForQuote', () => {
  it('folds white space, curly quotes and dashes only', () => {
    expect(normaliseForQuote('a\n  “b”  ‘c’ — d – e')).toBe('a "b" \'c\' - d - e');
    expect(normaliseForQuote('Azerbaijan’s')).not.toBe(normaliseForQuote('Azerbaijans'));
  });
});
