/**
 * Copies a citation (or other text: `what` names it) as plain text, with a visible confirmation. Where the clipboard is refused, the
 * text is shown in a box to copy by hand, so nothing is lost.
 */
import { useState } from 'react';

export function CopyButton({ label, text, className = 'link-button', what = 'citation' }: { label: string; text: () => string; className?: string; what?: string }) {
  const What = `${what[0]!.toUpperCase()}${what.slice(1)}`;
  const [done, setDone] = useState<{ ok: true } | { ok: false; text: string; why: string } | null>(null);
  const copy = async () => {
    const t = text();
    try {
      await navigator.clipboard.writeText(t);
      setDone({ ok: true });
    } catch (e) {
      setDone({ ok: false, text: t, why: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <span className="copy">
      <button type="button" className={className} onClick={() => void copy()}>
        {label}
      </button>
      {/* aria-live, not role=status: several copy buttons are on screen, and the page keeps role=status for its own notices. */}
      <span aria-live="polite" className="copy-status">
        {done?.ok && `${What} copied to the clipboard.`}
        {done && !done.ok && `The clipboard refused (${done.why}); copy the ${what} below.`}
      </span>
      {done && !done.ok && <textarea readOnly value={done.text} aria-label={What} rows={5} />}
    </span>
  );
}
