import type { FontFacesSpecification } from 'maplibre-gl';
import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import cyrillic from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import armenian from '@fontsource/noto-sans-armenian/files/noto-sans-armenian-armenian-400-normal.woff2?url';

/** The one font stack every map label uses. */
export const MAP_FONT = 'Noto Sans';

// Unicode ranges copied from the @fontsource CSS, so each file is fetched only when a label needs it.
// Armenian names (e.g. Շուշի) and Cyrillic ones need their own files: system fonts differ by machine.
const absolute = (url: string): string => new URL(url, window.location.href).href;

export function mapFontFaces(): FontFacesSpecification {
  return {
    [MAP_FONT]: [
      { url: absolute(latin), 'unicode-range': ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2212'] },
      { url: absolute(latinExt), 'unicode-range': ['U+0100-02BA', 'U+02BD-02C5', 'U+02C7-02CC', 'U+02CE-02D7', 'U+02DD-02FF', 'U+1E00-1E9F', 'U+1EF2-1EFF'] },
      { url: absolute(cyrillic), 'unicode-range': ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'] },
      { url: absolute(armenian), 'unicode-range': ['U+0530-058F', 'U+FB13-FB17'] },
    ],
  };
}
