/** /api/roster…: a unit's staff roster and the figures computed from it. Thin: parse, call one service function, answer. */
import type { App } from '../../lib/http.ts';

export async function rosterRoutes(app: App): Promise<void> {
  void app;
}
