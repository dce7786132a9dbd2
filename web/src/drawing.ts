/**
 * A drawing made by a library loaded only when it is shown (Cytoscape.js, Observable Plot),
 * redrawn when what it draws changes. Each render builds new arrays, so "changes" is by
 * value: the data is compared as JSON, and the drawing is made from that JSON, so it can
 * only depend on what was compared. The previous drawing is undone first (and when the
 * component goes), and a load that finishes after that draws nothing.
 */
import { type RefObject, useEffect, useRef } from "react";

export function useDrawing<Library, Data>(
  load: () => Promise<Library>,
  data: Data,
  /** Draws into `element`; returns how to undo it. */
  draw: (library: Library, element: HTMLDivElement, data: Data) => (() => void) | undefined,
): RefObject<HTMLDivElement | null> {
  const container = useRef<HTMLDivElement>(null);
  const how = useRef({ load, draw });
  how.current = { load, draw };
  const signature = JSON.stringify(data);
  useEffect(() => {
    let cancelled = false;
    let undo: (() => void) | undefined;
    const drawn = JSON.parse(signature) as Data;
    void how.current.load().then((library) => {
      if (cancelled || !container.current) return;
      undo = how.current.draw(library, container.current, drawn);
    });
    return () => {
      cancelled = true;
      undo?.();
    };
  }, [signature]);
  return container;
}
