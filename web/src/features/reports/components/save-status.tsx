/** Where the draft stands with the server, said in words and announced politely: saving, saved at 14:05, not saved and why. */
import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { useEffect } from 'react';
import { IconAlertTriangle, IconCircleCheck, IconCloudUpload, IconRefresh } from '@tabler/icons-react';
import { formatDate, formatDateTime } from '../../../../../common/text/format.ts';
import { useDescribeError, useMessages } from '../../../lib/i18n.tsx';
import { useSaveState, type ReportAutosave } from '../hooks/use-autosave.ts';

/** "14:05" today, "01/12/2026 14:05" another day. */
function savedTime(at: string): string {
  const full = formatDateTime(at);
  return formatDate(at) === formatDate(new Date()) ? full.slice(11) : full;
}

export function SaveStatus({ autosave, onShowConflict }: { autosave: ReportAutosave; onShowConflict: () => void }) {
  const m = useMessages();
  const describe = useDescribeError();
  const state = useSaveState(autosave);

  let icon = <IconCloudUpload size={18} aria-hidden="true" />;
  let tone = 'calm';
  let text: string;
  let action = null;
  switch (state.kind) {
    case 'saved':
      icon = <IconCircleCheck size={18} aria-hidden="true" />;
      text = state.at ? m.reports.saveSaved(savedTime(state.at)) : m.reports.saveIdle;
      tone = state.at ? 'ok' : 'calm';
      break;
    case 'pending':
      text = m.reports.savePending;
      break;
    case 'saving':
      icon = <Loader size={16} aria-hidden="true" />;
      text = m.reports.saveSaving;
      break;
    case 'invalid':
      icon = <IconAlertTriangle size={18} aria-hidden="true" />;
      tone = 'warn';
      text = m.reports.saveInvalid(String(state.count));
      break;
    case 'failed':
      icon = <IconAlertTriangle size={18} aria-hidden="true" />;
      tone = 'error';
      text = `${m.reports.saveFailed(describe(state.error))}${state.willRetry ? ` ${m.reports.saveWillRetry}` : ''}`;
      action = (
        <Button size="compact-sm" variant="light" color="red" leftSection={<IconRefresh size={14} aria-hidden="true" />} onClick={() => autosave.retry()}>
          {m.reports.retrySave}
        </Button>
      );
      break;
    case 'conflict':
      icon = <IconAlertTriangle size={18} aria-hidden="true" />;
      tone = 'error';
      text = m.reports.saveConflict;
      action = (
        <Button size="compact-sm" variant="light" color="red" onClick={onShowConflict}>
          {m.reports.showConflict}
        </Button>
      );
      break;
    case 'blocked':
      icon = <IconAlertTriangle size={18} aria-hidden="true" />;
      tone = 'error';
      text = m.reports.saveBlocked(describe(state.error));
      break;
  }
  return (
    <Group gap="xs" className="report-save-status" data-tone={tone}>
      <span className="report-save-icon">{icon}</span>
      <Text size="sm" role="status" aria-live="polite" className="report-save-text">
        {text}
      </Text>
      {action}
    </Group>
  );
}

/**
 * The server stopped taking edits while the person typed (the report was submitted,
 * approved or locked meanwhile). Said at the top of the page, which turns read-only; what
 * they typed is kept in this browser and offered back if the report opens again.
 */
export function SaveBlockedNotice({ autosave, onBlocked }: { autosave: ReportAutosave; onBlocked: () => void }) {
  const m = useMessages();
  const describe = useDescribeError();
  const state = useSaveState(autosave);
  const isBlocked = state.kind === 'blocked';
  useEffect(() => {
    if (isBlocked) onBlocked();
  }, [isBlocked]);
  if (state.kind !== 'blocked') return null;
  return (
    <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden="true" />} title={m.reports.blockedTitle}>
      {describe(state.error)}. {m.reports.blockedKept}
    </Alert>
  );
}
