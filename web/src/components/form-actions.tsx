/** The buttons at the foot of a dialog's form: leave it, or send it. */
import { Button, Group, type MantineSpacing } from '@mantine/core';
import { useMessages } from '../lib/i18n.tsx';

interface FormActionsProps {
  submitLabel: string;
  onCancel: () => void;
  /** What leaving is called (Cancel unless the dialog has nothing left to cancel). */
  cancelLabel?: string;
  submitColor?: string;
  isPending?: boolean;
  mt?: MantineSpacing;
}

export function FormActions({ submitLabel, onCancel, cancelLabel, submitColor, isPending, mt = 'sm' }: FormActionsProps) {
  const m = useMessages();
  return (
    <Group justify="flex-end" mt={mt}>
      <Button variant="default" onClick={onCancel}>
        {cancelLabel ?? m.app.cancel}
      </Button>
      <Button type="submit" color={submitColor} loading={isPending}>
        {submitLabel}
      </Button>
    </Group>
  );
}
