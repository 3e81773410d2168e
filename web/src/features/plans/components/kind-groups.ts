/**
 * Which kinds of unit a unit can ask (for plans, or for reports from a plan's deadline):
 * those of the levels below its own, grouped by level, shallowest first — the server asks
 * only units strictly below the asking one.
 */
import type { UnitKind, UnitLevel } from '../../../../../common/contracts/units.ts';
import type { UnitKinds } from '../api/get-unit-kinds.ts';

export interface KindGroup {
  level: UnitLevel;
  kinds: UnitKind[];
}

export function kindGroupsBelow(data: UnitKinds, unitKindId: number | null): KindGroup[] {
  const depthOf = new Map(data.levels.map((level) => [level.id, level.depth]));
  const own = unitKindId === null ? undefined : data.kinds.find((kind) => kind.id === unitKindId);
  const ownDepth = own ? (depthOf.get(own.levelId) ?? 0) : 0;
  return [...data.levels]
    .sort((a, b) => a.depth - b.depth)
    .filter((level) => level.depth > ownDepth)
    .map((level) => ({ level, kinds: data.kinds.filter((kind) => kind.levelId === level.id) }))
    .filter((group) => group.kinds.length > 0);
}

/** The schools: who is usually asked for a plan or a report. */
export function schoolKindIds(groups: readonly KindGroup[]): string[] {
  return groups.flatMap((group) => group.kinds.filter((kind) => kind.isSchool).map((kind) => String(kind.id)));
}
