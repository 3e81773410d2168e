/** Edit a person's name and email. */
import { Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { updateUserBody, type UserSummary } from '../../../../../common/contracts/users.ts';
import { FormActions } from '../../../components/form-actions.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { contractErrors, serverFieldErrors } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useUpdateUser } from '../api/update-user.ts';

const FIELDS = ['fullName', 'email'] as const;

export function EditUserModal({ user, opened, onClose }: { user: UserSummary; opened: boolean; onClose: () => void }) {
  const m = useMessages();
  const update = useUpdateUser();
  const form = useForm({
    initialValues: { fullName: user.fullName, email: user.email ?? '' },
    validate: (values) => contractErrors(updateUserBody, { fullName: values.fullName, email: values.email.trim() }),
  });
  const onSubmit = form.onSubmit((values) =>
    update.mutate(
      { id: user.id, input: { fullName: values.fullName, email: values.email.trim() } },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: m.app.savedToast });
          onClose();
        },
        onError: (error) => form.setErrors(serverFieldErrors(error, FIELDS)),
      },
    ),
  );
  return (
    <Modal closeButtonProps={{ 'aria-label': m.app.close }} opened={opened} onClose={onClose} title={m.users.editTitle(user.username)}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <FormError error={update.error} shownFields={FIELDS} />
          <TextInput label={m.users.fullName} required autoComplete="off" {...form.getInputProps('fullName')} data-autofocus />
          <TextInput label={m.users.email} type="email" autoComplete="off" {...form.getInputProps('email')} />
          <FormActions submitLabel={m.app.save} onCancel={onClose} isPending={update.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
