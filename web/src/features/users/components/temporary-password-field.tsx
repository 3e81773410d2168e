/** The temporary password an admin hands over: shown in clear, with a button that makes a new one. */
import { Button, Group, PasswordInput } from '@mantine/core';
import type { useForm } from '@mantine/form';
import { useMessages } from '../../../lib/i18n.tsx';
import { generateTemporaryPassword } from './temporary-password.ts';

/** What `form.getInputProps(...)` gives a field (the type is not exported to ES modules). */
type FormInputProps = ReturnType<ReturnType<typeof useForm>['getInputProps']>;

interface TemporaryPasswordFieldProps {
  /** The form's props for the password field. */
  inputProps: FormInputProps;
  onGenerate: (password: string) => void;
}

export function TemporaryPasswordField({ inputProps, onGenerate }: TemporaryPasswordFieldProps) {
  const m = useMessages();
  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <PasswordInput
        label={m.users.tempPassword}
        description={m.users.tempPasswordHint}
        required
        autoComplete="new-password"
        defaultVisible
        style={{ flex: 1 }}
        {...inputProps}
      />
      <Button variant="default" onClick={() => onGenerate(generateTemporaryPassword())}>
        {m.users.generate}
      </Button>
    </Group>
  );
}
