/**
 * /reports/:id — one report as a form: its header, the template's sections in order
 * (numeric tables, questions, target evaluations), the live checks beside it, autosave,
 * submission, review from above, and the offline Excel form. Read-only when the report
 * cannot be edited (submitted, approved, locked, exempt, or the role only reads).
 */
import './report-form.css';
import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { ReportDetail, RollupTotals } from '../../../../../common/contracts/campaigns.ts';
import { formatDateTime } from '../../../../../common/text/format.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { reportQueryKey, useReport } from '../api/get-report.ts';
import { useSaveReport } from '../api/save-report.ts';
import { useAutosave, useSaveConflict } from '../hooks/use-autosave.ts';
import { useLocalCopy } from '../hooks/use-local-copy.ts';
import { useOfflineImport } from '../hooks/use-offline-import.ts';
import { useReportDraft } from '../hooks/use-report-draft.ts';
import { ConflictModal } from './conflict-modal.tsx';
import { OfflineFormButtons, OfflineImportFeedback } from './offline-form.tsx';
import { ReportActionBar } from './report-action-bar.tsx';
import { SaveBlockedNotice } from './save-status.tsx';
import { ReportHeader } from './report-header.tsx';
import { ReportSection } from './report-section.tsx';
import { ReviewActions } from './review-actions.tsx';
import { SubmissionHistory } from './submission-history.tsx';
import { SubmitModal } from './submit-modal.tsx';
import { ValidationPanel } from './validation-panel.tsx';

export function ReportPage() {
  const m = useMessages();
  const params = useParams();
  const id = Number(params.id);
  const report = useReport(id);
  usePageTitle(report.data?.campaign.name ?? m.reports.formTitle);

  if (report.isPending) return <PageLoader />;
  if (report.isError) {
    const isMissing = report.error instanceof ApiError && (report.error.status === 404 || report.error.status === 400);
    return (
      <Stack>
        <PageHeader title={m.reports.formTitle} />
        {isMissing ? (
          <Alert color="gray" variant="light" title={m.reports.notFound}>
            <Anchor component={Link} to="/reports">
              {m.reports.backToList}
            </Anchor>
          </Alert>
        ) : (
          <LoadError error={report.error} onRetry={() => void report.refetch()} />
        )}
      </Stack>
    );
  }
  return <ReportView detail={report.data} key={report.data.id} />;
}

/** The same totals object for as long as the figures are the same: the tables do not redraw on every save. */
function useStableRollup(rollup: RollupTotals | null): RollupTotals | null {
  const text = JSON.stringify(rollup);
  return useMemo(() => rollup, [text]);
}

function ReportView({ detail }: { detail: ReportDetail }) {
  const m = useMessages();
  const queryClient = useQueryClient();
  const draft = useReportDraft(detail);
  const save = useSaveReport(detail.id);
  const autosave = useAutosave(draft, detail.id, save.mutateAsync, detail.state === 'none' ? null : detail.updatedAt, detail.canEdit);
  const conflict = useSaveConflict(autosave);
  const localCopy = useLocalCopy(detail.id, draft, detail.canEdit);
  const offline = useOfflineImport(detail, autosave);
  const rollup = useStableRollup(detail.subtreeRollup);
  const [dialog, setDialog] = useState<'submit' | 'conflict' | null>(null);
  const isReadOnly = !detail.canEdit;

  // The server's copy moved on (a review, a submission, someone else's save seen on a refetch)
  // and nothing typed here is waiting: show the server's. A report that can no longer be
  // edited shows what it holds; unsaved typing is in the local copy (use-autosave.ts).
  useEffect(() => {
    if ((detail.version !== draft.version && !autosave.hasUnsavedWork()) || (!detail.canEdit && draft.isDirty())) draft.load(detail);
  }, [detail, draft, autosave]);

  // A conflict opens its dialog by itself; closing it leaves "Xem khác biệt" in the status.
  useEffect(() => {
    if (conflict) setDialog('conflict');
  }, [conflict]);

  const hasPrefill = draft.prefillLabels.size > 0 && !isReadOnly;

  return (
    <Stack gap="md" className="report-page">
      <ReportHeader detail={detail} actions={<OfflineFormButtons detail={detail} onPick={offline.pick} />} />
      <SaveBlockedNotice autosave={autosave} onBlocked={() => void queryClient.invalidateQueries({ queryKey: reportQueryKey(detail.id) })} />
      <OfflineImportFeedback offline={offline} />
      {localCopy.copy ? (
        <Alert color="yellow" variant="light" icon={<IconRestore aria-hidden="true" />} title={m.reports.localCopyTitle}>
          <Text size="sm">{m.reports.localCopyText(formatDateTime(localCopy.copy.savedAt))}</Text>
          <Group gap="sm" mt="sm">
            <Button size="xs" onClick={localCopy.restore}>
              {m.reports.localCopyRestore}
            </Button>
            <Button size="xs" variant="default" onClick={localCopy.discard}>
              {m.reports.localCopyDiscard}
            </Button>
          </Group>
        </Alert>
      ) : null}
      <ReviewActions detail={detail} />

      <div className="report-layout">
        <div className="report-main">
          {hasPrefill || rollup ? (
            <div className="report-legend">
              {hasPrefill ? <Text size="sm">{m.reports.prefillIntro}</Text> : null}
              {rollup ? <Text size="sm">{m.reports.rollupLegend}</Text> : null}
            </div>
          ) : null}
          {draft.definition.sections.map((section, index) => (
            <ReportSection key={section.code} draft={draft} section={section} number={index + 1} rollup={rollup} isReadOnly={isReadOnly} />
          ))}
          <SubmissionHistory snapshots={detail.snapshots} />
          {isReadOnly ? null : <ReportActionBar draft={draft} autosave={autosave} onSubmit={() => setDialog('submit')} onShowConflict={() => setDialog('conflict')} />}
        </div>
        <aside className="report-aside" id="report-checks" aria-labelledby="report-checks-title">
          <ValidationPanel draft={draft} isReadOnly={isReadOnly} />
        </aside>
      </div>

      {dialog === 'submit' ? <SubmitModal detail={detail} draft={draft} autosave={autosave} onClose={() => setDialog(null)} /> : null}
      {dialog === 'conflict' && conflict ? <ConflictModal detail={detail} draft={draft} autosave={autosave} conflict={conflict} onClose={() => setDialog(null)} /> : null}
    </Stack>
  );
}
