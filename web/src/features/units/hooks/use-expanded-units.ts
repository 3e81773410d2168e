/**
 * Which tree nodes are open, remembered for the browser tab: coming back from a unit's
 * page finds the tree as it was left (the levels themselves come from the query cache).
 */
import { useCallback, useEffect, useState } from 'react';

function read(storageKey: string): Set<number> | null {
  try {
    const raw = sessionStorage.getItem(storageKey);
    if (!raw) return null;
    const ids = JSON.parse(raw) as unknown;
    return Array.isArray(ids) ? new Set(ids.filter((id): id is number => typeof id === 'number')) : null;
  } catch {
    return null;
  }
}

/** Mount the tree once its roots are known: they are what a never-opened tree shows open. */
export function useExpandedUnits(storageKey: string, initiallyExpanded: readonly number[]) {
  const [expanded, setExpanded] = useState<Set<number>>(() => read(storageKey) ?? new Set(initiallyExpanded));

  useEffect(() => {
    try {
      sessionStorage.setItem(storageKey, JSON.stringify([...expanded]));
    } catch {
      // Storage full or disabled: the tree simply starts closed next time.
    }
  }, [storageKey, expanded]);

  const toggle = useCallback((id: number, open?: boolean) => {
    setExpanded((current) => {
      const isOpen = current.has(id);
      const shouldOpen = open ?? !isOpen;
      if (shouldOpen === isOpen) return current;
      const next = new Set(current);
      if (shouldOpen) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  return { expanded, toggle };
}
