/** Whether a media query matches, kept current as the window changes. */
import { useSyncExternalStore } from 'react';

export const PHONE = '(max-width: 759px)';

export function useMedia(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const m = window.matchMedia(query);
      m.addEventListener('change', onChange);
      return () => m.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
  );
}
