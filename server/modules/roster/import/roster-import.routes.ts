/** /api/roster/import…: preview and apply a roster file. Thin: parse, call one service function, answer. */
import type { App } from '../../../lib/http.ts';

export async function rosterImportRoutes(app: App): Promise<void> {
  void app;
}
