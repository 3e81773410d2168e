/** Add a unit below this one, or edit this one's details. Checked with the contract's schemas. */
import { Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { createUnitBody, updateUnitBody, type UnitDetail } from '../../../../../common/contracts/units.ts';
import { formatDate } from '../../../../../common/text/format.ts';
import { DateField } from '../../../components/date-field.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { contractErrors, serverFieldErrors } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useCreateUnit } from '../api/create-unit.ts';
import { kindsBelow, useUnitKinds } from '../api/get-unit-kinds.ts';
import { useUpdateUnit } from '../api/update-unit.ts';

const FIELDS = ['code', 'name', 'shortName', 'kindId', 'validFrom', 'address', 'email', 'phone'] as const;

type Mode = { kind: 'create'; parent: UnitDetail } | { kind: 'edit'; unit: UnitDetail };

interface UnitFormModalProps {
  mode: Mode;
  opened: boolean;
  onClose: () => void;
  onCreated?: (unit: UnitDetail) => void;
}

interface Values {
  code: string;
  name: string;
  shortName: string;
  kindId: string;
  validFrom: string;
  address: string;
  email: string;
  phone: string;
}

const orNull = (value: string) => (value.trim() === '' ? null : value);

export function UnitFormModal({ mode, opened, onClose, onCreated }: UnitFormModalProps) {
  const m = useMessages();
  const kinds = useUnitKinds();
  const isCreate = mode.kind === 'create';
  const unit = mode.kind === 'edit' ? mode.unit : null;
  const create = useCreateUnit();
  const update = useUpdateUnit(unit?.id ?? 0);
  const mutation = isCreate ? create : update;

  const kindOptions = useMemo(() => {
    if (!kinds.data) return [];
    if (mode.kind === 'create') return kindsBelow(kinds.data, mode.parent.kindId).map((k) => ({ value: String(k.id), label: k.name }));
    // A unit keeps its level when edited; the server checks the kind against its parent.
    const levelId = kinds.data.kinds.find((k) => k.id === mode.unit.kindId)?.levelId;
    return kinds.data.kinds.filter((k) => k.levelId === levelId).map((k) => ({ value: String(k.id), label: k.name }));
  }, [kinds.data, mode]);

  const toBody = (values: Values) => {
    const common = {
      name: values.name,
      shortName: orNull(values.shortName),
      kindId: Number(values.kindId) || 0,
      validFrom: orNull(values.validFrom),
      address: orNull(values.address),
      email: values.email.trim(),
      phone: orNull(values.phone),
    };
    return mode.kind === 'create' ? { ...common, code: values.code, parentId: mode.parent.id } : common;
  };

  const form = useForm<Values>({
    initialValues: {
      code: '',
      name: unit?.name ?? '',
      shortName: unit?.shortName ?? '',
      kindId: unit ? String(unit.kindId) : kindOptions.length === 1 ? kindOptions[0]!.value : '',
      validFrom: unit?.validFrom ? formatDate(unit.validFrom) : '',
      address: unit?.address ?? '',
      email: unit?.email ?? '',
      phone: unit?.phone ?? '',
    },
    validate: (values) => {
      const errors = contractErrors(isCreate ? createUnitBody : updateUnitBody, toBody(values));
      if (!values.kindId) errors.kindId = m.units.selectKind;
      if (!values.name.trim()) errors.name = m.validation.required;
      if (isCreate && !values.code.trim()) errors.code = m.validation.required;
      return errors;
    },
  });

  const onSubmit = form.onSubmit((values) => {
    const body = toBody(values);
    const options = {
      onSuccess: (detail: UnitDetail) => {
        notifications.show({ color: 'teal', message: isCreate ? m.units.created(detail.name) : m.units.updated });
        form.reset();
        onClose();
        if (isCreate) onCreated?.(detail);
      },
      onError: (error: unknown) => form.setErrors(serverFieldErrors(error, FIELDS)),
    };
    if (mode.kind === 'create') create.mutate(body as Parameters<typeof create.mutate>[0], options);
    else update.mutate(body, options);
  });

  const title = isCreate ? m.units.addChild : m.units.edit;
  return (
    <Modal closeButtonProps={{ 'aria-label': m.app.close }} opened={opened} onClose={onClose} title={title} size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <FormError error={mutation.error} shownFields={FIELDS} />
          {isCreate ? (
            <TextInput label={m.units.code} description={m.units.codeHint} required autoComplete="off" {...form.getInputProps('code')} onBlur={() => form.setFieldValue('code', form.getValues().code.trim().toUpperCase())} data-autofocus />
          ) : null}
          <TextInput label={m.units.name} required autoComplete="off" {...form.getInputProps('name')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={m.units.kind}
              required
              data={kindOptions}
              placeholder={m.units.selectKind}
              nothingFoundMessage={m.units.noKindFits}
              allowDeselect={false}
              {...form.getInputProps('kindId')}
            />
            <TextInput label={m.units.shortName} autoComplete="off" {...form.getInputProps('shortName')} />
          </SimpleGrid>
          <DateField
            label={m.units.validFromLabel}
            description={m.units.effectiveDateHint}
            value={form.values.validFrom}
            onChange={(value) => form.setFieldValue('validFrom', value)}
            error={form.errors.validFrom}
          />
          <TextInput label={m.units.address} autoComplete="street-address" {...form.getInputProps('address')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={m.units.email} type="email" autoComplete="email" {...form.getInputProps('email')} />
            <TextInput label={m.units.phone} type="tel" autoComplete="tel" {...form.getInputProps('phone')} />
          </SimpleGrid>
          <FormActions submitLabel={isCreate ? m.units.addChild : m.app.save} onCancel={onClose} isPending={mutation.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
