/** Placeholder registration point: the import module fills this file. */
import type { App } from '../../../lib/http.ts';
export async function unitImportRoutes(_app: App) {}
