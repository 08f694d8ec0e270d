/**
 * Every colour and width the map uses, in one place. Layer styles are functions of this theme,
 * so a change here restyles the map, the legend and the panel together. Hues come from the
 * Okabe–Ito palette, which stays distinguishable with the common forms of colour blindness.
 */
export const theme = {
  water: '#c9dff0',
  /** Rivers: a deeper blue than lakes, so a thin line still reads as water. */
  river: '#7eaed6',
  waterLabel: '#3f6d96',
  land: '#f4f1ea',
  /** Beyond the data (no country drawn): a neutral tint, never the water colour, so no false sea. */
  noData: '#e4e1da',
  border: '#7d7a72',
  countryLabel: '#5b5852',
  labelHalo: 'rgba(255,255,255,0.9)',
  text: '#222222',
  hover: '#000000',
  districts: { operation: '#E69F00', statement: '#56B4E9', 'held-since-1994': '#BBBBBB', outline: '#5a4a2a' },
  peacekeeping: { main: '#6B3FA0', fill: '#6B3FA0' },
  routes: {
    'ijevan-gazakh': '#0072B2',
    'berd-tovuz': '#009E73',
    'angeghakot-bichanak': '#CC79A7',
    'horadiz-meghri-ordubad': '#D55E00',
    'yeraskh-horadiz-railway': '#222222',
  } as Record<string, string>,
  routeFallback: '#444444',
  context: { nkao: '#8c2d04', rayon: '#9a9a9a', place: '#333333' },
  /** Dash pattern that says "approximate / schematic" wherever a line or outline uses it. */
  approximateDash: [1.5, 1.5] as number[],
} as const;

export type Theme = typeof theme;
