/** Change one's own password, checked in the browser with the contract's rule (≥10, letters and digits). */
import { Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { MIN_PASSWORD_LENGTH, changePasswordBody } from '../../../../../common/contracts/auth.ts';
import { FormError } from '../../../components/form-error.tsx';
import { contractErrors, serverFieldErrors } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useChangePassword } from '../api/change-password.ts';

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;

interface ChangePasswordFormProps {
  username: string;
  onDone?: () => void;
}

export function ChangePasswordForm({ username, onDone }: ChangePasswordFormProps) {
  const m = useMessages();
  const mutation = useChangePassword();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: (values) => {
      const errors: Record<string, string> = contractErrors(changePasswordBody, { currentPassword: values.currentPassword, newPassword: values.newPassword });
      // The contract decides; the words come in the reader's language.
      if (errors.newPassword) errors.newPassword = values.newPassword.length < MIN_PASSWORD_LENGTH ? m.password.tooShort : m.password.needsLettersAndDigits;
      if (!values.currentPassword) errors.currentPassword = m.validation.required;
      if (values.newPassword && values.confirmPassword !== values.newPassword) errors.confirmPassword = m.password.mismatch;
      return errors;
    },
  });

  const onSubmit = form.onSubmit((values) => {
    mutation.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          form.reset();
          notifications.show({ color: 'teal', message: m.password.changed });
          onDone?.();
        },
        onError: (error) => {
          const errors = serverFieldErrors(error, FIELDS);
          if (Object.keys(errors).length > 0) form.setErrors(errors);
        },
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md" maw={420}>
        {/* Lets a password manager file the new password under the right account. */}
        <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
        <FormError error={mutation.error} shownFields={FIELDS} />
        <PasswordInput label={m.password.current} autoComplete="current-password" required {...form.getInputProps('currentPassword')} />
        <PasswordInput label={m.password.new} description={m.password.rule} autoComplete="new-password" required {...form.getInputProps('newPassword')} />
        <PasswordInput label={m.password.confirm} autoComplete="new-password" required {...form.getInputProps('confirmPassword')} />
        <div>
          <Button type="submit" loading={mutation.isPending}>
            {m.password.change}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
