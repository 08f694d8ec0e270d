/** Says what a link asked for that the explorer could not use; the reader can dismiss it. */
import type { Dropped } from '../state/hash.ts';
import { linkNoticeText } from './linkNoticeText.ts';

export function LinkNotice({ dropped, onDismiss }: { dropped: Dropped[]; onDismiss: () => void }) {
  if (!dropped.length) return null;
  return (
    <div className="link-notice" role="status">
      <p>{linkNoticeText(dropped)}</p>
      <button type="button" className="close" onClick={onDismiss} aria-label="Dismiss this notice">
        ×
      </button>
    </div>
  );
}
