import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, clampDate, daysBetween, parseIsoDate, PEACEKEEPING_FROM, TIME_END, TIME_START } from '../../src/time/dates.ts';
import { changesBetween, howInWords, type DatedPart, type DatedSite } from '../../src/time/changes.ts';
import { eventsOfWeek } from '../../src/time/events.ts';
import { datedSpec, changeLayers } from '../../src/time/mapDate.ts';
import { defaultState, parseHash, serializeHash, type Known } from '../../src/state/hash.ts';
import { initialState, reduce } from '../../src/state/reducer.ts';
import type { AnalysisEvent } from '../../geo/schema.ts';
import type { LayerSpecification } from 'maplibre-gl';

const props = <T>(file: string): T[] => (JSON.parse(readFileSync(`data/${file}.geojson`, 'utf8')) as { features: { properties: T }[] }).features.map((f) => f.properties);
const parts = props<DatedPart>('districts');
const sites = props<DatedSite>('peacekeeping');

describe('dates', () => {
  it('reads real calendar days only', () => {
    expect(parseIsoDate('2020-11-21')).toBe('2020-11-21');
    expect(parseIsoDate('2020-02-30')).toBeNull();
    expect(parseIsoDate('2020-11-9')).toBeNull();
    expect(parseIsoDate('yesterday')).toBeNull();
    expect(parseIsoDate(null)).toBeNull();
  });

  it('clamps to the slider range', () => {
    expect(clampDate('2019-01-01')).toBe(TIME_START);
    expect(clampDate('2030-01-01')).toBe(TIME_END);
    expect(clampDate('2020-11-21')).toBe('2020-11-21');
  });

  it('steps days and months across month and year ends', () => {
    expect(addDays('2020-12-31', 1)).toBe('2021-01-01');
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
    expect(addMonths('2020-10-31', 1)).toBe('2020-11-30');
    expect(addMonths('2021-01-15', -2)).toBe('2020-11-15');
    expect(daysBetween(TIME_START, TIME_END)).toBe(411);
  });
});

describe('changesBetween, on the committed data', () => {
  it('lists the three handovers between 9 November and 2 December 2020, by date and how', () => {
    const list = changesBetween(parts, sites, '2020-11-09', '2020-12-02');
    expect(list.changes.map((c) => [c.district, c.ids, c.date, howInWords(c)])).toEqual([
      ['aghdam', ['aghdam-2020'], '2020-11-20', 'handed over under article 2 of the 10 November 2020 statement'],
      ['kalbajar', ['kalbajar'], '2020-11-25', 'handed over under article 6 of the 10 November 2020 statement'],
      ['lachin', ['lachin'], '2020-12-01', 'handed over under article 6 of the 10 November 2020 statement'],
    ]);
    // Every peacekeeping feature but the monitoring centre (30 January 2021) appears on 10 November 2020.
    expect(list.appeared.map((a) => [a.date, a.ids.length])).toEqual([[PEACEKEEPING_FROM, sites.length - 1]]);
  });

  it('lists the fighting of October 2020 whichever way round the dates are given', () => {
    const list = changesBetween(parts, sites, '2020-11-01', '2020-09-27');
    expect(list.earlier).toBe('2020-09-27');
    expect(list.changes.map((c) => [c.district, c.date, c.how])).toEqual([
      ['tartar', '2020-10-03', 'operation'],
      ['jabrayil', '2020-10-04', 'operation'],
      ['khojavend', '2020-10-09', 'operation'],
      ['fuzuli', '2020-10-17', 'operation'],
      ['zangilan', '2020-10-20', 'operation'],
      ['qubadli', '2020-10-25', 'operation'],
    ]);
    expect(list.appeared).toEqual([]);
  });

  it('never lists ground held since 1994, and shows the monitoring centre from its own date', () => {
    const all = changesBetween(parts, sites, '2020-09-27', '2021-11-12');
    expect(all.changes.map((c) => c.how)).not.toContain('held-since-1994');
    expect(all.appeared.map((a) => [a.date, a.ids])).toContainEqual(['2021-01-30', ['monitoring-centre']]);
  });

  it('counts a change on the later date but not on the earlier one', () => {
    expect(changesBetween(parts, [], '2020-11-20', '2020-11-25').changes.map((c) => c.district)).toEqual(['kalbajar']);
    expect(changesBetween(parts, [], '2020-11-21', '2020-11-24').changes).toEqual([]);
  });
});

