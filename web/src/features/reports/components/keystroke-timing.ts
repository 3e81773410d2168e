/**
 * How long a keystroke in a report cell takes to reach the screen — the form's measured
 * goal is ≤ 16 ms in Chromium with ~150 cells. Each input event leaves a mark
 * `report-input:<value key>`; the next animation frame (which runs just before the browser
 * paints what the event changed) measures from it as `report-keystroke`. A benchmark types
 * into the form and reads `performance.getEntriesByName('report-keystroke')`.
 *
 * What keeps it short: only the typed cell re-renders (its own store subscription,
 * use-report-draft.ts); the assessment runs after the frame and the panel re-renders, in a
 * transition, only when what it shows changed (useDraftChecks); autosave only restarts a timer.
 */
export function markKeystroke(key: string): void {
  const mark = `report-input:${key}`;
  performance.mark(mark);
  requestAnimationFrame(() => {
    performance.measure('report-keystroke', mark);
    performance.clearMarks(mark);
  });
}
