/**
 * The bar that stays at the bottom of the form while it is filled: whether the work is
 * saved, how much the checks still ask for (a link to them — they sit below the form on a
 * phone) and "Nộp báo cáo", disabled with its reason until the report may be submitted.
 */
import { Anchor, Button, Text } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { formatNumber } from '../../../../../common/text/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useSaveState, type ReportAutosave } from '../hooks/use-autosave.ts';
import { useDraftChecks, type ReportDraft } from '../hooks/use-report-draft.ts';
import { SaveStatus } from './save-status.tsx';
import { countChecks } from './validation-panel.tsx';

interface ReportActionBarProps {
  draft: ReportDraft;
  autosave: ReportAutosave;
  onSubmit: () => void;
  onShowConflict: () => void;
}

export function ReportActionBar({ draft, autosave, onSubmit, onShowConflict }: ReportActionBarProps) {
  const m = useMessages();
  useDraftChecks(draft);
  const saveState = useSaveState(autosave);
  const counts = countChecks(draft);
  const canSubmit = draft.assessment().canSubmit && draft.content().unreadable.length === 0;
  const isSaveStuck = saveState.kind === 'conflict' || saveState.kind === 'blocked';

  const parts = [
    counts.errors > 0 ? m.reports.submitParts.errors(formatNumber(counts.errors)) : null,
    counts.warnings > 0 ? m.reports.submitParts.warnings(formatNumber(counts.warnings)) : null,
    counts.notices > 0 ? m.reports.submitParts.notices(formatNumber(counts.notices)) : null,
    counts.missing > 0 ? m.reports.submitParts.missing(formatNumber(counts.missing)) : null,
  ].filter((part): part is string => part !== null);
  const reason = isSaveStuck ? m.reports.submitNeedsSave : canSubmit ? m.reports.submitReady : m.reports.submitNotReady(parts.join(', '));

  return (
    <div className="report-action-bar" role="region" aria-label={m.reports.submit}>
      <div className="report-action-status">
        <SaveStatus autosave={autosave} onShowConflict={onShowConflict} />
        <Anchor href="#report-checks" size="xs" className="report-checks-link">
          {m.reports.checksLink(m.reports.checksSummary(formatNumber(counts.errors), formatNumber(counts.warnings), formatNumber(counts.notices), formatNumber(counts.missing)))}
        </Anchor>
      </div>
      <div className="report-action-submit">
        <Text size="xs" id="report-submit-reason" c={canSubmit && !isSaveStuck ? 'teal.8' : 'dimmed'} className="report-submit-reason">
          {reason}
        </Text>
        <Button leftSection={<IconSend size={18} aria-hidden="true" />} disabled={!canSubmit || isSaveStuck} onClick={onSubmit} aria-describedby="report-submit-reason">
          {m.reports.submit}
        </Button>
      </div>
    </div>
  );
}
