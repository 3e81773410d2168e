/**
 * /plans/:id — one plan. A draft its unit's drafters may edit opens in the structured
 * editor with "Lưu" (409 conflicts handled: who saved, reload or keep mine), "Ban hành" for
 * the committee head and "Xóa dự thảo". Anything else — an issued or superseded version, a
 * draft read from a unit above — reads like the document, with its .docx, the amendment
 * ("Sửa đổi"), the published link and signed scan, its versions and its deadlines.
 */
import { Alert, Anchor, Breadcrumbs, Button, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { IconDownload, IconEdit, IconSend, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { PlanConflict, PlanDetail } from '../../../../../common/contracts/plans.ts';
import { formatDate } from '../../../../../common/text/format.ts';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { Fact } from '../../../components/fact.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useActiveRole } from '../../../lib/session.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useAmendPlan } from '../api/amend-plan.ts';
import { useDeletePlan } from '../api/delete-plan.ts';
import { getPlan, usePlan } from '../api/get-plan.ts';
import { planDocxUrl } from '../api/plan-docx.ts';
import { storePlan } from '../api/plan-query-keys.ts';
import { planConflictOf, useUpdatePlan } from '../api/update-plan.ts';
import { usePlanDraft } from '../hooks/use-plan-draft.ts';
import { useToast } from '../hooks/use-toast.ts';
import { IssuePlanModal } from './issue-plan-modal.tsx';
import { PlanAttachments } from './plan-attachments.tsx';
import { PlanConflictModal } from './plan-conflict-modal.tsx';
import { PlanDocumentView } from './plan-document-view.tsx';
import { PlanEditor } from './plan-editor.tsx';
import { PlanMeasuresView } from './plan-measures-view.tsx';
import { PlanSaveBar } from './plan-save-bar.tsx';
import { PlanStatusBadge } from './plan-status-badge.tsx';
import { PlanVersions } from './plan-versions.tsx';
import { hasSerial, yearsText } from './plan-words.ts';
import './plans.css';

export function PlanPage() {
  const m = useMessages();
  const w = m.plans;
  const id = Number(useParams().id);
  const plan = usePlan(id);
  usePageTitle(plan.data?.title ?? w.listTitle);

  if (plan.isPending) return <PageLoader />;
  if (plan.isError) {
    const isMissing = plan.error instanceof ApiError && plan.error.status === 404;
    return (
      <Stack gap="md">
        <PageHeader above={<PlansBreadcrumb current={w.listTitle} />} title={w.listTitle} />
        {isMissing ? (
          <Alert color="orange" variant="light">
            {w.notFound}{' '}
            <Anchor component={Link} to="/plans">
              {w.backToList}
            </Anchor>
          </Alert>
        ) : (
          <LoadError error={plan.error} onRetry={() => void plan.refetch()} />
        )}
      </Stack>
    );
  }
  const detail = plan.data;
  return detail.status === 'draft' && detail.can.edit ? <DraftPlan key={detail.id} plan={detail} /> : <ReadPlan key={detail.id} plan={detail} />;
}

export function PlansBreadcrumb({ current }: { current: string }) {
  const m = useMessages();
  return (
    <nav aria-label={m.plans.breadcrumb} className="breadcrumb">
      <Breadcrumbs separator="›" separatorMargin={6}>
        <Anchor component={Link} to="/plans" size="sm">
          {m.plans.listTitle}
        </Anchor>
        <Text size="sm" aria-current="page" c="dimmed" className="plan-breadcrumb-current">
          {current}
        </Text>
      </Breadcrumbs>
    </nav>
  );
}

/** Unit · years · status · version · where it came from, under the title. */
function PlanFacts({ plan }: { plan: PlanDetail }) {
  const m = useMessages();
  const w = m.plans;
  return (
    <Group gap="xs" mt={6} wrap="wrap" component="span">
      <Text component="span" c="dimmed">
        {w.planOf(plan.unit.name, yearsText(plan.fromYear, plan.toYear))}
      </Text>
      <PlanStatusBadge status={plan.status} />
      <Text component="span" size="sm" c="dimmed">
        {w.versionShort(String(plan.version))} · {plan.kind === 'letter' ? w.kinds.letter : w.kinds.plan} · {w.sources[plan.source]}
      </Text>
    </Group>
  );
}

function ParentPlanNote({ plan }: { plan: PlanDetail }) {
  const m = useMessages();
  const role = useActiveRole();
  if (!plan.parentPlan) return null;
  const parent = plan.parentPlan;
  const name = [hasSerial(parent.number) ? m.plans.numberShort(parent.number) : null, parent.title].filter(Boolean).join(' — ');
  // The unit's own plan carries on from a unit above, whose plan the server does not open for it.
  const isAbove = plan.unit.id === role?.unitId && parent.unit.id !== role.unitId;
  return (
    <Text size="sm">
      {m.plans.parentPlan}:{' '}
      {isAbove ? (
        <Text span fw={500} size="sm">
          {name}
        </Text>
      ) : (
        <Anchor component={Link} to={`/plans/${parent.id}`}>
          {name}
        </Anchor>
      )}{' '}
      <Text span c="dimmed" size="sm">
        ({parent.unit.name})
      </Text>
    </Text>
  );
}

// ---------------------------------------------------------------------------------------
// A draft, in the editor

function DraftPlan({ plan }: { plan: PlanDetail }) {
  const m = useMessages();
  const w = m.plans;
  const navigate = useNavigate();
  const toast = useToast();
  const queryClient = useQueryClient();
  const draft = usePlanDraft(plan.content, true, w.leaveWarning);
  const update = useUpdatePlan(plan.id);
  const remove = useDeletePlan();
  const [dialog, setDialog] = useState<'issue' | 'delete' | null>(null);
  const [conflict, setConflict] = useState<PlanConflict | null>(null);
  const [conflictBusy, setConflictBusy] = useState<'reload' | 'mine' | null>(null);
  const [conflictError, setConflictError] = useState<unknown>(null);

  const save = (revision = plan.revision) => {
    if (update.isPending) return;
    const sent = draft.doc;
    update.mutate(
      { revision, content: sent },
      {
        onSuccess: (detail) => {
          draft.markSaved(sent, detail.content);
          setConflict(null);
          toast(w.savedToast);
        },
        onError: (error) => {
          const collided = planConflictOf(error);
          if (collided) setConflict(collided);
        },
        onSettled: () => setConflictBusy(null),
      },
    );
  };

  const reload = async () => {
    setConflictBusy('reload');
    setConflictError(null);
    try {
      const fresh = await getPlan(plan.id);
      await storePlan(queryClient, fresh);
      draft.reset(fresh.content);
      update.reset();
      setConflict(null);
      toast(w.reloaded);
    } catch (error) {
      setConflictError(error);
    } finally {
      setConflictBusy(null);
    }
  };

  const saveError = update.error && !planConflictOf(update.error) ? update.error : null;

  return (
    <Stack gap="md">
      <PageHeader
        above={<PlansBreadcrumb current={plan.title} />}
        title={plan.title}
        description={<PlanFacts plan={plan} />}
        actions={
          <Button component="a" href={planDocxUrl(plan.id)} download variant="default" leftSection={<IconDownload size={18} aria-hidden="true" />} onClick={() => toast(w.downloadStarted, 'blue')}>
            {w.downloadDraftDocx}
          </Button>
        }
      />
      <PlanEditor
        draft={draft}
        top={
          plan.parentPlan || plan.versions.length > 1 ? (
            <Stack gap="xs">
              <ParentPlanNote plan={plan} />
              {plan.versions.length > 1 ? <PlanVersions plan={plan} /> : null}
            </Stack>
          ) : undefined
        }
      />
      <FormError error={saveError} />
      <PlanSaveBar isDirty={draft.isDirty} isSaving={update.isPending} savedAt={plan.updatedAt} saveLabel={w.save} onSave={() => save()}>
        <Button variant="subtle" color="red" leftSection={<IconTrash size={18} aria-hidden="true" />} onClick={() => setDialog('delete')}>
          {w.deleteDraft}
        </Button>
        {plan.can.issue ? (
          <Button
            variant="default"
            leftSection={<IconSend size={18} aria-hidden="true" />}
            disabled={draft.isDirty}
            title={draft.isDirty ? w.issueNeedsSave : undefined}
            aria-describedby={draft.isDirty ? 'plan-issue-hint' : undefined}
            onClick={() => setDialog('issue')}
          >
            {w.issue}
          </Button>
        ) : null}
      </PlanSaveBar>
      {plan.can.issue && draft.isDirty ? (
        <Text size="xs" c="dimmed" id="plan-issue-hint" ta="right">
          {w.issueNeedsSave}
        </Text>
      ) : null}

      {dialog === 'issue' ? <IssuePlanModal plan={plan} onClose={() => setDialog(null)} /> : null}
      <ConfirmModal
        opened={dialog === 'delete'}
        title={w.deleteTitle}
        confirmLabel={w.deleteDraft}
        color="red"
        isPending={remove.isPending}
        error={remove.error}
        onClose={() => setDialog(null)}
        onConfirm={() =>
          remove.mutate(plan.id, {
            onSuccess: () => {
              toast(w.deleted);
              void navigate('/plans');
            },
          })
        }
      >
        {w.deleteConfirm(plan.title)}
      </ConfirmModal>
      {conflict ? (
        <PlanConflictModal
          conflict={conflict}
          isBusy={conflictBusy}
          error={conflictError}
          onReload={() => void reload()}
          onKeepMine={() => {
            setConflictBusy('mine');
            save(conflict.revision);
          }}
          onClose={() => setConflict(null)}
        />
      ) : null}
    </Stack>
  );
}

// ---------------------------------------------------------------------------------------
// Issued, superseded, or a draft read from above: the document

function ReadPlan({ plan }: { plan: PlanDetail }) {
  const m = useMessages();
  const w = m.plans;
  const navigate = useNavigate();
  const toast = useToast();
  const amend = useAmendPlan();
  const [isAmending, setIsAmending] = useState(false);
  const latest = plan.versions.find((version) => version.status === 'issued');
  const openDraft = plan.versions.find((version) => version.status === 'draft');
  const issuedFacts: [string, ReactNode][] = [
    [w.col.number, hasSerial(plan.number) ? plan.number : w.noNumber],
    [w.col.issuedOn, plan.issuedOn ? formatDate(plan.issuedOn) : m.app.none],
    [w.col.years, yearsText(plan.fromYear, plan.toYear)],
    ...(plan.issuedBy ? ([[w.issuedByLabel, plan.issuedBy]] as [string, ReactNode][]) : []),
  ];

  return (
    <Stack gap="md">
      <PageHeader
        above={<PlansBreadcrumb current={plan.title} />}
        title={plan.title}
        description={<PlanFacts plan={plan} />}
        actions={
          <>
            <Button component="a" href={planDocxUrl(plan.id)} download leftSection={<IconDownload size={18} aria-hidden="true" />} onClick={() => toast(w.downloadStarted, 'blue')}>
              {plan.status === 'draft' ? w.downloadDraftDocx : w.downloadDocx}
            </Button>
            {plan.can.amend ? (
              <Button variant="default" leftSection={<IconEdit size={18} aria-hidden="true" />} onClick={() => setIsAmending(true)}>
                {w.amend}
              </Button>
            ) : null}
          </>
        }
      />
      {plan.status === 'superseded' ? (
        <Alert color="orange" variant="light" role="status">
          {w.supersededBanner}{' '}
          {latest ? (
            <Anchor component={Link} to={`/plans/${latest.id}`}>
              {w.openLatest}
            </Anchor>
          ) : null}
        </Alert>
      ) : null}
      {plan.status === 'draft' ? (
        <Alert color="blue" variant="light">
          {w.draftOfAbove}
        </Alert>
      ) : null}
      {plan.status === 'issued' && openDraft && plan.can.attach ? (
        <Alert color="blue" variant="light">
          {w.openDraft}:{' '}
          <Anchor component={Link} to={`/plans/${openDraft.id}`}>
            {w.versionRow(String(openDraft.version))}
          </Anchor>
        </Alert>
      ) : null}

      <div className="plan-read-layout">
        <SectionCard id="plan-document" title={w.documentTitle} titleSize="h4">
          <PlanDocumentView doc={plan.content} />
        </SectionCard>
        <Stack gap="md" className="plan-read-side">
          <SectionCard id="plan-facts" title={w.factsTitle} titleSize="h4">
            <Stack gap="xs">
              <dl className="facts">
                {issuedFacts.map(([label, value]) => (
                  <Fact key={label} label={label}>
                    {value}
                  </Fact>
                ))}
              </dl>
              <ParentPlanNote plan={plan} />
            </Stack>
          </SectionCard>
          {plan.status === 'issued' ? <PlanAttachments plan={plan} /> : null}
          <PlanMeasuresView plan={plan} />
          <PlanVersions plan={plan} />
        </Stack>
      </div>

      <ConfirmModal
        opened={isAmending}
        title={w.amendTitle}
        confirmLabel={w.amend}
        isPending={amend.isPending}
        error={amend.error}
        onClose={() => setIsAmending(false)}
        onConfirm={() =>
          amend.mutate(plan.id, {
            onSuccess: (detail) => {
              toast(w.amended);
              setIsAmending(false);
              void navigate(`/plans/${detail.id}`);
            },
          })
        }
      >
        {w.amendConfirm}
      </ConfirmModal>
    </Stack>
  );
}
