/** Words of the campaign pages (đợt báo cáo, bảng theo dõi, tổng hợp), in Vietnamese; campaigns.en.ts has the same shape. */
export const campaignsVi = {
  listTitle: 'Đợt báo cáo',
};
