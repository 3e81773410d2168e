/**
 * The offline report form to download (biểu mẫu Excel để điền ngoại tuyến): the report's
 * current content, or — for a report not yet started — the values it would start from in
 * the web form (prefill.ts). Reading a report is enough to download it; saving the
 * uploaded form needs the right to fill it (report-form-import.service.ts).
 */
import type { Database } from '../../../db/client.ts';
import type { Actor } from '../../../lib/policy.ts';
import { asciiSlug, safeDisplayName, XLSX_TYPE, type FileDownload } from '../../../lib/files/file-transfer.ts';
import { effectiveDeadline } from '../../../../common/campaigns/deadlines.ts';
import { describePeriod } from '../../../../common/campaigns/periods.ts';
import { computePrefill } from '../prefill.ts';
import { factsOf } from '../report-facts.ts';
import { loadReportForFile } from '../reports.service.ts';
import { writeReportForm } from './report-form.xlsx.ts';

export async function downloadReportForm(database: Database, actor: Actor, id: number, secret: string): Promise<FileDownload> {
  const { report, campaign, definition } = await loadReportForFile(database, actor, id);
  const isFresh = report.state === 'none' && Object.keys(report.values).length === 0;
  const prefill = isFresh ? await computePrefill(database.db, campaign, definition, { unitId: report.unitId, asOf: campaign.asOf }) : null;
  const hasPrefill = prefill !== null && Object.keys(prefill.values).length > 0;
  const body = await writeReportForm(
    {
      reportId: report.id,
      reportVersion: report.version,
      campaign: { id: campaign.id, name: campaign.name, templateVersionId: campaign.templateVersionId, periodLabel: describePeriod(campaign.period), asOf: campaign.asOf, issuerName: campaign.issuerName },
      unit: { code: report.unitCode, name: report.unitName },
      deadline: effectiveDeadline(factsOf(report, campaign)),
      definition,
      values: hasPrefill ? prefill.values : report.values,
      answers: { texts: report.answers.texts ?? {}, targets: (report.answers.targets ?? {}) as never },
      prefillNote: hasPrefill ? `Một số ô đã được điền sẵn (${[...new Set(prefill.sources.map((s) => s.label.toLowerCase()))].join('; ')})` : null,
      createdAt: new Date(),
    },
    secret,
  );
  return {
    fileName: `Biểu mẫu báo cáo - ${safeDisplayName(campaign.name)} - ${safeDisplayName(report.unitName)}.xlsx`,
    asciiFileName: `bieu-mau-bao-cao-${report.id}-${asciiSlug(report.unitCode) || 'don-vi'}.xlsx`,
    contentType: XLSX_TYPE,
    body,
  };
}
