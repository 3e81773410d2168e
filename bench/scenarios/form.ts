/**
 * Scenario "form": a keystroke in the report form to the next paint, in Chromium, on a
 * template of 150 value keys (50 elements × Tổng số / Nữ / Nam). The app runs on a fresh
 * embedded database with the demo; a school officer signs in through the page, opens the
 * report and types one digit into every cell, twice. The form marks each input event and
 * measures to the next animation frame (`report-keystroke`, keystroke-timing.ts); the
 * browser's own Event Timing (input → paint, entries of 16 ms and more) is kept in the
 * details. Runs once (the database is not what it measures).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { sql } from 'drizzle-orm';
import { buildApp } from '../../server/app.ts';
import { testConfig } from '../../server/config.ts';
import { openDatabase } from '../../server/db/client.ts';
import { prepareDatabase } from '../../server/db/prepare.ts';
import { rows } from '../../server/db/sql.ts';
import { seedDemo } from '../../server/db/seed/demo.ts';
import { DEMO_PASSWORD } from '../../server/db/seed/demo-data.ts';
import { createCampaign } from '../../server/modules/campaigns/campaigns.service.ts';
import { actorOfUsername } from '../../server/modules/users/users.service.ts';
import { createTemplate, publishVersion } from '../../server/modules/templates/templates.service.ts';
import { addDays } from '../../common/text/calendar-dates.ts';
import { todayInVietnam } from '../../common/text/format.ts';
import type { TemplateDefinitionInput } from '../../common/contracts/templates.ts';
import type { Measurement, Scenario } from '../context.ts';
import { summarize } from '../stats.ts';

const ELEMENTS = 50;

/** 50 numeric elements by sex (150 value keys) in five sections, with a rule on each. */
export function formTemplate(): TemplateDefinitionInput {
  const sections = Array.from({ length: 5 }, (_, s) => ({
    code: `s${s + 1}`,
    title: `Phần ${s + 1}`,
    order: s + 1,
    items: Array.from({ length: ELEMENTS / 5 }, (_, i) => {
      const n = s * (ELEMENTS / 5) + i + 1;
      return { kind: 'number' as const, code: `e${n}`, label: `Chỉ tiêu số ${n}`, valueType: 'integer' as const, unit: 'người', disaggregation: 'sex' as const };
    }),
  }));
  const rules = Array.from({ length: ELEMENTS }, (_, i) => ({ id: `r${i + 1}`, expression: `e${i + 1}.female <= e${i + 1}.total`, severity: 'error' as const, message: `Nữ không quá tổng số (chỉ tiêu ${i + 1})` }));
  return { sections, rules };
}


export const formScenario: Scenario = {
  name: 'form',
  title: 'report form with 150 fields: keystroke to next paint in Chromium',
  perDatabase: false,
  async run(context) {
    const base: Measurement = { scenario: 'form', label: 'keystroke → next frame, 150 fields', database: '-', unit: 'ms', goal: { metric: 'p95', limit: 16, unit: 'ms' } };
    if (!existsSync('/usr/bin/chromium')) return [{ ...base, skipped: 'no Chromium at /usr/bin/chromium' }];
    const built = spawnSync(process.execPath, [path.join(context.repoRoot, 'scripts/build-web.ts'), '--if-stale'], { cwd: context.repoRoot, stdio: 'ignore' });
    if (built.status !== 0) return [{ ...base, error: 'web build failed' }];

    context.log('form: demo database, a 150-field campaign, the app');
    const database = await openDatabase({});
    await prepareDatabase(database);
    await seedDemo(database);
    const admin = await actorOfUsername(database.db, 'admin');
    const template = await createTemplate(database, admin, { code: 'BENCH-FORM-150', name: 'Biểu mẫu 150 chỉ tiêu', description: null, definition: formTemplate() as never });
    await publishVersion(database, admin, template.versions[0]!.id);
    const kinds = await rows<{ id: number }>(database.db, sql`select id from unit_kinds where code = 'THCS'`);
    const today = todayInVietnam();
    await createCampaign(database, await actorOfUsername(database.db, 'hanoi.truongban'), {
      name: 'Báo cáo đo hiệu năng biểu mẫu',
      templateVersionId: template.versions[0]!.id,
      period: { kind: 'year', year: Number(today.slice(0, 4)) },
      asOf: today,
      opensOn: addDays(today, -1),
      deadline: addDays(today, 10),
      rollupBasis: 'submitted',
      respondentKindIds: kinds.map((k) => k.id),
    } as never);
    const app = await buildApp({ config: testConfig({ loginRatePerMinute: 1000 }), database, serveWeb: true });
    const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
      await page.addInitScript(() => {
        const slow: number[] = [];
        (window as unknown as { __slowEvents: number[] }).__slowEvents = slow;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (entry.name === 'keydown' || entry.name === 'input') slow.push(entry.duration);
        }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
      });
      await page.goto(`${baseUrl}/sign-in`);
      await page.getByLabel(/^Tên đăng nhập/).fill('nguhiep.canbo');
      await page.getByLabel(/^Mật khẩu/).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.waitForURL(/\/(reports|units)$/);
      await page.goto(`${baseUrl}/reports`);
      await page.getByRole('link', { name: /Báo cáo đo hiệu năng biểu mẫu/ }).first().click();
      const cells = page.locator('input.report-cell-input');
      await cells.first().waitFor();
      const count = await cells.count();
      const rounds = context.quick ? 1 : 2;
      for (let round = 0; round < rounds; round += 1) {
        for (let i = 0; i < count; i += 1) {
          await cells.nth(i).focus();
          await page.keyboard.type(String((i + round) % 10));
        }
      }
      await page.waitForTimeout(200);
      const samples = await page.evaluate(() => performance.getEntriesByName('report-keystroke').map((e) => e.duration));
      const slowEvents = await page.evaluate(() => (window as unknown as { __slowEvents: number[] }).__slowEvents);
      const warm = samples.slice(Math.min(10, samples.length - 1));
      return [
        {
          ...base,
          stats: summarize(warm),
          details: { cells: count, keystrokes: samples.length, warmupDropped: samples.length - warm.length, eventTimingOver16ms: { count: slowEvents.length, ...(slowEvents.length ? summarize(slowEvents) : {}) } },
        },
      ];
    } finally {
      await browser.close();
      await app.close();
      await database.close();
    }
  },
};
