import { beforeAll, describe, expect, it } from 'vitest';
import { parseHash, serializeHash, defaultState, type ExplorerState, type Known } from '../../src/state/hash.ts';
import { initialState, popupAnchor, reduce, toLink, type Action, type State } from '../../src/state/reducer.ts';
import type { PlaceFeature } from '../../geo/schema.ts';

const known: Known = {
  layers: ['a', 'b', 'c', 'd'],
  defaultLayers: ['a', 'b', 'c'],
  features: new Set(['shusha', 'berd-tovuz', 'kalbajar', 'zangilan']),
  routes: ['berd-tovuz', 'ijevan-gazakh'],
};

describe('parseHash', () => {
  it('gives the defaults for an empty hash', () => {
    expect(parseHash('', known)).toEqual({ state: defaultState(known), dropped: [] });
  });

  it('reads layers, the open feature, the compared routes and the map position', () => {
    const { state, dropped } = parseHash('#layers=d,a&f=shusha&compare=ijevan-gazakh,berd-tovuz&map=8.50/39.7600/46.7500', known);
    expect(dropped).toEqual([]);
    expect(state).toEqual({ visible: ['a', 'd'], selected: 'shusha', compare: ['ijevan-gazakh', 'berd-tovuz'], view: { center: [46.75, 39.76], zoom: 8.5 } });
  });

  it('drops unknown values one by one and keeps the valid rest', () => {
    const { state, dropped } = parseHash('#layers=a,zz&f=atlantis&compare=berd-tovuz,nowhere,berd-tovuz', known);
    expect(state).toEqual({ visible: ['a'], selected: null, compare: ['berd-tovuz'], view: null });
    expect(dropped).toEqual([
      { param: 'layers', what: 'layer', values: ['zz'] },
      { param: 'f', what: 'feature', values: ['atlantis'] },
      { param: 'compare', what: 'route', values: ['nowhere'] },
    ]);
  });

  it('keeps the default layers when no layer named is known, and says so', () => {
    const { state, dropped } = parseHash('#layers=district-operation&f=shusha', known);
    expect(state.visible).toEqual(known.defaultLayers);
    expect(state.selected).toBe('shusha');
    expect(dropped).toEqual([{ param: 'layers', what: 'layer', values: ['district-operation'], note: 'the default layers are shown' }]);
  });

  it('reads an empty layer list as every layer off', () => {
    expect(parseHash('#layers=', known).state.visible).toEqual([]);
  });

  it('drops unknown parameters and unreadable map positions, keeping the rest', () => {
    const { state, dropped } = parseHash('#foo=1&f=shusha&map=99/1/2&bar', known);
    expect(state.selected).toBe('shusha');
    expect(state.view).toBeNull();
    expect(dropped).toEqual([
      { param: 'map', what: 'map position', values: ['99/1/2'] },
      { param: 'foo', what: 'part', values: ['foo', 'bar'] },
    ]);
  });

  it('does not throw on garbage', () => {
    expect(parseHash('#%E0%A4%A', known).state).toEqual(defaultState(known));
    expect(parseHash('#&&==&layers', known).state.visible).toEqual([]);
    expect(parseHash('#map=a/b/c', known).state.view).toBeNull();
  });
});

describe('serializeHash', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeHash(defaultState(known), known)).toBe('');
  });

  it('round-trips through parseHash', () => {
    const s: ExplorerState = { visible: ['b', 'd'], selected: 'berd-tovuz', compare: ['ijevan-gazakh'], view: { center: [46.5, 39.25], zoom: 7.25 } };
    expect(parseHash(serializeHash(s, known), known).state).toEqual(s);
  });

  it('writes only what it understood, so a link of 1,000 unknown ids comes back short', () => {
    const junk = Array.from({ length: 1000 }, (_, i) => `nope-${i}`).join(',');
    const { state } = parseHash(`#layers=${junk}&compare=${junk}&f=${junk}`, known);
    expect(serializeHash(state, known)).toBe('');
  });
});

