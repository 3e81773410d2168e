/**
 * Prefill (điền sẵn): values a report can start from instead of an empty form. A template
 * element names its source (`prefill: 'roster.staffBySex'`); a module that can compute
 * that source registers it here — the staff roster will register `roster.*`, activities
 * `activities.*` — and the campaigns module never needs to know how they count. Every
 * element whose source is not (yet) registered starts from the unit's previous-period
 * report of the same template, when there is one.
 *
 * A prefilled value is a suggestion shown as such in the form; it becomes the unit's
 * figure only when the unit saves it.
 */
import type { Tx } from '../../db/client.ts';
import { previousPeriod, periodKey, type ReportPeriod } from '../../../common/campaigns/periods.ts';
import { dataElementsOf, valueKeysOf, type DataElement, type TemplateDefinition } from '../../../common/contracts/templates.ts';
import { findPreviousReportValues, findTemplateIdOfVersion } from './campaigns.repo.ts';

export interface PrefillContext {
  unitId: number;
  /** The date the figures are as of (số liệu tính đến ngày). */
  asOf: string;
}

export interface PrefillSource {
  /** Shown beside a prefilled field: "Từ danh sách cán bộ, giáo viên, nhân viên". */
  label: string;
  /** The element's values by value key, or null when the source knows nothing for this unit. */
  resolve(tx: Tx, element: DataElement, context: PrefillContext): Promise<Record<string, number> | null>;
}

const sources = new Map<string, PrefillSource>();

/** Called once at start-up by the module that owns the source. */
export function registerPrefillSource(name: string, source: PrefillSource): void {
  sources.set(name, source);
}

export const PREVIOUS_PERIOD_LABEL = 'Từ báo cáo kỳ trước';

export interface Prefill {
  values: Record<string, number>;
  sources: { key: string; source: string; label: string }[];
}

/** The values a new report of this unit starts from, and where each came from. */
export async function computePrefill(
  tx: Tx,
  campaign: { id: number; templateVersionId: number; period: ReportPeriod },
  definition: TemplateDefinition,
  context: PrefillContext,
): Promise<Prefill> {
  const prefill: Prefill = { values: {}, sources: [] };
  const fromPrevious: DataElement[] = [];
  for (const element of dataElementsOf(definition)) {
    const source = element.prefill ? sources.get(element.prefill) : undefined;
    const values = source ? await source.resolve(tx, element, context) : null;
    if (!values) {
      fromPrevious.push(element);
      continue;
    }
    for (const key of valueKeysOf(element)) {
      if (typeof values[key] === 'number') {
        prefill.values[key] = values[key]!;
        prefill.sources.push({ key, source: element.prefill!, label: source!.label });
      }
    }
  }
  if (fromPrevious.length > 0) {
    const version = await findTemplateIdOfVersion(tx, campaign.templateVersionId);
    const previous = version ? await findPreviousReportValues(tx, context.unitId, version.templateId, periodKey(previousPeriod(campaign.period)), campaign.id) : undefined;
    if (previous) {
      for (const element of fromPrevious) {
        for (const key of valueKeysOf(element)) {
          if (typeof previous[key] === 'number') {
            prefill.values[key] = previous[key]!;
            prefill.sources.push({ key, source: 'previousPeriod', label: PREVIOUS_PERIOD_LABEL });
          }
        }
      }
    }
  }
  return prefill;
}
