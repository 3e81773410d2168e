/**
 * Reference data every installation needs: the levels of the hierarchy and the kinds
 * of unit. They are rows, not code, so a reform adds or retires rows. Applied after
 * migrations, idempotently (insert what is missing, never overwrite an admin's edits).
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../client.ts';
import { templateDefinitionSchema } from '../../../common/contracts/templates.ts';
import { BUILTIN_TEMPLATE, BUILTIN_TEMPLATE_DEFINITION } from './builtin-report-template.ts';

export const LEVELS = [
  { code: 'central', name: 'Trung ương (Bộ)', depth: 0 },
  { code: 'province', name: 'Cấp tỉnh (Sở)', depth: 1 },
  { code: 'local', name: 'Cấp xã / cấp huyện (trước 7/2025)', depth: 2 },
  { code: 'school', name: 'Cơ sở giáo dục', depth: 3 },
] as const;

export const KINDS = [
  { code: 'BO', name: 'Bộ Giáo dục và Đào tạo', shortName: 'Bộ GD&ĐT', level: 'central', isSchool: false },
  { code: 'SO', name: 'Sở Giáo dục và Đào tạo', shortName: 'Sở GD&ĐT', level: 'province', isSchool: false },
  { code: 'PGD', name: 'Phòng Giáo dục và Đào tạo cấp huyện (trước 01/7/2025)', shortName: 'Phòng GD&ĐT', level: 'local', isSchool: false },
  { code: 'XA', name: 'UBND cấp xã (Phòng Văn hóa - Xã hội)', shortName: 'UBND xã/phường', level: 'local', isSchool: false },
  { code: 'MN', name: 'Trường mầm non', shortName: 'MN', level: 'school', isSchool: true },
  { code: 'MG', name: 'Trường mẫu giáo', shortName: 'MG', level: 'school', isSchool: true },
  { code: 'TH', name: 'Trường tiểu học', shortName: 'TH', level: 'school', isSchool: true },
  { code: 'THCS', name: 'Trường trung học cơ sở', shortName: 'THCS', level: 'school', isSchool: true },
  { code: 'THPT', name: 'Trường trung học phổ thông', shortName: 'THPT', level: 'school', isSchool: true },
  { code: 'LC', name: 'Trường liên cấp (TH&THCS, THCS&THPT)', shortName: 'Liên cấp', level: 'school', isSchool: true },
  { code: 'GDNN-GDTX', name: 'Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên', shortName: 'GDNN-GDTX', level: 'school', isSchool: true },
] as const;

export async function ensureReferenceData(tx: Tx): Promise<void> {
  for (const level of LEVELS) {
    await tx.execute(sql`insert into unit_levels (code, name, depth) values (${level.code}, ${level.name}, ${level.depth}) on conflict (code) do nothing`);
  }
  for (const kind of KINDS) {
    await tx.execute(sql`
      insert into unit_kinds (code, name, short_name, level_id, is_school)
      select ${kind.code}, ${kind.name}, ${kind.shortName}, id, ${kind.isSchool} from unit_levels where code = ${kind.level}
      on conflict (code) do nothing`);
  }
  await ensureBuiltinReportTemplate(tx);
}

/**
 * The built-in report template, version 1 published, inserted only when its code is missing:
 * an admin's later versions, or an imported template with that code, are never touched.
 */
async function ensureBuiltinReportTemplate(tx: Tx): Promise<void> {
  // Parsed by the same contract an admin's edit goes through: a broken built-in fails at start-up.
  const definition = templateDefinitionSchema.parse(BUILTIN_TEMPLATE_DEFINITION);
  await tx.execute(sql`
    with template as (
      insert into report_templates (code, name, description) values (${BUILTIN_TEMPLATE.code}, ${BUILTIN_TEMPLATE.name}, ${BUILTIN_TEMPLATE.description})
      on conflict (code) do nothing
      returning id
    )
    insert into report_template_versions (template_id, version, definition, status, published_at)
    select id, 1, ${JSON.stringify(definition)}::jsonb, 'published', now() from template`);
}
