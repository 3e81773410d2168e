/**
 * "Tạo đợt báo cáo" from one of an issued plan's reporting deadlines: the template (its
 * latest published version), the kinds of unit below that must report, an optional name;
 * the server computes the deadline and the period from the plan. Then a link to the campaign.
 */
import { Alert, Anchor, Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { planDeadlineCampaignBody, type PlanDetail } from '../../../../../common/contracts/plans.ts';
import { FormActions } from '../../../components/form-actions.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { contractErrors, serverFieldErrors } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useCreatePlanCampaign } from '../api/create-plan-campaign.ts';
import { useTemplates } from '../api/get-templates.ts';
import { useUnitKinds } from '../api/get-unit-kinds.ts';
import { useUnit } from '../api/get-unit.ts';
import { KindCheckboxes } from './kind-checkboxes.tsx';
import { kindGroupsBelow, schoolKindIds } from './kind-groups.ts';
import { deadlineText } from './plan-words.ts';

const FIELDS = ['templateVersionId', 'respondentKindIds', 'name', 'deadlineIndex'] as const;

export function DeadlineCampaignModal({ plan, deadlineIndex, onClose }: { plan: PlanDetail; deadlineIndex: number; onClose: () => void }) {
  const m = useMessages();
  const w = m.plans.campaign;
  const deadline = plan.content.reportingDeadlines[deadlineIndex]!;
  const templates = useTemplates();
  const kinds = useUnitKinds();
  const unit = useUnit(plan.unit.id);
  const create = useCreatePlanCampaign(plan.id);
  const [templateVersionId, setTemplateVersionId] = useState('');
  const [kindIds, setKindIds] = useState<string[] | null>(null);
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [campaignId, setCampaignId] = useState<number | null>(null);

  const published = useMemo(() => (templates.data ?? []).flatMap((t) => (t.latestPublished ? [{ id: t.latestPublished.id, version: t.latestPublished.version, name: t.name }] : [])), [templates.data]);
  const groups = useMemo(() => (kinds.data && unit.data ? kindGroupsBelow(kinds.data, unit.data.kindId) : []), [kinds.data, unit.data]);
  useEffect(() => {
    if (templateVersionId === '' && published.length > 0) setTemplateVersionId(String(published[0]!.id));
  }, [published]);
  const selected = kindIds ?? schoolKindIds(groups);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = { deadlineIndex, templateVersionId: Number(templateVersionId) || 0, respondentKindIds: selected.map(Number), name: name.trim() === '' ? null : name };
    const own = contractErrors(planDeadlineCampaignBody, body);
    if (!templateVersionId) own.templateVersionId = m.validation.required;
    setErrors(own);
    if (Object.keys(own).length > 0) return;
    create.mutate(body, {
      onSuccess: (answer) => {
        setCampaignId(answer.campaignId);
        notifications.show({ color: 'teal', message: w.done, closeButtonProps: { 'aria-label': m.app.close } });
      },
      onError: (error) => setErrors(serverFieldErrors(error, FIELDS)),
    });
  };

  const isLoading = templates.isPending || kinds.isPending || unit.isPending;
  const loadError = templates.error ?? kinds.error ?? unit.error;

  return (
    <Modal opened onClose={onClose} title={w.title(deadline.label)} size="lg" closeButtonProps={{ 'aria-label': m.app.close }}>
      {campaignId !== null ? (
        <Stack gap="md">
          <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden="true" />} title={w.done} role="status">
            <Anchor component={Link} to={`/campaigns/${campaignId}`}>
              {w.openCampaign}
            </Anchor>
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {m.app.close}
            </Button>
          </Group>
        </Stack>
      ) : isLoading ? (
        <PageLoader minHeight={160} />
      ) : loadError ? (
        <LoadError error={loadError} />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <FormError error={create.error} shownFields={FIELDS} />
            <Text size="sm">{w.intro}</Text>
            <Text size="sm" fw={600}>
              {deadline.label} — {deadlineText(m.plans, deadline)}
            </Text>
            {published.length === 0 ? (
              <Alert color="orange" variant="light">
                {w.noTemplates}
              </Alert>
            ) : (
              <NativeSelect
                label={w.template}
                required
                value={templateVersionId}
                data={published.map((t) => ({ value: String(t.id), label: w.templateOption(t.name, String(t.version)) }))}
                onChange={(event) => setTemplateVersionId(event.currentTarget.value)}
                error={errors.templateVersionId}
              />
            )}
            {groups.length === 0 ? (
              <Alert color="gray" variant="light">
                {w.noKindsBelow}
              </Alert>
            ) : (
              <KindCheckboxes legend={w.kinds} groups={groups} selected={selected} onChange={setKindIds} error={errors.respondentKindIds} />
            )}
            <TextInput label={w.name} description={w.nameHint} value={name} onChange={(event) => setName(event.currentTarget.value)} maxLength={300} error={errors.name} autoComplete="off" />
            <FormActions submitLabel={w.submit} onCancel={onClose} isPending={create.isPending} />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
