/** Stands where the map would be when it cannot be drawn: says why, and what still works. */
export function NoMap({ reason }: { reason: string }) {
  return (
    <section className="no-map" role="status" aria-labelledby="no-map-title" data-testid="no-map">
      <h2 id="no-map-title">The map cannot be shown here</h2>
      <p>{reason}</p>
      <p>
        Everything else still works: choose a feature in the <strong>Features</strong> tab to read what the analysis says about it, with every quotation and its sources, or open{' '}
        <strong>Compare routes</strong> for the figures of the five routes. Opening this page in another browser, or with hardware acceleration turned on, brings the map back.
      </p>
    </section>
  );
}
