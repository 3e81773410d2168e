/**
 * SQL for the units import: everything the plan needs in a handful of queries (no
 * query per row), and the stored previews. Code lists travel as one jsonb parameter,
 * so a file of 100,000 codes is still one statement on PGlite and on PostgreSQL.
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { rows } from '../../../db/sql.ts';
import { previewStore } from '../../../lib/import-previews.ts';


function assertDate(today: string) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`bad date ${today}`);
}

export interface KindRow {
  id: number;
  code: string;
  name: string;
  shortName: string;
  depth: number;
  levelName: string;
}

export async function listKindsWithDepth(tx: Tx): Promise<KindRow[]> {
  return rows<KindRow>(
    tx,
    sql`select k.id, k.code, k.name, k.short_name as "shortName", l.depth, l.name as "levelName"
          from unit_kinds k join unit_levels l on l.id = k.level_id
         order by l.depth, k.id`,
  );
}

export interface ExistingUnitRow {
  id: number;
  code: string;
  name: string;
  shortName: string | null;
  kindId: number;
  parentId: number | null;
  parentCode: string | null;
  path: string;
  validFrom: string | null;
  validTo: string | null;
  successorCode: string | null;
  address: string | null;
  email: string | null;
  phone: string | null;
  isOpen: boolean;
  /** Codes of the unit's ancestors, root first: the tree above it as it is now. */
  ancestorCodes: string[];
}

/** The units a file names (as rows, parents or successors), with their ancestry. */
export async function findUnitsByCodes(tx: Tx, codes: string[], today: string): Promise<ExistingUnitRow[]> {
  assertDate(today);
  if (codes.length === 0) return [];
  return rows<ExistingUnitRow>(
    tx,
    sql`select u.id, u.code, u.name, u.short_name as "shortName", u.kind_id as "kindId", u.parent_id as "parentId", p.code as "parentCode",
               u.path::text as path, u.valid_from as "validFrom", u.valid_to as "validTo", s.code as "successorCode",
               u.address, u.email, u.phone, (u.valid_to is null or u.valid_to > ${today}::date) as "isOpen",
               array(select a.code from units a where a.path @> u.path and a.id <> u.id order by nlevel(a.path)) as "ancestorCodes"
          from units u
          left join units p on p.id = u.parent_id
          left join units s on s.id = u.successor_id
         where u.code in (select jsonb_array_elements_text(${JSON.stringify(codes)}::jsonb))`,
  );
}

export interface OpenChildRow {
  parentCode: string;
  code: string;
  kindDepth: number;
}

/** Open children of the given units: who would be left behind by a close or a change of level. */
export async function listOpenChildrenOf(tx: Tx, parentCodes: string[], today: string): Promise<OpenChildRow[]> {
  assertDate(today);
  if (parentCodes.length === 0) return [];
  return rows<OpenChildRow>(
    tx,
    sql`select p.code as "parentCode", c.code, l.depth as "kindDepth"
          from units c
          join units p on p.id = c.parent_id
          join unit_kinds k on k.id = c.kind_id
          join unit_levels l on l.id = k.level_id
         where p.code in (select jsonb_array_elements_text(${JSON.stringify(parentCodes)}::jsonb))
           and (c.valid_to is null or c.valid_to > ${today}::date)`,
  );
}

export async function findUnitIdsByCodes(tx: Tx, codes: string[]): Promise<Map<string, number>> {
  if (codes.length === 0) return new Map();
  const found = await rows<{ id: number; code: string }>(
    tx,
    sql`select id, code from units where code in (select jsonb_array_elements_text(${JSON.stringify(codes)}::jsonb))`,
  );
  return new Map(found.map((r) => [r.code, r.id]));
}

export const { insertPreview, takePreview, deletePreview } = previewStore('units');
