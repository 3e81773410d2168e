/** Add a person with a first role in a unit of the admin's subtree and a temporary password. */
import { Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { createUserBody } from '../../../../../common/contracts/users.ts';
import type { Role } from '../../../../../common/roles.ts';
import { FormActions } from '../../../components/form-actions.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker/unit-picker.tsx';
import { contractErrors, serverFieldErrors } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useActiveRole } from '../../../lib/session.ts';
import { useCreateUser } from '../api/create-user.ts';
import { grantableRoleOptions } from './role-options.ts';
import { generateTemporaryPassword } from './temporary-password.ts';
import { TemporaryPasswordField } from './temporary-password-field.tsx';

const FIELDS = ['username', 'fullName', 'email', 'password', 'role', 'unitId'] as const;

interface Values {
  username: string;
  fullName: string;
  email: string;
  password: string;
  role: string;
}

export function CreateUserModal({ opened, onClose, defaultUnit }: { opened: boolean; onClose: () => void; defaultUnit: PickedUnit | null }) {
  const m = useMessages();
  const activeRole = useActiveRole();
  const create = useCreateUser();
  const [unit, setUnit] = useState<PickedUnit | null>(defaultUnit);
  const [unitError, setUnitError] = useState<string | null>(null);

  const toBody = (values: Values) => ({ ...values, email: values.email.trim(), role: values.role as Role, unitId: unit?.id ?? 0 });
  const form = useForm<Values>({
    initialValues: { username: '', fullName: '', email: '', password: generateTemporaryPassword(), role: 'officer' },
    validate: (values) => {
      const errors = contractErrors(createUserBody, toBody(values));
      delete errors.unitId;
      return errors;
    },
  });

  const onSubmit = form.onSubmit((values) => {
    if (!unit) {
      setUnitError(m.units.pickUnit);
      return;
    }
    setUnitError(null);
    create.mutate(toBody(values), {
      onSuccess: (user) => {
        notifications.show({ color: 'teal', message: m.users.created(user.fullName) });
        onClose();
      },
      onError: (error) => {
        const errors = serverFieldErrors(error, FIELDS);
        if (errors.unitId) setUnitError(errors.unitId);
        form.setErrors(errors);
      },
    });
  }, () => {
    if (!unit) setUnitError(m.units.pickUnit);
  });

  return (
    <Modal closeButtonProps={{ 'aria-label': m.app.close }} opened={opened} onClose={onClose} title={m.users.add} size="lg">
      <form onSubmit={onSubmit} noValidate autoComplete="off">
        <Stack gap="sm">
          <FormError error={create.error} shownFields={FIELDS} />
          <TextInput label={m.users.fullName} required autoComplete="off" {...form.getInputProps('fullName')} data-autofocus />
          <TextInput label={m.users.username} description={m.users.usernameHint} required autoComplete="off" autoCapitalize="none" spellCheck={false} {...form.getInputProps('username')} />
          <TextInput label={m.users.email} type="email" autoComplete="off" {...form.getInputProps('email')} />
          <Select label={m.users.role} required data={grantableRoleOptions(activeRole?.role, m)} allowDeselect={false} {...form.getInputProps('role')} />
          <UnitPicker label={m.users.unit} description={m.users.unitHint} required value={unit} onChange={setUnit} error={unitError} />
          <TemporaryPasswordField inputProps={form.getInputProps('password')} onGenerate={(password) => form.setFieldValue('password', password)} />
          <FormActions submitLabel={m.users.add} onCancel={onClose} isPending={create.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
