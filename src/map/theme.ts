/**
 * Every colour and width the map uses, in one place. Layer styles are functions of this theme,
 * so a change here restyles the map, the legend and the panel together.
 */
export const theme = {
  water: '#c9dff0',
  land: '#f4f1ea',
  landFocus: '#fbfaf6',
  border: '#7d7a72',
  countryLabel: '#5b5852',
  labelHalo: 'rgba(255,255,255,0.85)',
  font: 'Noto Sans',
} as const;

export type Theme = typeof theme;
