/**
 * The bar under the editor that stays in view: whether there is unsaved work (said in
 * words, announced politely), "Lưu" (Ctrl+S too), and the page's other actions.
 */
import { Button, Group, Text } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { formatDate, formatDateTime } from '../../../../../common/text/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';

interface PlanSaveBarProps {
  isDirty: boolean;
  isSaving: boolean;
  /** When the copy on the server was last written; null for work never saved. */
  savedAt: string | null;
  saveLabel: string;
  onSave: () => void;
  children?: ReactNode;
}

/** "14:05" today, "01/12/2026 14:05" another day. */
function savedTime(at: string): string {
  const full = formatDateTime(at);
  return formatDate(at) === formatDate(new Date()) ? full.slice(11) : full;
}

export function PlanSaveBar({ isDirty, isSaving, savedAt, saveLabel, onSave, children }: PlanSaveBarProps) {
  const m = useMessages();
  const w = m.plans;
  const save = useRef(onSave);
  save.current = onSave;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        save.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const status = isSaving ? w.saving : isDirty ? (savedAt ? w.dirty : w.notSavedYet) : savedAt ? w.savedAt(savedTime(savedAt)) : w.clean;
  return (
    <div className="plan-save-bar" role="region" aria-label={w.saveBar}>
      <Group gap={6} wrap="nowrap" className="plan-save-status" data-dirty={isDirty ? 'true' : undefined}>
        {isDirty ? <IconAlertCircle size={18} aria-hidden="true" /> : <IconCircleCheck size={18} aria-hidden="true" />}
        <Text size="sm" role="status" aria-live="polite" fw={isDirty ? 600 : 400}>
          {status}
        </Text>
        <Text size="xs" c="dimmed" visibleFrom="sm">
          {w.saveHint}
        </Text>
      </Group>
      <Group gap="xs" className="plan-save-actions">
        {children}
        <Button leftSection={<IconDeviceFloppy size={18} aria-hidden="true" />} onClick={onSave} loading={isSaving} variant={isDirty ? 'filled' : 'light'}>
          {saveLabel}
        </Button>
      </Group>
    </div>
  );
}
