/** Words of the report pages, in English; the shape is reports.vi.ts's. */
import type { reportsVi } from './reports.vi.ts';

export const reportsEn: typeof reportsVi = {
  myReportsTitle: 'My reports',
};
