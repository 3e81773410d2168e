/** Give a person a temporary password; they must choose their own at next sign-in. */
import { Alert, Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { resetPasswordBody } from '../../../../../common/contracts/users.ts';
import type { UserSummary } from '../../../../../common/contracts/users.ts';
import { FormError } from '../../../components/form-error.tsx';
import { contractErrors, serverFieldErrors } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useResetPassword } from '../api/reset-password.ts';
import { generateTemporaryPassword } from './temporary-password.ts';

export function ResetPasswordModal({ user, opened, onClose }: { user: UserSummary; opened: boolean; onClose: () => void }) {
  const m = useMessages();
  const reset = useResetPassword();
  const form = useForm({
    initialValues: { newPassword: generateTemporaryPassword() },
    validate: (values) => contractErrors(resetPasswordBody, values),
  });
  const onSubmit = form.onSubmit((values) =>
    reset.mutate({ id: user.id, newPassword: values.newPassword }, { onError: (error) => form.setErrors(serverFieldErrors(error, ['newPassword'])) }),
  );
  return (
    <Modal closeButtonProps={{ 'aria-label': m.app.close }} opened={opened} onClose={onClose} title={m.users.resetTitle(user.fullName)}>
      {reset.isSuccess ? (
        <Stack gap="sm">
          <Alert color="teal" variant="light" role="status">
            {m.users.resetDone}
          </Alert>
          <PasswordInput label={m.users.tempPassword} value={form.getValues().newPassword} readOnly visible autoComplete="off" />
          <Group justify="flex-end">
            <Button onClick={onClose}>{m.app.close}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={onSubmit} noValidate autoComplete="off">
          <Stack gap="sm">
            <FormError error={reset.error} shownFields={['newPassword']} />
            <Group align="flex-end" gap="xs" wrap="nowrap">
              <PasswordInput
                label={m.users.tempPassword}
                description={m.users.tempPasswordHint}
                required
                autoComplete="new-password"
                defaultVisible
                style={{ flex: 1 }}
                {...form.getInputProps('newPassword')}
              />
              <Button variant="default" onClick={() => form.setFieldValue('newPassword', generateTemporaryPassword())}>
                {m.users.generate}
              </Button>
            </Group>
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={onClose}>
                {m.app.cancel}
              </Button>
              <Button type="submit" loading={reset.isPending}>
                {m.users.resetPassword}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
