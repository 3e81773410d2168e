/** binhdang seed --demo: the demo hierarchy and accounts, on an empty database only. */
import { parseArgs } from 'node:util';
import type { Config } from '../../server/config.ts';
import { isDatabaseEmpty, seedDemo } from '../../server/db/seed/demo.ts';
import { DEMO_PASSWORD } from '../../server/db/seed/demo-data.ts';
import { withDatabase } from './database.ts';

export async function run(args: string[], config: Config): Promise<void> {
  const { values } = parseArgs({ args, options: { demo: { type: 'boolean', default: false } } });
  if (!values.demo) throw new Error('Hãy chỉ rõ loại dữ liệu: binhdang seed --demo');
  await withDatabase(config, async (database) => {
    if (!(await isDatabaseEmpty(database))) throw new Error('Cơ sở dữ liệu đã có dữ liệu; dữ liệu demo chỉ tạo trên cơ sở dữ liệu trống.');
    const counts = await seedDemo(database, (step) => process.stderr.write(`  · ${step}\n`));
    process.stdout.write(`Đã tạo ${counts.units} đơn vị và ${counts.users} tài khoản demo (mật khẩu: ${DEMO_PASSWORD}).\n`);
  });
}