describe('the edges of a link', () => {
  const view = (map: string) => parseHash(`#map=${map}`, known).state.view;

  it('takes a map position at the ends of each range, and drops one just past them or not a number', () => {
    expect(view('0/-85/-180')).toEqual({ center: [-180, -85], zoom: 0 });
    expect(view('22/85/180')).toEqual({ center: [180, 85], zoom: 22 });
    for (const bad of ['22.01/40/46', '-0.01/40/46', '8/85.01/46', '8/-85.01/46', '8/40/180.01', '8/40/-180.01', 'NaN/40/46', 'Infinity/40/46', '8/40/46/1', '8/40']) {
      expect(view(bad), bad).toBeNull();
    }
  });

  it('reads lists with spaces around the commas, and an empty feature as no feature, without complaint', () => {
    expect(parseHash('#layers= a , c &compare= berd-tovuz ', known)).toEqual({ state: { ...defaultState(known), visible: ['a', 'c'], compare: ['berd-tovuz'] }, dropped: [] });
    expect(parseHash('#f=', known)).toEqual({ state: defaultState(known), dropped: [] });
  });

  it('reads embed=true and embed= as the switch', () => {
    expect(parseHash('#embed=true', known).state.embed).toBe(true);
    expect(parseHash('#embed=', known).state.embed).toBe(true);
  });

  it('writes a layer set of the default size but other members, and compared routes joined by commas', () => {
    const s: ExplorerState = { ...defaultState(known), visible: ['a', 'b', 'd'], compare: ['berd-tovuz', 'ijevan-gazakh'] };
    expect(serializeHash(s, known)).toBe('#layers=a,b,d&compare=berd-tovuz,ijevan-gazakh');
    expect(serializeHash({ ...s, visible: ['c', 'a', 'b'], compare: [] }, known)).toBe(''); // the defaults, in any order
  });
});

describe('the embed switch', () => {
  it('reads a bare #embed, or embed=1, beside the other parts', () => {
    expect(parseHash('#embed', known)).toEqual({ state: { ...defaultState(known), embed: true }, dropped: [] });
    const { state, dropped } = parseHash('#layers=a&embed=1&f=shusha', known);
    expect(dropped).toEqual([]);
    expect(state).toMatchObject({ embed: true, visible: ['a'], selected: 'shusha' });
  });

  it('is off when absent, and drops a value it does not know', () => {
    expect(parseHash('#f=shusha', known).state.embed).toBeUndefined();
    const { state, dropped } = parseHash('#embed=no&f=shusha', known);
    expect(state.embed).toBeUndefined();
    expect(state.selected).toBe('shusha');
    expect(dropped).toEqual([{ param: 'embed', what: 'embed switch (no value)', values: ['no'] }]);
  });

  it('is written first, as the bare key, and round-trips', () => {
    const s: ExplorerState = { ...defaultState(known), visible: ['a'], embed: true, date: '2020-11-21' };
    expect(serializeHash(s, known)).toBe('#embed&layers=a&date=2020-11-21');
    expect(parseHash(serializeHash(s, known), known).state).toEqual(s);
    expect(serializeHash({ ...s, embed: false }, known)).toBe('#layers=a&date=2020-11-21');
  });

  it('stays through a replace (a link followed inside the frame)', () => {
    const s = reduce(initialState(defaultState(known)), { type: 'replace', state: { ...defaultState(known), embed: true } }, known.layers);
    expect(toLink(s).embed).toBe(true);
  });
});

