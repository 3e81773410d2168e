/** Give a person a temporary password; they must choose their own at next sign-in. */
import { Alert, Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { resetPasswordBody } from '../../../../../common/contracts/users.ts';
import type { UserSummary } from '../../../../../common/contracts/users.ts';
import { FormActions } from '../../../components/form-actions.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { contractErrors, serverFieldErrors } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useResetPassword } from '../api/reset-password.ts';
import { generateTemporaryPassword } from './temporary-password.ts';
import { TemporaryPasswordField } from './temporary-password-field.tsx';

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
            <TemporaryPasswordField inputProps={form.getInputProps('newPassword')} onGenerate={(password) => form.setFieldValue('newPassword', password)} />
            <FormActions submitLabel={m.users.resetPassword} onCancel={onClose} isPending={reset.isPending} />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
