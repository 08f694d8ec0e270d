/** A diagonal hatch as raw pixels, so the pattern needs no image file or sprite server. */
export function hatchImage(rgb: [number, number, number], size = 12): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const onStripe = (x + y) % size < 2;
      const i = (y * size + x) * 4;
      data.set(onStripe ? [...rgb, 200] : [...rgb, 28], i);
    }
  }
  return { width: size, height: size, data };
}

export const hexToRgb = (hex: string): [number, number, number] => {
  const n = parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};
