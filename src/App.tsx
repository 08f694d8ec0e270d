import { Explorer } from './Explorer.tsx';
import { useData } from './useData.ts';
import { DataProblems } from './ui/DataProblems.tsx';
import { ErrorBoundary } from './ui/ErrorBoundary.tsx';
import { applyTheme } from './ui/themeVariables.ts';

// The stylesheets' colours are the theme's (src/map/theme.ts): set before the first render.
applyTheme();

/** Lays the page out: a loading line, a clear error naming the file, or the explorer (as soon as the basemap is in). */
export function App() {
  const load = useData();
  return (
    <main className="app">
      {load.state === 'loading' && (
        <p className="status" role="status">
          Loading the map…
        </p>
      )}
      {load.state === 'error' && (
        <p className="status error" role="alert">
          The map data could not be loaded: {load.message}
        </p>
      )}
      {load.state === 'ready' && (
        <ErrorBoundary what="the explorer">
          <DataProblems problems={load.data.problems} />
          <Explorer basemap={load.basemap} data={load.data} wantTexts={load.wantTexts} />
        </ErrorBoundary>
      )}
    </main>
  );
}
