/** The explorer's title over the map, for the embedded map (with a way to the full explorer) and the printed page. */
import './frame.css';

export const TITLE = 'Karabakh, one year on';
export const SUBTITLE = 'A map of AVİM Analysis 2021/29';

export function MapTitle({ fullExplorer }: { fullExplorer: string | null }) {
  return (
    <header className="map-title" data-testid="map-title">
      <h1>
        {TITLE} <span className="subtitle">{SUBTITLE}</span>
      </h1>
      {fullExplorer && (
        <a href={fullExplorer} target="_blank" rel="noopener noreferrer">
          Open the full explorer
        </a>
      )}
    </header>
  );
}
