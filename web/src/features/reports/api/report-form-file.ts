/**
 * GET /api/reports/:id/form.xlsx — the offline form (biểu mẫu Excel), a file the browser
 * downloads itself: a plain link, the session cookie goes along.
 */
export function reportFormFileUrl(id: number): string {
  return `/api/reports/${id}/form.xlsx`;
}
