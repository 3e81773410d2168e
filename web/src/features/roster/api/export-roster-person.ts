/**
 * GET /api/roster/people/:id/export — everything stored about one person (a data-subject
 * request), a file the browser downloads itself: a plain link, the session cookie goes along.
 */
export function rosterPersonExportUrl(id: number): string {
  return `/api/roster/people/${id}/export`;
}
