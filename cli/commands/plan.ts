/**
 * binhdang plan import --unit CODE --file FILE [--save] [--json] [--as USERNAME]
 * binhdang plan export --id ID --docx FILE [--as USERNAME]
 *
 * import reads a plan from .docx or text through the same reader and parser as the web,
 * prints what it found (with --json: the structured plan), and with --save stores it as a
 * draft plan of the unit — acting as the unit's own committee head or officer, as on the
 * web (plans are written by their own unit). export writes the plan's official .docx.
 * A file that cannot be read exits 1 with the reason, and nothing is written.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Config } from '../../server/config.ts';
import type { Database } from '../../server/db/client.ts';
import { AppError } from '../../server/lib/errors.ts';
import type { PlanDocument } from '../../common/plans/plan-document.ts';
import type { PlanImportPreview } from '../../common/contracts/plans.ts';
import { formatDate } from '../../common/text/format.ts';
import { previewPlanFile } from '../../server/modules/plans/plan-import.service.ts';
import { createPlan } from '../../server/modules/plans/plans.service.ts';
import { exportPlanDocx } from '../../server/modules/plans/plan-documents.service.ts';
import { withDatabase } from './database.ts';
import { resolveRosterActor } from './roster.ts';
import { resolveActor, type Output } from './units.ts';

const USAGE = `Cách dùng:
  binhdang plan import --unit MÃ_ĐƠN_VỊ --file TỆP.docx|TỆP.txt [--save] [--json] [--as TÊN_ĐĂNG_NHẬP]
  binhdang plan export --id SỐ_ID --docx TỆP.docx [--as TÊN_ĐĂNG_NHẬP]`;

export async function run(args: string[], config: Config): Promise<void> {
  const [sub, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: { unit: { type: 'string' }, file: { type: 'string' }, save: { type: 'boolean' }, json: { type: 'boolean' }, as: { type: 'string' }, id: { type: 'string' }, docx: { type: 'string' } },
  });
  const output: Output = { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) };
  let exitCode: number;
  if (sub === 'import' && values.unit && values.file) {
    const options = { unit: values.unit, file: values.file, save: values.save ?? false, json: values.json ?? false, as: values.as };
    // Reading and parsing need no database; only --save opens it.
    exitCode = options.save ? await withDatabase(config, (database) => importPlanFile(database, options, output)) : await importPlanFile(null, options, output);
  } else if (sub === 'export' && values.id && values.docx) {
    const options = { id: Number(values.id), docx: values.docx, as: values.as };
    if (!Number.isInteger(options.id) || options.id <= 0) throw new Error(USAGE);
    exitCode = await withDatabase(config, (database) => exportPlanFile(database, options, output));
  } else {
    throw new Error(USAGE);
  }
  if (exitCode !== 0) process.exitCode = exitCode;
}

export interface PlanImportOptions {
  unit: string;
  file: string;
  save: boolean;
  json: boolean;
  as?: string | undefined;
}

async function readPreview(file: string): Promise<PlanImportPreview> {
  const content = await readFile(file);
  // .docx and .txt alike go through the file reader's checks (size, encoding, macros, …).
  return previewPlanFile({ fileName: path.basename(file), content });
}

function describe(document: PlanDocument): string {
  const sectionCount = (sections: PlanDocument['sections']): number => sections.reduce((n, s) => n + 1 + sectionCount(s.sections), 0);
  const lines = [
    `Cơ quan:         ${[document.issuer.parent, document.issuer.name].filter(Boolean).join(' / ') || '(không thấy)'}`,
    `Số:              ${document.number ?? '(không thấy)'}`,
    `Địa danh, ngày:  ${document.place ?? '(không thấy)'}, ${document.date ? formatDate(document.date) : `ngày … năm ${document.year ?? '…'}`}`,
    `Tên:             ${document.title || '(không thấy)'}`,
    `Căn cứ:          ${document.legalBases.length}`,
    ...document.legalBases.map((basis) => `  - ${[basis.type, basis.number, basis.date ? formatDate(basis.date) : null].filter(Boolean).join(' ') || basis.text.slice(0, 80)}`),
    `Mục:             ${sectionCount(document.sections)}`,
    `Chỉ tiêu:        ${document.targets.length}`,
    `Hạn báo cáo:     ${document.reportingDeadlines.map((d) => `${d.label} (${d.day ? `${d.day}/` : 'tháng '}${d.month}${d.year ? `/${d.year}` : ''})`).join('; ') || '(không thấy)'}`,
    `Nơi nhận:        ${document.recipients.length}`,
    `Người ký:        ${[document.signer.authority, document.signer.title, document.signer.name].filter(Boolean).join(' — ') || '(không thấy)'}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** Exit code 0 when read (and saved, with --save); 1 when the file cannot be read as a plan. */
export async function importPlanFile(database: Database | null, options: PlanImportOptions, output: Output): Promise<number> {
  let preview: PlanImportPreview;
  try {
    preview = await readPreview(options.file);
  } catch (error) {
    if (error instanceof AppError) {
      output.err(`${error.message}\n`);
      return 1;
    }
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      output.err(`Không tìm thấy tệp "${options.file}"\n`);
      return 1;
    }
    throw error;
  }
  let savedId: number | null = null;
  if (options.save) {
    if (!database) throw new Error('--save cần cơ sở dữ liệu');
    const actor = await resolveRosterActor(database, options.unit, options.as);
    const plan = await createPlan(database, actor, { unitId: actor.unitId, source: 'import', sourceFileName: path.basename(options.file), content: preview.content });
    savedId = plan.id;
  }
  if (options.json) {
    output.out(`${JSON.stringify(savedId === null ? preview.content : { id: savedId, ...preview.content }, null, 2)}\n`);
  } else {
    output.out(describe(preview.content));
    for (const warning of preview.warnings) output.err(`Cần kiểm tra: ${warning.message}\n`);
    if (savedId !== null) output.out(`Đã lưu dự thảo kế hoạch, id ${savedId}\n`);
  }
  return 0;
}

export async function exportPlanFile(database: Database, options: { id: number; docx: string; as?: string | undefined }, output: Output): Promise<number> {
  const actor = await resolveActor(database, options.as);
  try {
    const file = await exportPlanDocx(database, actor, options.id);
    await writeFile(options.docx, file.body);
    output.out(`Đã ghi ${options.docx} (${file.body.length} byte)\n`);
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      output.err(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

