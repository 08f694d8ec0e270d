/** The README lists the layer ids a link can name: exactly those of the registry. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../src/map/layers.ts';
import { theme } from '../../src/map/theme.ts';

describe('README', () => {
  it('lists every layer id of the registry for links, and no other', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('Layer ids:'), readme.indexOf('## Two commands'));
    const listed = [...section.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]);
    expect(new Set(listed)).toEqual(new Set(buildRegistry(theme, {}).map((e) => e.id)));
  });
});
