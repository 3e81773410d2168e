/**
 * The frame of a reform dialog (move, merge, close): the form with its fields, then the
 * confirmation of what will happen, with the server's refusal above either step.
 */
import { Button, Group, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { FormActions } from '../../../components/form-actions.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { useMessages } from '../../../lib/i18n.tsx';

interface ReformModalProps {
  opened: boolean;
  onClose: () => void;
  /** The form's title; the confirmation has its own. */
  title: string;
  /** The mutation's error and the fields whose errors sit beside them. */
  error: unknown;
  fields: readonly string[];
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  submitLabel: string;
  submitColor?: string;
  /** The form's fields. */
  children: ReactNode;
  isConfirming: boolean;
  onBack: () => void;
  /** What will happen, said before anything is written. */
  confirmation: ReactNode;
  confirmLabel: string;
  confirmColor?: string;
  onConfirm: () => void;
  isPending: boolean;
}

export function ReformModal(props: ReformModalProps) {
  const { opened, onClose, title, error, fields, isConfirming } = props;
  const m = useMessages();
  return (
    <Modal closeButtonProps={{ 'aria-label': m.app.close }} opened={opened} onClose={onClose} title={isConfirming ? m.units.confirmTitle : title} size="lg">
      {isConfirming ? (
        <Stack gap="md">
          <FormError error={error} shownFields={fields} />
          {props.confirmation}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onBack}>
              {m.app.back}
            </Button>
            <Button color={props.confirmColor} onClick={props.onConfirm} loading={props.isPending} data-autofocus>
              {props.confirmLabel}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={props.onSubmit} noValidate>
          <Stack gap="sm">
            <FormError error={error} shownFields={fields} />
            {props.children}
            <FormActions submitLabel={props.submitLabel} submitColor={props.submitColor} onCancel={onClose} />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
