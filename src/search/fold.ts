/**
 * Folds a name for search so spellings across scripts and keyboards meet: lower case, compatibility
 * decomposition (NFKD: also splits Armenian և into եւ), combining marks dropped (Ş→s, ğ→g, ё→е), and
 * the letters that carry no mark to drop mapped by hand (ı→i, ə→e …).
 */
const LETTERS: Record<string, string> = { ı: 'i', ə: 'e', ß: 'ss', ø: 'o', æ: 'ae', đ: 'd', ł: 'l', ħ: 'h' };
const MARKS = /\p{M}/gu;
const UNMARKED = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

export function fold(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(UNMARKED, (c) => LETTERS[c] ?? c);
}
