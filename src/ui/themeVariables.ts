/** The theme's page colours (src/map/theme.ts, `ui`) as the CSS custom properties the stylesheets use. */
import { theme, type UiColours } from '../map/theme.ts';

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export function cssVariables(ui: UiColours = theme.ui): Record<string, string> {
  return Object.fromEntries(Object.entries(ui).map(([k, v]) => [`--${kebab(k)}`, v]));
}

/** Sets them on the page's root element, once, before anything is drawn. */
export function applyTheme(root: HTMLElement = document.documentElement): void {
  for (const [name, value] of Object.entries(cssVariables())) root.style.setProperty(name, value);
}
