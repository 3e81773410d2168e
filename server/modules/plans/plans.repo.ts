/** SQL of plans, their scans, plan requests and the legal library. No rules here: plans.service.ts decides. */
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { containsPattern, rows } from '../../db/sql.ts';
import type { PlanDocument } from '../../../common/plans/plan-document.ts';
import type { PlanStatus } from '../../../common/contracts/plans.ts';

export interface PlanRow {
  id: number;
  seriesId: number;
  version: number;
  unitId: number;
  unitCode: string;
  unitName: string;
  unitPath: string;
  kind: 'plan' | 'letter';
  status: PlanStatus;
  title: string;
  fromYear: number;
  toYear: number;
  number: string | null;
  issuedOn: string | null;
  content: PlanDocument;
  source: 'editor' | 'import' | 'parent';
  sourceFileName: string | null;
  parentPlanId: number | null;
  requestId: number | null;
  linkUrl: string | null;
  hasScan: boolean;
  revision: number;
  updatedAt: string;
  updatedByName: string | null;
  issuedAt: string | null;
  issuedByName: string | null;
}

const planColumns = sql`
  p.id, p.series_id as "seriesId", p.version, p.unit_id as "unitId", u.code as "unitCode", u.name as "unitName",
  u.path::text as "unitPath", p.kind, p.status, p.title, p.from_year as "fromYear", p.to_year as "toYear", p.number,
  p.issued_on::text as "issuedOn", p.content, p.source, p.source_file_name as "sourceFileName",
  p.parent_plan_id as "parentPlanId", p.request_id as "requestId", p.link_url as "linkUrl",
  exists (select 1 from plan_files f where f.plan_id = p.id) as "hasScan", p.revision,
  to_char(p.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "updatedAt",
  (select full_name from users x where x.id = p.updated_by) as "updatedByName",
  case when p.issued_at is null then null else to_char(p.issued_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') end as "issuedAt",
  (select full_name from users x where x.id = p.issued_by) as "issuedByName"`;
const planFrom = sql`from plans p join units u on u.id = p.unit_id`;

export async function findPlan(tx: Tx, id: number, forUpdate = false): Promise<PlanRow | undefined> {
  const [row] = await rows<PlanRow>(tx, sql`select ${planColumns} ${planFrom} where p.id = ${id} ${forUpdate ? sql`for update of p` : sql``}`);
  return row;
}

export interface PlanFilter {
  unitPath: string;
  /** Only the unit itself, or the whole subtree. */
  subtree: boolean;
  year?: number | undefined;
  status?: PlanStatus | undefined;
  searchKey?: string | undefined;
}

export async function listPlans(tx: Tx, filter: PlanFilter): Promise<PlanRow[]> {
  const conditions: SQL[] = [filter.subtree ? sql`u.path <@ ${filter.unitPath}::ltree` : sql`u.path = ${filter.unitPath}::ltree`];
  if (filter.year) conditions.push(sql`p.from_year <= ${filter.year} and p.to_year >= ${filter.year}`);
  if (filter.status) conditions.push(sql`p.status = ${filter.status}`);
  if (filter.searchKey) conditions.push(sql`p.search_key like ${containsPattern(filter.searchKey)}`);
  return rows<PlanRow>(
    tx,
    sql`select ${planColumns} ${planFrom} where ${sql.join(conditions, sql` and `)}
        order by p.to_year desc, p.status = 'superseded', p.updated_at desc limit 500`,
  );
}

export interface PlanValues {
  unitId: number;
  kind: 'plan' | 'letter';
  title: string;
  searchKey: string;
  fromYear: number;
  toYear: number;
  content: PlanDocument;
  source: 'editor' | 'import' | 'parent';
  sourceFileName: string | null;
  parentPlanId: number | null;
  requestId: number | null;
  userId: number;
}

/** A first version starts its own series (series_id = its id); an amendment joins an existing one. */
export async function insertPlan(tx: Tx, values: PlanValues, series?: { seriesId: number; version: number }): Promise<number> {
  const [row] = await rows<{ id: number }>(
    tx,
    sql`insert into plans (series_id, version, unit_id, kind, title, search_key, from_year, to_year, content, source,
                           source_file_name, parent_plan_id, request_id, created_by, updated_by)
        values (${series?.seriesId ?? sql`currval(pg_get_serial_sequence('plans', 'id'))`}, ${series?.version ?? 1}, ${values.unitId},
                ${values.kind}, ${values.title}, ${values.searchKey}, ${values.fromYear}, ${values.toYear},
                ${JSON.stringify(values.content)}::jsonb, ${values.source}, ${values.sourceFileName}, ${values.parentPlanId},
                ${values.requestId}, ${values.userId}, ${values.userId})
        returning id`,
  );
  return row!.id;
}

