/**
 * The one explorer state, read from the URL hash at start and written back to it (replaceState,
 * throttled, so the history is not flooded). Following a link with another hash replaces the state.
 */
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { parseHash, serializeHash, type ExplorerState, type Known } from './hash.ts';
import { reduce, type Action } from './reducer.ts';

const WRITE_DELAY_MS = 250;

export function useExplorerState(known: Known): { state: ExplorerState; dispatch: (a: Action) => void; linkProblems: string[] } {
  const [initial] = useState(() => parseHash(window.location.hash, known));
  const [linkProblems, setLinkProblems] = useState(initial.problems);
  const [state, rawDispatch] = useReducer((s: ExplorerState, a: Action) => reduce(s, a, known.layers), initial.state);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      const hash = serializeHash(state, known);
      if (hash !== window.location.hash && !(hash === '' && window.location.hash === '')) {
        window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${hash}`);
      }
    }, WRITE_DELAY_MS);
    return () => window.clearTimeout(timer.current);
  }, [state, known]);

  useEffect(() => {
    const onHash = () => {
      const parsed = parseHash(window.location.hash, known);
      setLinkProblems(parsed.problems);
      rawDispatch({ type: 'replace', state: parsed.state });
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [known]);

  const dispatch = useCallback((a: Action) => rawDispatch(a), []);
  return { state, dispatch, linkProblems };
}
