/** binhdang users create: an account with a role in a unit (e.g. the first system admin of a new installation). */
import { parseArgs } from 'node:util';
import type { Config } from '../../server/config.ts';
import { createUserBody } from '../../common/contracts/users.ts';
import { ROLES } from '../../common/roles.ts';
import { createUserInTx } from '../../server/modules/users/users.service.ts';
import { withDatabase } from './database.ts';

export async function run(args: string[], config: Config): Promise<void> {
  const [sub, ...rest] = args;
  if (sub !== 'create') throw new Error('Cách dùng: binhdang users create --username U --name "Họ tên" --role ROLE --unit MÃ_ĐƠN_VỊ --password P');
  const { values } = parseArgs({
    args: rest,
    options: { username: { type: 'string' }, name: { type: 'string' }, email: { type: 'string' }, role: { type: 'string' }, unit: { type: 'string' }, password: { type: 'string' } },
  });
  await withDatabase(config, async (database) => {
    const [unit] = await database.query<{ id: number }>('select id from units where code = $1', [String(values.unit ?? '').toUpperCase()]);
    if (!unit) throw new Error(`Không tìm thấy đơn vị có mã "${values.unit ?? ''}"`);
    const parsed = createUserBody.safeParse({
      username: values.username ?? '',
      fullName: values.name ?? '',
      email: values.email ?? null,
      password: values.password ?? '',
      role: values.role ?? '',
      unitId: unit.id,
    });
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => `  --${String(i.path[0])}: ${i.path[0] === 'role' ? `một trong ${ROLES.join(', ')}` : i.message}`);
      throw new Error(`Thông tin chưa hợp lệ:\n${lines.join('\n')}`);
    }
    const id = await database.db.transaction((tx) => createUserInTx(tx, null, parsed.data, { mustChangePassword: false }));
    process.stdout.write(`Đã tạo người dùng ${parsed.data.username} (id ${id}) với vai trò ${parsed.data.role}.\n`);
  });
}
