/**
 * What the page says when the map cannot draw. MapLibre needs WebGL 2; without it (GPU blocked, an old
 * machine, a locked-down browser) creating the map fails, and the page says so instead of a map. The map
 * itself is the test: a throwaway context asked for first would cost a context's start-up on every load.
 */
export const NO_WEBGL = 'This browser has WebGL 2 switched off or does not support it, and the map needs it to draw.';

/** Whether `error` is MapLibre's own: no WebGL 2 context could be made for the map. */
export const isNoWebGL = (error: unknown): boolean => error instanceof Error && error.name === 'GPUInitializationError';

/** What the page says when a running map loses its drawing context for good (GPU reset, driver crash). */
export const CONTEXT_LOST = 'The browser stopped the map’s graphics (its WebGL context was lost and did not come back).';
