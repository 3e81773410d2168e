/** Asks before a change that is hard to undo; shows why the server refused, if it did. */
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useMessages } from '../lib/i18n.tsx';
import { FormError } from './form-error.tsx';

interface ConfirmModalProps {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  color?: string;
  isPending?: boolean;
  error?: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

export function ConfirmModal({ opened, title, children, confirmLabel, color, isPending, error, onConfirm, onClose }: ConfirmModalProps) {
  const m = useMessages();
  return (
    <Modal closeButtonProps={{ 'aria-label': m.app.close }} opened={opened} onClose={onClose} title={title} centered>
      <Stack gap="md">
        <FormError error={error} />
        {typeof children === 'string' ? <Text>{children}</Text> : children}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {m.app.cancel}
          </Button>
          <Button color={color} loading={isPending} onClick={onConfirm} data-autofocus>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
