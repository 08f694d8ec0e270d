/**
 * One theme (src/map/theme.ts) holds every colour: no colour literal anywhere else in src/, every
 * custom property the stylesheets read is one the theme sets, and the colours read against what they
 * are drawn on (WCAG 2 contrast: 4.5:1 for text, 3:1 for lines and signs on the map).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { theme } from '../../src/map/theme.ts';
import { cssVariables } from '../../src/ui/themeVariables.ts';
import { ROUTE_IDS } from '../../src/map/layers.ts';

const THEME_FILES = new Set(['src/map/theme.ts']);
const COLOUR = /#[0-9a-f]{3}(?:[0-9a-f]{3}(?:[0-9a-f]{2})?)?\b|\b(?:rgba?|hsla?)\(/gi;

const filesUnder = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
const sources = filesUnder('src').filter((f) => /\.(ts|tsx|css|html)$/.test(f));

/** [r, g, b] in 0–255 of `#rrggbb`, `#rgb` or `rgba(r, g, b, a)`, laid over `under` where it is translucent. */
function rgb(c: string, under: [number, number, number] = [255, 255, 255]): [number, number, number] {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(c);
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((x) => x + x).join('') : hex[1]!;
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
  }
  const fn = /^rgba?\(([^)]*)\)$/.exec(c);
  if (!fn) throw new Error(`not a colour the test reads: ${c}`);
  const [r, g, b, a = 1] = fn[1]!.split(',').map(Number) as [number, number, number, number?];
  return [r, g, b].map((v, i) => v * a + under[i]! * (1 - a)) as [number, number, number];
}

const luminance = ([r, g, b]: [number, number, number]) => {
  const lin = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};

/** The WCAG 2 contrast ratio of `fg` on `bg` (a translucent `bg` laid over `under`). */
function contrast(fg: string, bg: string, under = '#ffffff'): number {
  const base = rgb(bg, rgb(under));
  const [a, b] = [luminance(rgb(fg, base)), luminance(base)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

describe('theme', () => {
  it('no colour literal appears in src/ outside the theme', () => {
    const found = sources.filter((f) => !THEME_FILES.has(f)).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(COLOUR)].map((m) => `${f}: ${m[0]}`));
    expect(found).toEqual([]);
  });

  it('the literal finder sees every form of colour (it would catch a slip)', () => {
    expect('color: #fff; fill: #A1B2C3; x: #a1b2c3d4; rgb(0,0,0); rgba(1,2,3,0.5); hsl(1 2% 3%)'.match(COLOUR)).toHaveLength(6);
    expect('#root #embed #f=shusha'.match(COLOUR)).toBeNull();
  });

  it('every custom property the stylesheets read is set (by the theme, or by the layout itself)', () => {
    const set = new Set([...Object.keys(cssVariables()), '--panel', '--drag']);
    const read = sources.filter((f) => f.endsWith('.css')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]!));
    expect(read.length).toBeGreaterThan(50);
    expect([...new Set(read)].filter((v) => !set.has(v))).toEqual([]);
  });

  it('cssVariables names each ui colour in kebab case', () => {
    expect(cssVariables()['--text-muted']).toBe(theme.ui.textMuted);
    expect(Object.keys(cssVariables())).toHaveLength(Object.keys(theme.ui).length);
  });

  const u = theme.ui;
  /** Text colours on the backgrounds they are set on, from the stylesheets. */
  const TEXT: [string, string, string][] = [
    ...(['ink', 'accent', 'textSecondary', 'textTabs', 'textMuted', 'textCaption', 'textFaint', 'textLabel', 'error', 'success', 'approxText'] as const).map((k): [string, string, string] => [
      k,
      u[k],
      u.surface,
    ]),
    ['ink on the page', u.ink, u.page],
    ['accent on its tint', u.accent, u.accentTint],
    ['accent on a quotation', u.accent, u.quoteBack],
    ['ink on a quotation', u.ink, u.quoteBack],
    ['ink on a notice', u.ink, u.noticeBack],
    ['approximate badge', u.approxText, u.noticeBack],
    ['the link notice', u.ink, u.noticeBack],
    ['a note', u.ink, u.noteBack],
    ['a change', u.ink, u.changedBack],
    ['a marked passage', u.ink, u.markBack],
    ['a hovered passage', u.ink, u.markHover],
    ['the current passage', u.ink, u.markCurrent],
    ['muted text on a hovered row', u.textMuted, u.accentTint],
    ['the map legend', u.textMuted, u.legendBack],
  ];
  it.each(TEXT)('text %s reads at 4.5:1 or more', (_, fg, bg) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });

  /** Map labels, on their halo over the land. */
  const halo = (fg: string) => contrast(fg, theme.labelHalo, theme.land);
  const LABELS: [string, string][] = [
    ['place and district names', theme.text],
    ['country names', theme.countryLabel],
    ['minor names', theme.context.minorLabel],
    ['peacekeeping names', theme.peacekeeping.main],
    ...ROUTE_IDS.map((id): [string, string] => [`route ${id}`, theme.routeLabels[id]!]),
  ];
  it.each(LABELS)('map label %s reads at 4.5:1 or more on its halo', (_, fg) => {
    expect(halo(fg)).toBeGreaterThanOrEqual(4.5);
  });

  /** Lines on the land; roads on the casing drawn under them. */
  const ROADS = ROUTE_IDS.filter((id) => !id.endsWith('railway'));
  const LINES: [string, string, string][] = [
    ['country borders', theme.border, theme.land],
    ['district outlines', theme.districts.outline, theme.land],
    ['peacekeeping lines', theme.peacekeeping.main, theme.land],
    ['the 1991 NKAO boundary', theme.context.nkao, theme.land],
    ['neighbouring district outlines', theme.context.rayon, theme.land],
    ['what changed between two dates', theme.time.changed, theme.land],
    ['the railway', theme.routes['yeraskh-horadiz-railway']!, theme.land],
    ...ROADS.map((id): [string, string, string] => [`road ${id} on its casing`, theme.routes[id]!, theme.casing]),
  ];
  it.each(LINES)('map line %s stands at 3:1 or more', (_, fg, bg) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(3);
  });

  it('the contrast formula gives the WCAG reference values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('rgba(0, 0, 0, 0.5)', '#ffffff')).toBeCloseTo(contrast('#808080', '#ffffff'), 1);
  });
});
