/** SQL for report templates and their versions. Published versions are only ever read. */
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import { reportTemplates, reportTemplateVersions } from '../../db/schema.ts';
import type { TemplateVersionStatus } from '../../../common/contracts/templates.ts';

export interface TemplateRow {
  id: number;
  code: string;
  name: string;
  description: string | null;
  createdAt: string;
  createdByName: string | null;
}

export interface VersionRow {
  id: number;
  templateId: number;
  version: number;
  status: TemplateVersionStatus;
  createdAt: string;
  createdByName: string | null;
  publishedAt: string | null;
}

export interface VersionWithDefinition extends VersionRow {
  templateCode: string;
  templateName: string;
  templateDescription: string | null;
  definition: unknown;
}

export interface TemplateListRow extends Omit<TemplateRow, 'createdByName'> {
  latestVersion: Pick<VersionRow, 'id' | 'version' | 'status' | 'publishedAt'>;
  latestPublished: Pick<VersionRow, 'id' | 'version' | 'status' | 'publishedAt'> | null;
}

const iso = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

const versionColumns = sql`
  v.id, v.template_id as "templateId", v.version, v.status, ${iso('v.created_at')} as "createdAt",
  cu.full_name as "createdByName", ${iso('v.published_at')} as "publishedAt"`;

const versionRef = (alias: string) =>
  sql.raw(`json_build_object('id', ${alias}.id, 'version', ${alias}.version, 'status', ${alias}.status,
    'publishedAt', to_char(${alias}.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`);

/** Every template with its latest version and its latest published version, by code. */
export async function listTemplates(tx: Tx): Promise<TemplateListRow[]> {
  return rows<TemplateListRow>(
    tx,
    sql`
      select t.id, t.code, t.name, t.description, ${iso('t.created_at')} as "createdAt",
             ${versionRef('lv')} as "latestVersion",
             case when lp.id is null then null else ${versionRef('lp')} end as "latestPublished"
        from report_templates t
        join lateral (select * from report_template_versions v where v.template_id = t.id order by v.version desc limit 1) lv on true
        left join lateral (select * from report_template_versions v where v.template_id = t.id and v.status = 'published' order by v.version desc limit 1) lp on true
       order by t.code`,
  );
}

export async function findTemplate(tx: Tx, id: number): Promise<TemplateRow | undefined> {
  const [row] = await rows<TemplateRow>(
    tx,
    sql`select t.id, t.code, t.name, t.description, ${iso('t.created_at')} as "createdAt", u.full_name as "createdByName"
          from report_templates t left join users u on u.id = t.created_by
         where t.id = ${id}`,
  );
  return row;
}

export async function findTemplateIdByCode(tx: Tx, code: string): Promise<number | undefined> {
  const [row] = await rows<{ id: number }>(tx, sql`select id from report_templates where code = ${code}`);
  return row?.id;
}

export async function listVersions(tx: Tx, templateId: number): Promise<VersionRow[]> {
  return rows<VersionRow>(
    tx,
    sql`select ${versionColumns} from report_template_versions v left join users cu on cu.id = v.created_by
         where v.template_id = ${templateId} order by v.version desc`,
  );
}

/** A version with its definition; `forUpdate` locks the row so a publish and an edit never cross. */
export async function findVersion(tx: Tx, id: number, forUpdate = false): Promise<VersionWithDefinition | undefined> {
  const [row] = await rows<VersionWithDefinition>(
    tx,
    sql`select ${versionColumns}, v.definition, t.code as "templateCode", t.name as "templateName", t.description as "templateDescription"
          from report_template_versions v
          join report_templates t on t.id = v.template_id
          left join users cu on cu.id = v.created_by
         where v.id = ${id} ${forUpdate ? sql`for update of v` : sql``}`,
  );
  return row;
}

export async function insertTemplate(tx: Tx, values: { code: string; name: string; description: string | null; createdBy: number | null }): Promise<number> {
  const [row] = await tx.insert(reportTemplates).values(values).returning({ id: reportTemplates.id });
  return row!.id;
}

/**
 * A new version numbered after the template's last. The template row is locked first so two
 * concurrent drafts take consecutive numbers instead of colliding on unique(template_id, version).
 */
export async function insertVersion(
  tx: Tx,
  values: { templateId: number; definition: unknown; status: TemplateVersionStatus; createdBy: number | null },
): Promise<{ id: number; version: number }> {
  await tx.execute(sql`select id from report_templates where id = ${values.templateId} for update`);
  const [next] = await rows<{ version: number }>(tx, sql`select coalesce(max(version), 0) + 1 as version from report_template_versions where template_id = ${values.templateId}`);
  const [row] = await tx
    .insert(reportTemplateVersions)
    .values({
      templateId: values.templateId,
      version: next!.version,
      definition: values.definition as never,
      status: values.status,
      createdBy: values.createdBy,
      publishedAt: values.status === 'published' ? sql`now()` : null,
    })
    .returning({ id: reportTemplateVersions.id, version: reportTemplateVersions.version });
  return row!;
}

/** Replaces a draft's definition; answers false when the version is no longer a draft. */
export async function updateDraftDefinition(tx: Tx, id: number, definition: unknown): Promise<boolean> {
  const result = await rows<{ id: number }>(
    tx,
    sql`update report_template_versions set definition = ${JSON.stringify(definition)}::jsonb where id = ${id} and status = 'draft' returning id`,
  );
  return result.length === 1;
}

/** Publishes a draft; answers false when it was already published. */
export async function publishDraft(tx: Tx, id: number): Promise<boolean> {
  const result = await rows<{ id: number }>(
    tx,
    sql`update report_template_versions set status = 'published', published_at = now() where id = ${id} and status = 'draft' returning id`,
  );
  return result.length === 1;
}
