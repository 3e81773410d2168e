/** /api/users: the people of a subtree and their roles. */
import { z } from 'zod';
import type { App } from '../../lib/http.ts';
import { requireActor } from '../../lib/http.ts';
import { createUserBody, grantRoleBody, resetPasswordBody, roleParams, updateUserBody, userListQuery, userSummary } from '../../../common/contracts/users.ts';
import { errorResponses, idParams } from '../../../common/contracts/shared.ts';
import * as users from './users.service.ts';

const userPage = z.object({ items: z.array(userSummary), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export async function userRoutes(app: App) {
  const tags = ['users'];
  app.get('/api/users', { schema: { tags, summary: 'Người dùng trong phạm vi đơn vị', querystring: userListQuery, response: { 200: userPage, ...errorResponses } } }, async (request) =>
    users.listUsers(app.database, requireActor(request), request.query),
  );
  app.get('/api/users/:id', { schema: { tags, summary: 'Thông tin người dùng', params: idParams, response: { 200: userSummary, ...errorResponses } } }, async (request) =>
    users.getUser(app.database, requireActor(request), request.params.id),
  );
  app.post('/api/users', { schema: { tags, summary: 'Thêm người dùng', body: createUserBody, response: { 201: userSummary, ...errorResponses } } }, async (request, reply) =>
    reply.code(201).send(await users.createUser(app.database, requireActor(request), request.body)),
  );
  app.patch('/api/users/:id', { schema: { tags, summary: 'Sửa / vô hiệu hóa người dùng', params: idParams, body: updateUserBody, response: { 200: userSummary, ...errorResponses } } }, async (request) =>
    users.updateUser(app.database, requireActor(request), request.params.id, request.body),
  );
  app.post('/api/users/:id/reset-password', { schema: { tags, summary: 'Đặt lại mật khẩu', params: idParams, body: resetPasswordBody, response: { 200: userSummary, ...errorResponses } } }, async (request) =>
    users.resetPassword(app.database, requireActor(request), request.params.id, request.body.newPassword),
  );
  app.post('/api/users/:id/unlock', { schema: { tags, summary: 'Mở khóa tài khoản', params: idParams, response: { 200: userSummary, ...errorResponses } } }, async (request) =>
    users.unlockUser(app.database, requireActor(request), request.params.id),
  );
  app.post('/api/users/:id/roles', { schema: { tags, summary: 'Giao vai trò', params: idParams, body: grantRoleBody, response: { 200: userSummary, ...errorResponses } } }, async (request) =>
    users.grantRole(app.database, requireActor(request), request.params.id, request.body.role, request.body.unitId),
  );
  app.delete('/api/users/:id/roles/:roleId', { schema: { tags, summary: 'Thu hồi vai trò', params: roleParams, response: { 200: userSummary.nullable(), ...errorResponses } } }, async (request) =>
    users.revokeRole(app.database, requireActor(request), request.params.id, request.params.roleId),
  );
}
