/**
 * `?unit=` — which unit of the viewer's subtree a board, a rollup or the tracking table is
 * showing. In the address so a drill-down can be bookmarked, shared and undone with Back.
 */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export type SearchChanges = Record<string, string | number | null | undefined>;

export function useUnitParam() {
  const [params, setParams] = useSearchParams();
  const raw = Number(params.get('unit'));
  const unitId = Number.isInteger(raw) && raw > 0 ? raw : undefined;

  /** The page's query string with some parameters changed (null or undefined removes one). */
  const searchWith = useCallback(
    (changes: SearchChanges) => {
      const next = new URLSearchParams(params);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null || value === undefined || value === '') next.delete(key);
        else next.set(key, String(value));
      }
      const text = next.toString();
      return text ? `?${text}` : '';
    },
    [params],
  );

  return { unitId, params, setParams, searchWith };
}
