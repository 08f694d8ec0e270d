/** The analysis' text, fetched from the page's own server the first time the reader opens (not on the first paint). */
import { useEffect, useState } from 'react';
import { ANALYSIS_URL as analysisUrl } from '../data/files.ts';
import { parseAnalysis, type Analysis } from './analysis.ts';

let loading: Promise<Analysis> | null = null;

function load(): Promise<Analysis> {
  loading ??= fetch(analysisUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`data/analysis.md: HTTP ${r.status}`);
      return r.text();
    })
    .then(parseAnalysis);
  return loading;
}

export function useAnalysisText(): { analysis: Analysis | null; error: string | null } {
  const [state, setState] = useState<{ analysis: Analysis | null; error: string | null }>({ analysis: null, error: null });
  useEffect(() => {
    let live = true;
    load().then(
      (analysis) => live && setState({ analysis, error: null }),
      (e: unknown) => live && setState({ analysis: null, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
