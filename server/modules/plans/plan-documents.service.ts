/**
 * Official documents out: a plan or a letter as the .docx an office would sign
 * (server/modules/documents writes the NĐ 30/2020 layout). Reading the plan is enough to
 * download it: the units above read their children's plans.
 */
import type { Database } from '../../db/client.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { Actor } from '../../lib/policy.ts';
import { asciiSlug, safeDisplayName, type FileDownload } from '../../lib/files/file-transfer.ts';
import { renderLetterDocx, renderPlanDocx } from '../documents/index.ts';
import { loadPlanFor } from './plans.service.ts';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function exportPlanDocx(database: Database, actor: Actor, id: number): Promise<FileDownload> {
  const plan = await loadPlanFor(database.db, actor, id);
  const body = plan.kind === 'letter' ? await renderLetterDocx(plan.content) : await renderPlanDocx(plan.content);
  await recordAudit(database.db, actor, { action: 'plan.export', entityType: 'plan', entityId: plan.id, unitId: plan.unitId, after: { format: 'docx', version: plan.version } });
  const kind = plan.kind === 'letter' ? 'Công văn' : 'Kế hoạch';
  const label = `${kind} ${plan.number ? plan.number.replace(/\//g, '-') : 'dự thảo'} ${plan.title}`;
  return {
    fileName: `${safeDisplayName(label).slice(0, 100)}.docx`,
    asciiFileName: `${asciiSlug(label) || 'ke-hoach'}.docx`,
    contentType: DOCX_TYPE,
    body,
  };
}