export async function updateDraft(tx: Tx, id: number, values: Pick<PlanValues, 'title' | 'searchKey' | 'fromYear' | 'toYear' | 'content' | 'userId'>): Promise<void> {
  await tx.execute(sql`
    update plans set title = ${values.title}, search_key = ${values.searchKey}, from_year = ${values.fromYear}, to_year = ${values.toYear},
                     content = ${JSON.stringify(values.content)}::jsonb, revision = revision + 1, updated_at = now(), updated_by = ${values.userId}
     where id = ${id}`);
}

export async function markIssued(tx: Tx, id: number, values: { number: string; issuedOn: string; content: PlanDocument; userId: number }): Promise<void> {
  await tx.execute(sql`
    update plans set status = 'issued', number = ${values.number}, issued_on = ${values.issuedOn}::date,
                     content = ${JSON.stringify(values.content)}::jsonb, issued_at = now(), issued_by = ${values.userId},
                     revision = revision + 1, updated_at = now(), updated_by = ${values.userId}
     where id = ${id}`);
}

/** The earlier issued versions of a series step aside when a new one is issued. */
export async function supersedeOthers(tx: Tx, seriesId: number, issuedId: number): Promise<number[]> {
  const superseded = await rows<{ id: number }>(
    tx,
    sql`update plans set status = 'superseded', updated_at = now() where series_id = ${seriesId} and id <> ${issuedId} and status = 'issued' returning id`,
  );
  return superseded.map((row) => row.id);
}

export async function deleteDraft(tx: Tx, id: number): Promise<void> {
  await tx.execute(sql`delete from plans where id = ${id} and status = 'draft'`);
}

export async function setLink(tx: Tx, id: number, linkUrl: string, userId: number): Promise<void> {
  await tx.execute(sql`update plans set link_url = ${linkUrl}, updated_at = now(), updated_by = ${userId} where id = ${id}`);
}

export async function listVersions(tx: Tx, seriesId: number) {
  return rows<{ id: number; version: number; status: PlanStatus; number: string | null; issuedOn: string | null }>(
    tx,
    sql`select id, version, status, number, issued_on::text as "issuedOn" from plans where series_id = ${seriesId} order by version desc`,
  );
}

export async function hasOpenDraft(tx: Tx, seriesId: number): Promise<number | null> {
  const [row] = await rows<{ id: number }>(tx, sql`select id from plans where series_id = ${seriesId} and status = 'draft' limit 1`);
  return row?.id ?? null;
}

/** Numbers already used by the unit's documents of one symbol in one year, to hand out the next. */
export async function highestSerial(tx: Tx, unitId: number, symbol: string, year: number): Promise<number> {
  const [row] = await rows<{ serial: number | null }>(
    tx,
    sql`select max((substring(number from '^(\\d+)/'))::int) as serial from plans
         where unit_id = ${unitId} and number like ${`%/${symbol}`} and extract(year from issued_on) = ${year}`,
  );
  return row?.serial ?? 0;
}

export async function isNumberTaken(tx: Tx, unitId: number, number: string, year: number, exceptSeriesId: number): Promise<boolean> {
  const [row] = await rows<{ id: number }>(
    tx,
    sql`select id from plans where unit_id = ${unitId} and number = ${number} and extract(year from issued_on) = ${year} and series_id <> ${exceptSeriesId} limit 1`,
  );
  return Boolean(row);
}

export async function unitKindOf(tx: Tx, unitId: number): Promise<{ code: string; isSchool: boolean }> {
  const [row] = await rows<{ code: string; isSchool: boolean }>(
    tx,
    sql`select k.code, k.is_school as "isSchool" from units u join unit_kinds k on k.id = u.kind_id where u.id = ${unitId}`,
  );
  return row!;
}

// ---------------------------------------------------------------------------------------
// The signed scan

export async function upsertScan(tx: Tx, planId: number, file: { fileName: string; bytes: Buffer; sha256: string; userId: number }): Promise<void> {
  await tx.execute(sql`
    insert into plan_files (plan_id, file_name, content_type, bytes, size, sha256, uploaded_by)
    values (${planId}, ${file.fileName}, 'application/pdf', ${file.bytes}, ${file.bytes.length}, ${file.sha256}, ${file.userId})
    on conflict (plan_id) do update set file_name = excluded.file_name, bytes = excluded.bytes, size = excluded.size,
      sha256 = excluded.sha256, uploaded_by = excluded.uploaded_by, uploaded_at = now()`);
}

export async function findScan(tx: Tx, planId: number): Promise<{ fileName: string; bytes: Buffer } | undefined> {
  const [row] = await rows<{ fileName: string; bytes: Buffer | Uint8Array }>(tx, sql`select file_name as "fileName", bytes from plan_files where plan_id = ${planId}`);
  return row ? { fileName: row.fileName, bytes: Buffer.from(row.bytes) } : undefined;
}

