/**
 * Someone saved the plan after this page loaded (409 PLAN_CONFLICT). Nothing is decided for
 * the person: who saved and when, then "Tải bản đã lưu" (their changes are dropped) or
 * "Giữ bản của tôi" (saved over the other copy). Their work stays on the page until they choose.
 */
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { formatDateTime } from '../../../../../common/text/format.ts';
import { FormError } from '../../../components/form-error.tsx';
import { useMessages } from '../../../lib/i18n.tsx';
import type { PlanConflict } from '../../../../../common/contracts/plans.ts';

interface PlanConflictModalProps {
  conflict: PlanConflict;
  isBusy: 'reload' | 'mine' | null;
  error: unknown;
  onReload: () => void;
  onKeepMine: () => void;
  onClose: () => void;
}

export function PlanConflictModal({ conflict, isBusy, error, onReload, onKeepMine, onClose }: PlanConflictModalProps) {
  const m = useMessages();
  const w = m.plans;
  return (
    <Modal opened onClose={onClose} title={w.conflictTitle} centered size="lg" closeButtonProps={{ 'aria-label': m.app.close }}>
      <Stack gap="md">
        <FormError error={error} />
        <Text size="sm">{w.conflictIntro(conflict.updatedBy ?? w.someoneElse, formatDateTime(conflict.updatedAt))}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onReload} loading={isBusy === 'reload'} disabled={isBusy === 'mine'}>
            {w.conflictReload}
          </Button>
          <Button onClick={onKeepMine} loading={isBusy === 'mine'} disabled={isBusy === 'reload'}>
            {w.conflictKeepMine}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
