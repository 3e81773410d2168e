/** Words of the campaign pages, in English; the shape is campaigns.vi.ts's. */
import type { campaignsVi } from './campaigns.vi.ts';

export const campaignsEn: typeof campaignsVi = {
  listTitle: 'Report campaigns',
};