// ---------------------------------------------------------------------------------------
// Plan requests

export interface PlanRequestRow {
  id: number;
  issuerUnitId: number;
  issuerCode: string;
  issuerName: string;
  issuerPath: string;
  title: string;
  fromYear: number;
  toYear: number;
  deadline: string;
  instructions: string | null;
  sourcePlanId: number | null;
  sourcePlanTitle: string | null;
  sourcePlanNumber: string | null;
  unitsAsked: number;
  unitsIssued: number;
  createdAt: string;
}

/** A unit has answered when it has a plan of the request, or any plan covering the request's years. */
const answerOf = (requestAlias: string, unitColumn: SQL) => sql`
  (select p.id, p.status, p.title, p.number, p.issued_on, p.link_url, p.updated_at, p.issued_at from plans p
    where p.unit_id = ${unitColumn} and p.status <> 'superseded'
      and (p.request_id = ${sql.raw(requestAlias)}.id or (p.kind = 'plan' and p.from_year <= ${sql.raw(requestAlias)}.to_year and p.to_year >= ${sql.raw(requestAlias)}.from_year))
    order by p.status = 'issued' desc, p.request_id = ${sql.raw(requestAlias)}.id desc nulls last, p.updated_at desc limit 1)`;

const requestColumns = sql`
  r.id, r.issuer_unit_id as "issuerUnitId", iu.code as "issuerCode", iu.name as "issuerName", iu.path::text as "issuerPath",
  r.title, r.from_year as "fromYear", r.to_year as "toYear", r.deadline::text, r.instructions, r.source_plan_id as "sourcePlanId",
  sp.title as "sourcePlanTitle", sp.number as "sourcePlanNumber",
  (select count(*)::int from plan_request_units ru where ru.request_id = r.id) as "unitsAsked",
  (select count(*)::int from plan_request_units ru where ru.request_id = r.id
      and exists (select 1 from plans p where p.unit_id = ru.unit_id and p.status = 'issued'
                   and (p.request_id = r.id or (p.kind = 'plan' and p.from_year <= r.to_year and p.to_year >= r.from_year)))) as "unitsIssued",
  to_char(r.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "createdAt"`;
const requestFrom = sql`from plan_requests r join units iu on iu.id = r.issuer_unit_id left join plans sp on sp.id = r.source_plan_id`;

export async function insertPlanRequest(
  tx: Tx,
  values: { issuerUnitId: number; title: string; fromYear: number; toYear: number; deadline: string; instructions: string | null; respondentKindIds: number[]; sourcePlanId: number | null; userId: number },
): Promise<number> {
  const [row] = await rows<{ id: number }>(
    tx,
    sql`insert into plan_requests (issuer_unit_id, title, from_year, to_year, deadline, instructions, respondent_kind_ids, source_plan_id, created_by)
        values (${values.issuerUnitId}, ${values.title}, ${values.fromYear}, ${values.toYear}, ${values.deadline}::date, ${values.instructions},
                ${`{${values.respondentKindIds.map(Math.trunc).join(',')}}`}::int[], ${values.sourcePlanId}, ${values.userId})
        returning id`,
  );
  return row!.id;
}

/** The open units of the chosen kinds strictly below the issuer, as on `today`. */
export async function insertRequestUnits(tx: Tx, requestId: number, issuerPath: string, kindIds: readonly number[], today: string): Promise<number> {
  const inserted = await rows<{ unitId: number }>(
    tx,
    sql`insert into plan_request_units (request_id, unit_id)
        select ${requestId}, u.id from units u
         where u.path <@ ${issuerPath}::ltree and u.path <> ${issuerPath}::ltree
           and u.kind_id = any(${`{${kindIds.map(Math.trunc).join(',')}}`}::int[])
           and (u.valid_from is null or u.valid_from <= ${today}::date)
           and (u.valid_to is null or u.valid_to > ${today}::date)
        returning unit_id as "unitId"`,
  );
  return inserted.length;
}

export async function findPlanRequest(tx: Tx, id: number): Promise<PlanRequestRow | undefined> {
  const [row] = await rows<PlanRequestRow>(tx, sql`select ${requestColumns} ${requestFrom} where r.id = ${id}`);
  return row;
}

export async function isAskedOf(tx: Tx, requestId: number, unitId: number): Promise<boolean> {
  const [row] = await rows<{ ok: number }>(tx, sql`select 1 as ok from plan_request_units where request_id = ${requestId} and unit_id = ${unitId}`);
  return Boolean(row);
}

export async function listSentRequests(tx: Tx, unitId: number): Promise<PlanRequestRow[]> {
  return rows<PlanRequestRow>(tx, sql`select ${requestColumns} ${requestFrom} where r.issuer_unit_id = ${unitId} order by r.deadline desc, r.id desc limit 200`);
}

