/**
 * Test and benchmark material for the importer: the five seed documents, read from disk,
 * and a 10-page plan made from seed 002's body. Only tests and bench/ import this file
 * (it reads files; the importer itself never does).
 *
 * The seeds live in shared/seeds beside the repository (/work/shared next to /work/main);
 * server/db/seed/plans keeps the same texts inside the repository for the demo, so a
 * checkout without the sibling folder still finds them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type SeedNumber = '000' | '001' | '002' | '003' | '004';

/** The repository's copies (server/db/seed/plans/README.md maps them). */
const REPOSITORY_COPIES: Record<SeedNumber, string> = {
  '000': 'lao-cai-sgd-2021.txt',
  '001': 'ben-cat-pgd-2023-cong-van.txt',
  '002': 'thanh-tri-pgd-2025.txt',
  '003': 'quan-7-pgd-2016-2018.txt',
  '004': 'tan-tien-mn-2022.txt',
};

function repositoryRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 10; i += 1) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error('fixtures: no package.json above common/plans/import');
}

/** The text of a seed document, as extracted (nothing changed). */
export function seedText(seed: SeedNumber): string {
  const root = repositoryRoot();
  for (const dir of [path.join(root, '..', 'shared', 'seeds'), path.join(root, 'shared', 'seeds')]) {
    if (!existsSync(dir)) continue;
    const file = readdirSync(dir).find((name) => name.startsWith(`${seed}_`) && name.endsWith('.txt'));
    if (file) return readFileSync(path.join(dir, file), 'utf8');
  }
  const copy = path.join(root, 'server', 'db', 'seed', 'plans', REPOSITORY_COPIES[seed]);
  if (existsSync(copy)) return readFileSync(copy, 'utf8');
  throw new Error(`fixtures: seed ${seed} not found in ../shared/seeds nor server/db/seed/plans`);
}

/** About 10 pages (≥ 45,000 characters): seed 002's header and legal bases, its body repeated, its closing and signature. */
export function tenPagePlanText(): string {
  const text = seedText('002');
  const bodyStart = text.indexOf('I. MỤC ĐÍCH, YÊU CẦU');
  const closingStart = text.indexOf('Trên đây là Kế hoạch');
  if (bodyStart < 0 || closingStart < bodyStart) throw new Error('fixtures: seed 002 is not the expected text');
  const head = text.slice(0, bodyStart);
  const body = text.slice(bodyStart, closingStart);
  const tail = text.slice(closingStart);
  let out = head;
  while (out.length + tail.length < 45_000) out += body;
  return out + tail;
}
