import { describe, expect, it } from 'vitest';
import { parseHash, serializeHash, defaultState, type Known } from '../../src/state/hash.ts';
import { reduce } from '../../src/state/reducer.ts';

const known: Known = {
  layers: ['a', 'b', 'c', 'd'],
  defaultLayers: ['a', 'b', 'c'],
  features: new Set(['shusha', 'berd-tovuz']),
  routes: ['berd-tovuz', 'ijevan-gazakh'],
};

describe('parseHash', () => {
  it('gives the defaults for an empty hash', () => {
    expect(parseHash('', known)).toEqual({ state: defaultState(known), problems: [] });
  });

  it('reads layers, the open feature and the compared routes', () => {
    const { state, problems } = parseHash('#layers=d,a&f=shusha&compare=ijevan-gazakh,berd-tovuz', known);
    expect(problems).toEqual([]);
    expect(state).toEqual({ visible: ['a', 'd'], selected: 'shusha', compare: ['ijevan-gazakh', 'berd-tovuz'] });
  });

  it('keeps what it can of a bad link and says what it dropped', () => {
    const { state, problems } = parseHash('#layers=a,zz&f=atlantis&compare=berd-tovuz,nowhere,berd-tovuz', known);
    expect(state).toEqual({ visible: ['a'], selected: null, compare: ['berd-tovuz'] });
    expect(problems).toEqual(['unknown layer “zz”', 'unknown feature “atlantis”', 'unknown route “nowhere”']);
  });

  it('does not throw on garbage', () => {
    expect(parseHash('#%E0%A4%A', known).state).toEqual(defaultState(known));
    expect(parseHash('#&&==&layers', known).state.visible).toEqual([]);
  });
});

describe('serializeHash', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeHash(defaultState(known), known)).toBe('');
  });

  it('round-trips through parseHash', () => {
    const s = { visible: ['b', 'd'], selected: 'berd-tovuz', compare: ['ijevan-gazakh'] };
    expect(parseHash(serializeHash(s, known), known).state).toEqual(s);
  });
});

describe('reduce', () => {
  const s0 = defaultState(known);
  it('toggles layers and keeps registry order', () => {
    const s1 = reduce(s0, { type: 'toggleLayers', ids: ['d'], on: true }, known.layers);
    expect(s1.visible).toEqual(['a', 'b', 'c', 'd']);
    expect(reduce(s1, { type: 'toggleLayers', ids: ['a', 'b'], on: false }, known.layers).visible).toEqual(['c', 'd']);
  });
  it('selects and toggles compared routes', () => {
    const s1 = reduce(s0, { type: 'select', id: 'shusha' }, known.layers);
    expect(s1.selected).toBe('shusha');
    const s2 = reduce(reduce(s1, { type: 'toggleCompare', id: 'berd-tovuz' }, known.layers), { type: 'toggleCompare', id: 'ijevan-gazakh' }, known.layers);
    expect(s2.compare).toEqual(['berd-tovuz', 'ijevan-gazakh']);
    expect(reduce(s2, { type: 'toggleCompare', id: 'berd-tovuz' }, known.layers).compare).toEqual(['ijevan-gazakh']);
  });
});
