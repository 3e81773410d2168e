/** GET /api/plans/:id/docx — the plan as the .docx an office signs (NĐ 30/2020 layout); a plain link, the browser saves the attachment. */
export function planDocxUrl(id: number): string {
  return `/api/plans/${id}/docx`;
}
