/** Only http(s) addresses from the data become links; anything else (javascript:, data:) stays text. */
export function isWebLink(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}
