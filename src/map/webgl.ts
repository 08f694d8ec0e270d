/**
 * Whether this browser can draw the map. MapLibre needs WebGL 2; without it (GPU blocked, an old
 * machine, a locked-down browser) creating the map throws, so we ask first, on a throwaway canvas.
 */
export function webglProblem(): string | null {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return 'This browser has WebGL 2 switched off or does not support it, and the map needs it to draw.';
    gl.getExtension('WEBGL_lose_context')?.loseContext(); // give the context back at once
    return null;
  } catch {
    return 'This browser would not start WebGL 2, which the map needs to draw.';
  }
}

/** What the page says when a running map loses its drawing context for good (GPU reset, driver crash). */
export const CONTEXT_LOST = 'The browser stopped the map’s graphics (its WebGL context was lost and did not come back).';