describe('changesBetween, on district parts', () => {
  const split: DatedPart[] = [
    { id: 'aghdam-held', name: 'Aghdam district', district: 'aghdam', controlSince: '1994-05-12', how: 'held-since-1994' },
    { id: 'aghdam-a', name: 'Aghdam district', district: 'aghdam', controlSince: '2020-11-20', how: 'statement', article: 2, dateBasis: 'statement deadline' },
    { id: 'aghdam-b', name: 'Aghdam district', district: 'aghdam', controlSince: '2020-11-20', how: 'statement', article: 2 },
    { id: 'fuzuli-west', name: 'Fuzuli district (west)', district: 'fuzuli', controlSince: '2020-10-17', how: 'operation' },
  ];
  it('groups the parts of one district that changed together and skips ground held throughout', () => {
    const list = changesBetween(split, [], TIME_START, TIME_END);
    expect(list.changes).toEqual([
      { district: 'fuzuli', ids: ['fuzuli-west'], names: ['Fuzuli district (west)'], date: '2020-10-17', how: 'operation' },
      { district: 'aghdam', ids: ['aghdam-a', 'aghdam-b'], names: ['Aghdam district'], date: '2020-11-20', how: 'statement', article: 2, dateBasis: 'statement deadline' },
    ]);
  });
  it('shows a peacekeeping site from its own since, else from the statement', () => {
    const list = changesBetween(
      [],
      [
        { id: 'mc', name: 'Centre', since: '2021-01-30' },
        { id: 'z', name: 'Zone' },
      ],
      '2020-11-01',
      '2021-02-01',
    );
    expect(list.appeared.map((a) => [a.date, a.ids])).toEqual([
      ['2020-11-10', ['z']],
      ['2021-01-30', ['mc']],
    ]);
  });
});

describe('eventsOfWeek', () => {
  const events = JSON.parse(readFileSync('data/events.json', 'utf8')) as AnalysisEvent[];
  it('gives the events of the seven days up to the date', () => {
    expect(eventsOfWeek(events, '2020-11-21').map((e) => e.date)).toEqual(['2020-11-15', '2020-11-20']);
    expect(eventsOfWeek(events, '2020-11-14').map((e) => e.date)).toEqual(['2020-11-08', '2020-11-09']);
    expect(eventsOfWeek(events, '2020-11-07')).toEqual([]);
  });
  it('counts a month-only event in a week of that month', () => {
    const e: AnalysisEvent = { date: '2020-07', title: 'x', quotes: [], features: [] };
    expect(eventsOfWeek([e], '2020-07-03')).toEqual([e]);
    expect(eventsOfWeek([e], '2020-08-08')).toEqual([]);
  });
});

describe('the map on a date', () => {
  const fill: LayerSpecification = { id: 'd', type: 'fill', source: 'districts', filter: ['==', ['get', 'how'], 'statement'], paint: { 'fill-color': '#123456' } };
  const pk: LayerSpecification = { id: 'p', type: 'line', source: 'peacekeeping', filter: ['==', ['get', 'kind'], 'zone'], paint: {} };
  it('leaves every layer as declared when no date is set', () => {
    expect(datedSpec(fill, {})).toBe(fill);
    expect(datedSpec(pk, {})).toBe(pk);
    expect(changeLayers({ date: '2020-12-02' })).toEqual([]);
  });
  it('colours districts by their date and filters peacekeeping by its since', () => {
    expect(datedSpec(fill, { date: '2020-11-21' })).toMatchObject({ paint: { 'fill-color': ['case', ['<=', ['to-string', ['get', 'controlSince']], '2020-11-21'], '#123456', expect.any(String)] } });
    expect(datedSpec(pk, { date: '2020-11-21' })).toMatchObject({
      filter: ['all', ['==', ['get', 'kind'], 'zone'], ['<=', ['to-string', ['coalesce', ['get', 'since'], '2020-11-10']], '2020-11-21']],
    });
  });
  it('outlines what changed between the compared dates', () => {
    const [districts] = changeLayers({ date: '2020-12-02', from: '2020-11-09' });
    expect(districts).toMatchObject({
      source: 'districts',
      filter: ['all', ['>', ['to-string', ['get', 'controlSince']], '2020-11-09'], ['<=', ['to-string', ['get', 'controlSince']], '2020-12-02']],
    });
  });
});

describe('date and from in the link', () => {
  const known: Known = { layers: ['a'], defaultLayers: ['a'], features: new Set(), routes: [] };
  it('reads and writes both, clamping to the slider range', () => {
    const { state, dropped } = parseHash('#date=2020-12-02&from=2019-01-01', known);
    expect(dropped).toEqual([]);
    expect(state).toMatchObject({ date: '2020-12-02', from: TIME_START });
    expect(serializeHash(state, known)).toBe('#date=2020-12-02&from=2020-09-27');
  });
  it('drops an unreadable date and says so', () => {
    const { state, dropped } = parseHash('#date=2020-13-01', known);
    expect(state.date).toBeUndefined();
    expect(dropped).toEqual([{ param: 'date', what: 'date (YYYY-MM-DD)', values: ['2020-13-01'] }]);
  });
  it('setTime sets and clears both', () => {
    const s0 = initialState(defaultState(known));
    const s = reduce(s0, { type: 'setTime', date: '2020-11-21', from: null }, []);
    expect(s).toEqual({ ...s0, date: '2020-11-21' });
    expect(reduce(s, { type: 'setTime', date: null, from: null }, [])).toEqual(s0);
  });
});
