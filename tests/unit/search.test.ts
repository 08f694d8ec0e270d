import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/search/fold.ts';
import { buildSearch } from '../../src/search/index.ts';
import type { AnyFeature } from '../../src/data/dataset.ts';

const features = ['districts', 'peacekeeping', 'routes', 'places', 'context'].flatMap((f) => (JSON.parse(readFileSync(`data/${f}.geojson`, 'utf8')) as { features: AnyFeature[] }).features);
const index = buildSearch(features);
const ids = (q: string) => index.search(q).map((h) => h.id);

describe('fold', () => {
  it('drops case and marks, and maps the letters without marks', () => {
    expect(fold('Şuşa')).toBe('susa');
    expect(fold('Xankəndi')).toBe('xankendi');
    expect(fold('İcevan')).toBe('icevan');
    expect(fold('Qubadlı')).toBe('qubadli');
    expect(fold('Meğri')).toBe('megri');
    expect(fold('Füzuli')).toBe('fuzuli');
    expect(fold('ШУША')).toBe('шуша');
    expect(fold('Ստեփանակերտ')).toBe('ստեփանակերտ');
    expect(fold('Իջևան')).toBe(fold('Իջեւան')); // the ligature և and its two letters
  });
});

describe('search, over the committed data', () => {
  it.each([
    ['Shusha', 'shusha-town'],
    ['Shushi', 'shusha-town'],
    ['Şuşa', 'shusha-town'],
    ['susa', 'shusha-town'],
    ['Շուշի', 'shusha-town'],
    ['Шуша', 'shusha-town'],
    ['Khankendi', 'khankendi-city'],
    ['Stepanakert', 'khankendi-city'],
    ['Xankəndi', 'khankendi-city'],
    ['xankendi', 'khankendi-city'],
    ['Степанакерт', 'khankendi-city'],
    ['Icevan', 'ijevan'],
    ['Ijevan', 'ijevan'],
    ['Madagiz', 'sukovushan'],
    ['Sugovushan', 'sukovushan'],
  ])('%s finds %s', (q, id) => {
    expect(ids(q)).toContain(id);
  });

  it.each([
    ['Shusi', 'shusha-town', 'English, one letter missing'],
    ['Stepanakrt', 'khankendi-city', 'English, one letter missing'],
    ['Xankendy', 'khankendi-city', 'Azerbaijani, one letter wrong'],
    ['Ստեպանակերտ', 'khankendi-city', 'Armenian, one letter wrong'],
    ['Шуща', 'shusha-town', 'Russian, one letter wrong'],
    ['Ijevam', 'ijevan', 'English, one letter wrong'],
  ])('%s (a typo) finds %s: %s', (q, id) => {
    expect(ids(q)).toContain(id);
  });

  it('finds while typing (prefix) and says which name matched', () => {
    expect(ids('Kalb')).toEqual(expect.arrayContaining(['kalbajar', 'kalbajar-town']));
    expect(index.search('Шуша').find((h) => h.id === 'shusha-town')?.matched).toEqual({ field: 'ru', text: 'Шуша' });
    expect(index.search('Shusha').find((h) => h.id === 'shusha-town')?.matched).toBeUndefined();
  });

  it('finds nothing for nothing, and for a word no name is near', () => {
    expect(index.search('   ')).toEqual([]);
    expect(index.search('Zzyzx')).toEqual([]);
  });

  it('narrows with each word', () => {
    expect(ids('Kalbajar district')[0]).toBe('kalbajar');
  });
});
