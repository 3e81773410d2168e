/**
 * Report templates' rules: anyone signed in reads them, a system admin defines, versions,
 * publishes, exports and imports them. A published version never changes — a campaign pins
 * it — so an edit makes a new draft. Definitions arrive validated by the zod contract
 * (common/contracts/templates.ts); every write runs in one transaction with its audit.
 */
import type { Database, Tx } from '../../db/client.ts';
import { AppError, isUniqueViolation, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../../lib/audit.ts';
import { authorize, type Actor } from '../../lib/policy.ts';
import {
  TEMPLATE_EXPORT_FORMAT,
  TEMPLATE_EXPORT_FORMAT_VERSION,
  type CreateTemplateBody,
  type TemplateDefinition,
  type TemplateDetail,
  type TemplateExchange,
  type TemplateExport,
  type TemplateSummary,
  type TemplateVersionDetail,
} from '../../../common/contracts/templates.ts';
import * as repo from './templates.repo.ts';

const templateNotFound = () => notFound('Không tìm thấy mẫu báo cáo');
const versionNotFound = () => notFound('Không tìm thấy phiên bản mẫu báo cáo');

export async function listTemplates(database: Database, actor: Actor): Promise<TemplateSummary[]> {
  authorize(actor, 'template:read');
  return repo.listTemplates(database.db);
}

export async function getTemplate(database: Database, actor: Actor, id: number): Promise<TemplateDetail> {
  authorize(actor, 'template:read');
  const template = await repo.findTemplate(database.db, id);
  if (!template) throw templateNotFound();
  const versions = await repo.listVersions(database.db, id);
  return { ...template, versions: versions.map(({ templateId: _t, ...v }) => v) };
}

export async function getTemplateVersion(database: Database, actor: Actor, id: number): Promise<TemplateVersionDetail> {
  authorize(actor, 'template:read');
  const version = await repo.findVersion(database.db, id);
  if (!version) throw versionNotFound();
  const { templateDescription: _d, definition, ...rest } = version;
  return { ...rest, definition: definition as TemplateDefinition };
}

async function assertCodeFree(tx: Tx, code: string) {
  if (await repo.findTemplateIdByCode(tx, code)) {
    throw new AppError('DUPLICATE', `Mã mẫu báo cáo ${code} đã tồn tại`, [{ field: 'code', message: `Mã mẫu báo cáo ${code} đã tồn tại` }]);
  }
}

/** Creates a template with its first version, a draft, inside the caller's transaction. */
export async function createTemplateInTx(tx: Tx, actor: Actor, input: CreateTemplateBody): Promise<{ templateId: number; versionId: number; version: number }> {
  authorize(actor, 'template:manage');
  await assertCodeFree(tx, input.code);
  const templateId = await repo.insertTemplate(tx, { code: input.code, name: input.name, description: input.description ?? null, createdBy: actor.userId });
  const version = await repo.insertVersion(tx, { templateId, definition: input.definition, status: 'draft', createdBy: actor.userId });
  await recordAudit(tx, actor, {
    action: 'template.create',
    entityType: 'report_template',
    entityId: templateId,
    after: { code: input.code, name: input.name, versionId: version.id, version: version.version },
  });
  return { templateId, versionId: version.id, version: version.version };
}

export async function createTemplate(database: Database, actor: Actor, input: CreateTemplateBody): Promise<TemplateDetail> {
  const { templateId } = await inTransaction(database, (tx) => createTemplateInTx(tx, actor, input));
  return getTemplate(database, actor, templateId);
}

/** A new draft version of a template from a definition. */
export async function createDraftVersionInTx(tx: Tx, actor: Actor, templateId: number, definition: TemplateDefinition): Promise<{ id: number; version: number }> {
  authorize(actor, 'template:manage');
  const template = await repo.findTemplate(tx, templateId);
  if (!template) throw templateNotFound();
  const version = await repo.insertVersion(tx, { templateId, definition, status: 'draft', createdBy: actor.userId });
  await recordAudit(tx, actor, {
    action: 'template.version.create',
    entityType: 'report_template_version',
    entityId: version.id,
    after: { templateId, code: template.code, version: version.version },
  });
  return version;
}

export async function createDraftVersion(database: Database, actor: Actor, templateId: number, definition: TemplateDefinition): Promise<TemplateVersionDetail> {
  const { id } = await inTransaction(database, (tx) => createDraftVersionInTx(tx, actor, templateId, definition));
  return getTemplateVersion(database, actor, id);
}

function publishedConflict(version: { version: number; templateCode: string }) {
  return new AppError(
    'CONFLICT',
    `Phiên bản ${version.version} của mẫu ${version.templateCode} đã ban hành nên không thể sửa. Hãy tạo phiên bản mới từ nội dung này.`,
  );
}

/** Replaces a draft's definition; a published version answers 409. */
export async function updateDraftVersion(database: Database, actor: Actor, id: number, definition: TemplateDefinition): Promise<TemplateVersionDetail> {
  authorize(actor, 'template:manage');
  await inTransaction(database, async (tx) => {
    const version = await repo.findVersion(tx, id, true);
    if (!version) throw versionNotFound();
    if (version.status !== 'draft' || !(await repo.updateDraftDefinition(tx, id, definition))) throw publishedConflict(version);
    await recordAudit(tx, actor, {
      action: 'template.version.update',
      entityType: 'report_template_version',
      entityId: id,
      before: { definition: version.definition },
      after: { definition },
    });
  });
  return getTemplateVersion(database, actor, id);
}

/** Publishes a draft: from now on it never changes and campaigns may pin it. */
export async function publishVersion(database: Database, actor: Actor, id: number): Promise<TemplateVersionDetail> {
  authorize(actor, 'template:manage');
  await inTransaction(database, async (tx) => {
    const version = await repo.findVersion(tx, id, true);
    if (!version) throw versionNotFound();
    if (version.status !== 'draft' || !(await repo.publishDraft(tx, id))) {
      throw new AppError('CONFLICT', `Phiên bản ${version.version} của mẫu ${version.templateCode} đã được ban hành trước đó`);
    }
    await recordAudit(tx, actor, {
      action: 'template.version.publish',
      entityType: 'report_template_version',
      entityId: id,
      after: { templateId: version.templateId, code: version.templateCode, version: version.version },
    });
  });
  return getTemplateVersion(database, actor, id);
}

/** A version as the JSON file an import accepts. */
export async function exportTemplateVersion(database: Database, actor: Actor, id: number): Promise<{ fileName: string; body: TemplateExport }> {
  authorize(actor, 'template:read');
  const version = await repo.findVersion(database.db, id);
  if (!version) throw versionNotFound();
  return {
    fileName: `${version.templateCode}-v${version.version}.json`,
    body: {
      format: TEMPLATE_EXPORT_FORMAT,
      formatVersion: TEMPLATE_EXPORT_FORMAT_VERSION,
      code: version.templateCode,
      name: version.templateName,
      description: version.templateDescription,
      version: version.version,
      definition: version.definition as TemplateExport['definition'],
    },
  };
}

/** An imported file becomes a new template, or a new draft version of the template with its code. */
export async function importTemplate(database: Database, actor: Actor, input: TemplateExchange) {
  authorize(actor, 'template:manage');
  return inTransaction(database, async (tx) => {
    const existingId = await repo.findTemplateIdByCode(tx, input.code);
    if (existingId) {
      const version = await createDraftVersionInTx(tx, actor, existingId, input.definition);
      return { templateId: existingId, versionId: version.id, version: version.version, isNewTemplate: false };
    }
    const created = await createTemplateInTx(tx, actor, { code: input.code, name: input.name, description: input.description ?? null, definition: input.definition });
    return { ...created, isNewTemplate: true };
  });
}

/** Runs `work` in a transaction; a lost race on a template code answers 409, not 500. */
async function inTransaction<T>(database: Database, work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await database.db.transaction(work);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('DUPLICATE', 'Mã mẫu báo cáo đã tồn tại');
    throw error;
  }
}