export async function listReceivedRequests(tx: Tx, unitId: number): Promise<(PlanRequestRow & { myPlanId: number | null; myStatus: PlanStatus | null })[]> {
  return rows(
    tx,
    sql`select ${requestColumns}, mine.id as "myPlanId", mine.status as "myStatus"
          ${requestFrom}
          join plan_request_units me on me.request_id = r.id and me.unit_id = ${unitId}
          left join lateral ${answerOf('r', sql`${unitId}`)} mine on true
         order by r.deadline desc, r.id desc limit 200`,
  );
}

export interface RequestUnitRow {
  unitId: number;
  unitCode: string;
  unitName: string;
  unitPath: string;
  planId: number | null;
  planStatus: PlanStatus | null;
  planTitle: string | null;
  planNumber: string | null;
  issuedOn: string | null;
  issuedAt: string | null;
  linkUrl: string | null;
  hasScan: boolean;
}

export async function listRequestUnits(tx: Tx, requestId: number): Promise<RequestUnitRow[]> {
  return rows<RequestUnitRow>(
    tx,
    sql`select u.id as "unitId", u.code as "unitCode", u.name as "unitName", u.path::text as "unitPath",
               a.id as "planId", a.status as "planStatus", a.title as "planTitle", a.number as "planNumber", a.issued_on::text as "issuedOn",
               case when a.issued_at is null then null else to_char(a.issued_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') end as "issuedAt",
               a.link_url as "linkUrl", exists (select 1 from plan_files f where f.plan_id = a.id) as "hasScan"
          from plan_request_units ru
          join plan_requests r on r.id = ru.request_id
          join units u on u.id = ru.unit_id
          left join lateral ${answerOf('r', sql`ru.unit_id`)} a on true
         where ru.request_id = ${requestId}
         order by u.sort_key, u.id`,
  );
}

// ---------------------------------------------------------------------------------------
// The legal library

export interface LegalDocumentValues {
  docType: string;
  number: string | null;
  issuedOn: string | null;
  issuer: string | null;
  title: string | null;
  dedupeKey: string;
  searchKey: string;
  sortKey: string;
}

/** One row per cited document: a later citation fills what an earlier one left blank, never overwrites. */
export async function upsertLegalDocument(tx: Tx, values: LegalDocumentValues): Promise<number> {
  const [row] = await rows<{ id: number }>(
    tx,
    sql`insert into legal_documents (doc_type, number, issued_on, issuer, title, dedupe_key, search_key, sort_key)
        values (${values.docType}, ${values.number}, ${values.issuedOn}::date, ${values.issuer}, ${values.title}, ${values.dedupeKey}, ${values.searchKey}, ${values.sortKey})
        on conflict (dedupe_key) do update set
          issued_on = coalesce(legal_documents.issued_on, excluded.issued_on),
          issuer = coalesce(legal_documents.issuer, excluded.issuer),
          title = coalesce(legal_documents.title, excluded.title),
          search_key = case when legal_documents.title is null then excluded.search_key else legal_documents.search_key end,
          updated_at = now()
        returning id`,
  );
  return row!.id;
}

export async function searchLegalDocuments(tx: Tx, searchKey: string | null, limit: number) {
  const where = searchKey ? sql`where ld.search_key like ${containsPattern(searchKey)}` : sql``;
  const items = await rows<{ id: number; docType: string; number: string | null; issuedOn: string | null; issuer: string | null; title: string | null; citedBy: number }>(
    tx,
    sql`select ld.id, ld.doc_type as "docType", ld.number, ld.issued_on::text as "issuedOn", ld.issuer, ld.title,
               (select count(*)::int from plans p where p.content->'legalBases' @> jsonb_build_array(jsonb_build_object('legalDocumentId', ld.id))) as "citedBy"
          from legal_documents ld ${where}
         order by ld.issued_on desc nulls last, ld.sort_key limit ${limit}`,
  );
  const [count] = await rows<{ total: number }>(tx, sql`select count(*)::int as total from legal_documents ld ${where}`);
  return { items, total: count?.total ?? 0 };
}

// ---------------------------------------------------------------------------------------
// Units, as plans need them

export async function unitPathOf(tx: Tx, unitId: number): Promise<string | null> {
  const [row] = await rows<{ path: string }>(tx, sql`select path::text as path from units where id = ${unitId}`);
  return row?.path ?? null;
}

export async function unitNameOf(tx: Tx, unitId: number): Promise<string | null> {
  const [row] = await rows<{ name: string }>(tx, sql`select name from units where id = ${unitId}`);
  return row?.name ?? null;
}

/** Serialises the handing out of a unit's document numbers (the advisory lock of class 'plans'). */
export function unitLock(unitId: number): SQL {
  return sql`select pg_advisory_xact_lock(hashtext('plans'), ${unitId})`;
}
