/**
 * The template definition a campaign pins. A published version never changes
 * (templates.service.ts), so each is read once per open database and kept: a submission in
 * the deadline rush validates against it without a query. Keyed by the database too, since
 * tests and the benchmark hold several databases in one process.
 */
import type { Database, Tx } from '../../db/client.ts';
import type { TemplateDefinition } from '../../../common/contracts/templates.ts';
import { findVersionDefinition } from './campaigns.repo.ts';

const caches = new WeakMap<Database, Map<number, TemplateDefinition>>();

/** Reads through `tx` when given: PGlite has one connection, so a read beside an open transaction would wait for it. */
export async function definitionOf(database: Database, versionId: number, tx: Tx = database.db): Promise<TemplateDefinition> {
  let cache = caches.get(database);
  if (!cache) caches.set(database, (cache = new Map()));
  let definition = cache.get(versionId);
  if (!definition) {
    const stored = await findVersionDefinition(tx, versionId);
    if (!stored) throw new Error(`campaign pins template version ${versionId}, which is not published`);
    definition = stored as TemplateDefinition;
    cache.set(versionId, definition);
  }
  return definition;
}
