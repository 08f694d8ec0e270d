/**
 * Every colour the app uses, in one place: the map's layers, the legend signs, the territory bar, the
 * picture of the view and the page itself (`ui`, set as CSS custom properties by src/ui/themeVariables.ts).
 * Layer styles are functions of this theme, so a change here restyles the map, the legend and the panel
 * together. Map hues come from the Okabe–Ito palette, which stays distinguishable with the common forms
 * of colour blindness. tests/unit/theme.test.ts keeps colour literals out of every other file in src/ and
 * checks the contrast of text and lines.
 */

/** The page's colours, each a CSS custom property of the same name in kebab case (`textMuted` → `--text-muted`). */
export interface UiColours {
  /** Body text and the page behind the map. */
  ink: string;
  page: string;
  /** Panels, popups, buttons. */
  surface: string;
  surfaceTranslucent: string;
  /** The map legend's box, over the map. */
  legendBack: string;
  /** Links, the current tab, quotation bars. */
  accent: string;
  /** Behind hovered rows, search options and date notes. */
  accentTint: string;
  quoteBack: string;
  /** Secondary text, from darkest to lightest. */
  textSecondary: string;
  textTabs: string;
  textMuted: string;
  textCaption: string;
  textFaint: string;
  textLabel: string;
  /** Rules between parts of the panel, and the panel's border. */
  rule: string;
  divider: string;
  controlBorder: string;
  strongBorder: string;
  /** Notes and code blocks. */
  noteBack: string;
  codeBorder: string;
  /** Keyboard focus ring. */
  focus: string;
  error: string;
  success: string;
  /** Notices (a link that could not all be used, highlighted rows). */
  noticeBack: string;
  noticeBorder: string;
  /** The "approximate geometry" badge. */
  approxBorder: string;
  approxText: string;
  /** What changed between two dates (the timeline), on the page as on the map. */
  changed: string;
  changedBack: string;
  /** Passages of the analysis quoted by features: marked, hovered, current. */
  markBack: string;
  markHover: string;
  markCurrent: string;
  /** The bottom sheet's drag handle. */
  handle: string;
  shadow: string;
  shadowStrong: string;
  shadowFaint: string;
}

export interface Theme {
  water: string;
  /** Rivers: a deeper blue than lakes, so a thin line still reads as water. */
  river: string;
  /** Names of rivers and lakes. */
  waterLabel: string;
  land: string;
  /** Beyond the data (no country drawn): a neutral tint, never the water colour, so no false sea. */
  noData: string;
  border: string;
  countryLabel: string;
  labelHalo: string;
  /** Map labels. */
  text: string;
  hover: string;
  /** Under road colours, between railway ties, around points: what makes a sign read over any fill. */
  casing: string;
  districts: { operation: string; statement: string; 'held-since-1994': string; outline: string };
  peacekeeping: { main: string; fill: string };
  /** By route id. */
  routes: Record<string, string>;
  routeFallback: string;
  /** Route names along the lines: the route's hue, darkened where needed to read as text (4.5:1 on the label halo). */
  routeLabels: Record<string, string>;
  /** `minorLabel`: the names of neighbouring districts and of places the analysis does not name. */
  context: { nkao: string; rayon: string; minorLabel: string; place: string; supportingPlace: string };
  /** The line under the legends' note on dotted and dashed signs. */
  approximateSign: string;
  /** A route's km per territory (the comparison's bar). */
  territories: { armenia: string; azerbaijan: string; nakhchivan: string };
  /** The map on a date: ground not yet under Azerbaijani control, and what changed between two dates. */
  time: { pending: string; changed: string };
  /** A route's elevation profile. */
  profile: { axis: string; line: string };
  /** The picture of the view's scale bar (the rest of the picture uses `ui`). */
  picture: { scaleBack: string; scaleInk: string };
  ui: UiColours;
  /** Dash pattern that says "approximate / schematic" wherever a line or outline uses it. */
  approximateDash: number[];
}

const ui: UiColours = {
  ink: '#1f1f1f',
  page: '#f4f1ea',
  surface: '#ffffff',
  surfaceTranslucent: 'rgba(255, 255, 255, 0.9)',
  legendBack: 'rgba(255, 255, 255, 0.94)',
  accent: '#1f4e79',
  accentTint: '#eef3f8',
  quoteBack: '#f5f8fb',
  textSecondary: '#444444',
  textTabs: '#333333',
  textMuted: '#555555',
  textCaption: '#595959',
  textFaint: '#5e5e5e',
  textLabel: '#666666',
  rule: '#e6e1d6',
  divider: '#d8d3c7',
  controlBorder: '#bbbbbb',
  strongBorder: '#999999',
  noteBack: '#f3f3f3',
  codeBorder: '#dddddd',
  focus: '#f0a500',
  error: '#8b0000',
  success: '#2b6a2b',
  noticeBack: '#fff8d6',
  noticeBorder: '#c9a800',
  approxBorder: '#8a6d00',
  approxText: '#6b5500',
  changed: '#e8590c',
  changedBack: '#fff7f0',
  markBack: '#fff1b8',
  markHover: '#ffe27a',
  markCurrent: '#ffc94d',
  handle: '#8a8a8a',
  shadow: 'rgba(0, 0, 0, 0.2)',
  shadowStrong: 'rgba(0, 0, 0, 0.25)',
  shadowFaint: 'rgba(0, 0, 0, 0.1)',
};

export const theme: Theme = {
  water: '#c9dff0',
  river: '#7eaed6',
  waterLabel: '#3f6d96',
  land: ui.page,
  noData: '#e4e1da',
  border: '#7d7a72',
  countryLabel: '#5b5852',
  labelHalo: 'rgba(255, 255, 255, 0.9)',
  text: '#222222',
  hover: '#000000',
  casing: '#ffffff',
  districts: { operation: '#E69F00', statement: '#56B4E9', 'held-since-1994': '#BBBBBB', outline: '#5a4a2a' },
  peacekeeping: { main: '#6B3FA0', fill: '#6B3FA0' },
  routes: {
    'ijevan-gazakh': '#0072B2',
    'berd-tovuz': '#009E73',
    'angeghakot-bichanak': '#CC79A7',
    'horadiz-meghri-ordubad': '#D55E00',
    'yeraskh-horadiz-railway': '#222222',
  },
  routeFallback: '#444444',
  routeLabels: {
    'ijevan-gazakh': '#0072B2',
    'berd-tovuz': '#007A5A',
    'angeghakot-bichanak': '#A4507F',
    'horadiz-meghri-ordubad': '#B34E00',
    'yeraskh-horadiz-railway': '#222222',
  },
  context: { nkao: '#8c2d04', rayon: '#858585', minorLabel: '#555555', place: '#333333', supportingPlace: '#888888' },
  approximateSign: '#444444',
  territories: { armenia: '#D55E00', azerbaijan: '#0072B2', nakhchivan: '#56B4E9' },
  time: { pending: '#b9b4aa', changed: ui.changed },
  profile: { axis: '#bbbbbb', line: '#444444' },
  picture: { scaleBack: 'rgba(255, 255, 255, 0.85)', scaleInk: '#333333' },
  ui,
  approximateDash: [1.5, 1.5],
};