describe('reduce', () => {
  const run = (s: State, ...as: Action[]) => as.reduce((x, a) => reduce(x, a, known.layers), s);
  // Made in beforeAll, not while the file is collected: a fault there fails these tests rather than the file's collection.
  let s0: State;
  beforeAll(() => {
    s0 = initialState(defaultState(known));
  });

  it('toggles layers and keeps registry order', () => {
    const s1 = run(s0, { type: 'toggleLayers', ids: ['d'], on: true });
    expect(s1.visible).toEqual(['a', 'b', 'c', 'd']);
    expect(run(s1, { type: 'toggleLayers', ids: ['a', 'b'], on: false }).visible).toEqual(['c', 'd']);
  });

  it('ticks and unticks compared routes, framing what is compared', () => {
    const s2 = run(s0, { type: 'toggleCompare', id: 'berd-tovuz' }, { type: 'toggleCompare', id: 'ijevan-gazakh' });
    expect(s2.compare).toEqual(['berd-tovuz', 'ijevan-gazakh']);
    expect(s2.camera).toEqual({ frame: ['berd-tovuz', 'ijevan-gazakh'] });
    expect(run(s2, { type: 'toggleCompare', id: 'berd-tovuz' }).compare).toEqual(['ijevan-gazakh']);
    expect(run(s2, { type: 'setCompare', ids: [] }).compare).toEqual([]);
  });

  it('a feature chosen on the map shows its popup at the click, without moving the camera or opening the details', () => {
    const s1 = run(s0, { type: 'choose', selection: { id: 'zangilan', via: 'map', at: [46.6, 39.1] } });
    expect(s1.selection).toEqual({ id: 'zangilan', via: 'map', at: [46.6, 39.1] });
    expect(s1.detailOpen).toBe(false);
    expect(s1.camera).toBe(s0.camera);
    expect(toLink(s1).selected).toBe('zangilan');
  });

  it('a feature chosen from the list, a row, search or a link is framed and its details open', () => {
    for (const via of ['list', 'row', 'search', 'link'] as const) {
      const s1 = run(s0, { type: 'choose', selection: { id: 'shusha', via } });
      expect(s1.detailOpen, via).toBe(true);
      expect(s1.camera, via).toEqual({ frame: ['shusha'] });
    }
  });

  it('following a link after a map click anchors the popup on the new feature, not the old click', () => {
    const clicked = run(s0, { type: 'choose', selection: { id: 'zangilan', via: 'map', at: [46.6, 39.1] } });
    const followed = run(clicked, { type: 'replace', state: { ...defaultState(known), selected: 'kalbajar' } });
    expect(followed.selection).toEqual({ id: 'kalbajar', via: 'link' });
    const kalbajar: PlaceFeature = {
      type: 'Feature',
      properties: { id: 'kalbajar', kind: 'place', role: 'named', name: 'Kalbajar', names: {}, quotes: [], approximate: false, source: 'test' },
      geometry: { type: 'Point', coordinates: [46.0, 40.1] },
    };
    expect(popupAnchor(followed.selection!, kalbajar)).toEqual([46.0, 40.1]);
    expect(popupAnchor(clicked.selection!, kalbajar)).toEqual([46.6, 39.1]);
    expect(followed.camera).toEqual({ frame: ['kalbajar'] });
  });

  it('a link with a map position jumps there', () => {
    const view = { center: [46, 40] as [number, number], zoom: 9 };
    expect(run(s0, { type: 'replace', state: { ...defaultState(known), selected: 'shusha', view } }).camera).toEqual({ jump: view });
  });

  it('Escape closes the details first, then the popup', () => {
    const open = run(s0, { type: 'choose', selection: { id: 'shusha', via: 'list' } });
    const once = run(open, { type: 'escape' });
    expect(once.detailOpen).toBe(false);
    expect(once.selection?.id).toBe('shusha');
    expect(run(once, { type: 'escape' }).selection).toBeNull();
  });

  it('more opens the details of the popup; a map click keeps open details open on the new feature', () => {
    const popup = run(s0, { type: 'choose', selection: { id: 'zangilan', via: 'map', at: [0, 0] } }, { type: 'openDetail' });
    expect(popup.detailOpen).toBe(true);
    expect(run(popup, { type: 'choose', selection: { id: 'kalbajar', via: 'map', at: [1, 1] } }).detailOpen).toBe(true);
    expect(run(s0, { type: 'openDetail' }).detailOpen).toBe(false);
  });

  it('moving the map is remembered for the link, and the camera is not asked to move', () => {
    const s1 = run(s0, { type: 'moved', view: { center: [46, 40], zoom: 8 } });
    expect(serializeHash(toLink(s1), known)).toBe('#map=8.00/40.0000/46.0000');
    expect(s1.camera).toBe(s0.camera);
  });
});
