/** Map scale, pure: ground metres per pixel and a round scale-bar length (for the exported picture). */
const EARTH_CIRCUMFERENCE_M = 2 * Math.PI * 6378137;

/** Ground metres per CSS px at a latitude and zoom (MapLibre's 512 px world at zoom 0). */
export const metresPerPixel = (lat: number, zoom: number): number => (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);

/** A scale bar's length: the longest round distance (1, 2 or 5 × 10ⁿ m) that fits in `maxPx`. */
export function scaleBar(metresPerPixel: number, maxPx: number): { px: number; label: string } {
  const most = metresPerPixel * maxPx;
  const magnitude = 10 ** Math.floor(Math.log10(most));
  const metres = [5, 2, 1].map((m) => m * magnitude).find((m) => m <= most) ?? magnitude;
  const label = metres >= 1000 ? `${(metres / 1000).toLocaleString('en-GB')} km` : `${metres} m`;
  return { px: metres / metresPerPixel, label };
}
