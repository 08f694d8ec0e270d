/** What stands where quotations go while they load (src/data/texts.ts), or why they could not be loaded. */
import type { LoadedData } from '../data/dataset.ts';

export function TextsPending({ texts, what = 'the quotations' }: { texts: Exclude<LoadedData['texts'], 'ready'>; what?: string }) {
  return texts === 'loading' ? (
    <p className="muted" role="status">
      Loading {what}…
    </p>
  ) : (
    <p className="error" role="alert">
      {what[0]!.toUpperCase() + what.slice(1)} could not be loaded: {texts.error}
    </p>
  );
}
