/**
 * Which units a scenario asks about: every level of the tree in equal shares (the
 * Ministry, a province, a commune, a school), inside an actor's subtree or — to time
 * the "does not exist for you" answer — outside it. Deterministic for a given seed.
 */
import { createRandom, type Dataset, type Level } from './generate.ts';

export interface Target {
  id: number;
  level: Level;
  /** Inside the actor's subtree: expected to answer 200, outside 404. */
  inside: boolean;
}

export type Who = 'admin' | 'province';

export function pickTargets(dataset: Dataset, who: Who, count: number, options: { outsideShare?: number; seed?: number } = {}): Target[] {
  const random = createRandom(options.seed ?? 7);
  const province = dataset.provinceAdmin.unitId;
  const inside: number[][] = [[], [], [], []];
  const outside: number[][] = [[], [], [], []];
  for (const unit of dataset.units) {
    const isInside = who === 'admin' || unit.provinceId === province;
    (isInside ? inside : outside)[unit.level]!.push(unit.id);
  }
  const levels = ([0, 1, 2, 3] as Level[]).filter((level) => inside[level]!.length > 0);
  const outsideLevels = ([0, 1, 2, 3] as Level[]).filter((level) => outside[level]!.length > 0);
  const outsideShare = who === 'admin' ? 0 : (options.outsideShare ?? 0);
  return Array.from({ length: count }, (_, i) => {
    if (outsideLevels.length > 0 && random.next() < outsideShare) {
      const level = random.pick(outsideLevels);
      return { id: random.pick(outside[level]!), level, inside: false };
    }
    const level = levels[i % levels.length]!;
    return { id: random.pick(inside[level]!), level, inside: true };
  });
}
