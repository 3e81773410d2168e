/**
 * The roster's prefill sources (campaigns/prefill.ts): a report's staff figures start from
 * the unit's own roster as of the campaign's as-of date. A report holds its own unit's
 * figures, so only the unit itself is counted, never its subtree; a unit with nobody on
 * its roster that day answers null, so the report falls back to the previous period.
 *
 * Registered once, by the side-effect import in server/app.ts.
 */
import type { Tx } from '../../db/client.ts';
import { MINORITY_KEY, valueKeysOf, type DataElement } from '../../../common/contracts/templates.ts';
import type { RosterStatisticsWithMinority, StatisticCode } from '../../../common/roster/statistics.ts';
import { registerPrefillSource, type PrefillContext } from '../campaigns/prefill.ts';
import { computeUnitStatistics } from './roster.repo.ts';

export const ROSTER_PREFILL_LABEL = 'Từ danh sách cán bộ, giáo viên, nhân viên';

/** Source name → the statistic it reads. */
export const ROSTER_PREFILL_SOURCES: Readonly<Record<string, StatisticCode>> = {
  'roster.staffBySex': 'staff',
  'roster.managersBySex': 'managers',
  'roster.planningPoolBySex': 'planning_pool',
  'roster.planningPoolTrainedBySex': 'planning_pool_gender_trained',
};

/** The unit's own figures, or null when nobody is on its roster that day. */
async function unitStatistics(tx: Tx, context: PrefillContext): Promise<RosterStatisticsWithMinority | null> {
  // computePrefill hands every source of one report the same context object: keyed by it,
  // the figures are counted once per prefill and can never outlive it.
  let figures = countedFor.get(context);
  if (!figures) {
    figures = computeUnitStatistics(tx, context.unitId, context.asOf).then(({ statistics }) => (statistics.staff.all.total > 0 ? statistics : null));
    countedFor.set(context, figures);
  }
  return figures;
}

const countedFor = new WeakMap<PrefillContext, Promise<RosterStatisticsWithMinority | null>>();

/** The element's value keys filled from one statistic: `code.sex` from everyone, `code.sex.minority` from the minority part. */
export function prefillValues(element: Pick<DataElement, 'code' | 'disaggregation'>, figure: RosterStatisticsWithMinority[StatisticCode]): Record<string, number> {
  const values: Record<string, number> = {};
  for (const key of valueKeysOf(element)) {
    const [, sex, part] = key.split('.') as [string, 'total' | 'female' | 'male' | undefined, string | undefined];
    if (sex === undefined) values[key] = figure.all.total;
    else if (part === undefined) values[key] = figure.all[sex];
    else if (part === MINORITY_KEY) values[key] = figure.minority[sex];
    // Other parts (staff groups of a sex × group element) are not the roster's to say here.
  }
  return values;
}

for (const [name, code] of Object.entries(ROSTER_PREFILL_SOURCES)) {
  registerPrefillSource(name, {
    label: ROSTER_PREFILL_LABEL,
    async resolve(tx, element, context) {
      const statistics = await unitStatistics(tx, context);
      return statistics ? prefillValues(element, statistics[code]) : null;
    },
  });
}
