/**
 * Where the full details of a feature are read: over the side panel on a desktop, a bottom sheet on
 * a phone (swipe it down or tap its handle to close it). Focus moves to its heading when it opens
 * and returns to what opened it when it closes.
 */
import { useEffect, useRef, type ReactNode } from 'react';

const SWIPE_CLOSE_PX = 60;

interface Props {
  id: string;
  title: string;
  onClose: () => void;
  children: ReactNode;
}

export function DetailPanel({ id, title, onClose, children }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const sheet = useRef<HTMLElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    opener.current ??= document.activeElement;
    return () => {
      const el = opener.current;
      // After the commit that closes the panel, what opened it is visible again: focus it there.
      requestAnimationFrame(() => {
        if (el instanceof HTMLElement && el.isConnected && !el.closest('[hidden],[inert]')) el.focus();
      });
    };
  }, []);
  useEffect(() => heading.current?.focus(), [id]);

  // Swipe down on the handle or header: follow the finger, close past a threshold, else spring back.
  const drag = useRef<{ y: number; pointer: number } | null>(null);
  const move = (dy: number) => sheet.current?.style.setProperty('--drag', `${Math.max(0, dy)}px`);
  const swipe = {
    onPointerDown: (e: React.PointerEvent) => {
      // Only a drag that starts on the header: one in the text selects or scrolls it.
      if (e.target instanceof Element && e.target.closest('.detail-head')) drag.current = { y: e.clientY, pointer: e.pointerId };
    },
    onPointerMove: (e: React.PointerEvent) => {
      if (drag.current?.pointer === e.pointerId) move(e.clientY - drag.current.y);
    },
    onPointerUp: (e: React.PointerEvent) => {
      const d = drag.current;
      drag.current = null;
      move(0);
      if (d && e.clientY - d.y > SWIPE_CLOSE_PX) onClose();
    },
    onPointerCancel: () => {
      drag.current = null;
      move(0);
    },
  };

  return (
    <section className="detail-panel" ref={sheet} aria-labelledby={`detail-title-${id}`} data-testid="detail" {...swipe}>
      <div className="detail-head">
        <button type="button" className="sheet-handle" onClick={onClose} aria-label="Close the details (or swipe down)" />
        <h2 id={`detail-title-${id}`} ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="close" onClick={onClose} aria-label="Close the details">
          ×
        </button>
      </div>
      {/* Focusable so its text can be scrolled from the keyboard. */}
      <div className="detail-body" tabIndex={0}>
        {children}
      </div>
    </section>
  );
}
