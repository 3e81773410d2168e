/** Words of the report pages (báo cáo của tôi, the report form), in Vietnamese; reports.en.ts has the same shape. */
export const reportsVi = {
  myReportsTitle: 'Báo cáo của tôi',
};
