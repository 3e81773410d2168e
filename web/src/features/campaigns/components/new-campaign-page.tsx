/**
 * /campaigns/new — issue a campaign from the active role's unit: the period (the name is
 * suggested from it and the template), the template version, the dates, how totals are
 * counted and which kinds of unit below must answer. Checked in the browser with the
 * contract's schema; what the server still refuses is shown beside its field.
 */
import { Alert, Anchor, Box, Breadcrumbs, Button, Checkbox, Group, NativeSelect, Radio, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import type { CampaignDetail } from '../../../../../common/contracts/campaigns.ts';
import { PERIOD_KINDS } from '../../../../../common/campaigns/periods.ts';
import { ROLLUP_BASES } from '../../../../../common/campaigns/rollup.ts';
import { formatNumber, todayInVietnam } from '../../../../../common/text/format.ts';
import { DateField } from '../../../components/date-field.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { serverFieldErrors } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useActiveRole } from '../../../lib/session.ts';
import { useCreateCampaign } from '../api/create-campaign.ts';
import { useTemplates } from '../api/get-templates.ts';
import { useUnitKinds } from '../api/get-unit-kinds.ts';
import { useUnit } from '../api/get-unit.ts';
import { useCanIssueCampaigns } from '../hooks/use-can-issue-campaigns.ts';
import {
  CAMPAIGN_FORM_FIELDS,
  campaignBodyOf,
  defaultRespondentKindIds,
  initialCampaignForm,
  isNameablePeriod,
  periodErrorField,
  periodOfForm,
  respondentKindGroups,
  suggestCampaignName,
  validateCampaignForm,
  type CampaignFormValues,
  type KindGroup,
} from './campaign-form.ts';
import { periodLabelOf } from './campaign-words.ts';
import './campaigns.css';

/** Years offered: a few back (late reports, history) and the next one. */
const YEARS_BACK = 5;

export function NewCampaignPage() {
  const m = useMessages();
  const words = m.campaigns;
  usePageTitle(words.newTitle);
  const canIssue = useCanIssueCampaigns();

  const breadcrumb = (
    <nav aria-label={words.breadcrumb} className="breadcrumb">
      <Breadcrumbs separator="›" separatorMargin={6}>
        <Anchor component={Link} to="/campaigns" size="sm">
          {words.listTitle}
        </Anchor>
        <Text size="sm" aria-current="page" c="dimmed">
          {words.newTitle}
        </Text>
      </Breadcrumbs>
    </nav>
  );

  return (
    <Stack gap="md">
      <PageHeader above={breadcrumb} title={words.newTitle} description={words.newIntro} />
      {canIssue ? (
        <NewCampaignForm />
      ) : (
        <Alert color="orange" variant="light">
          {words.notAllowed}{' '}
          <Anchor component={Link} to="/campaigns">
            {words.backToList}
          </Anchor>
        </Alert>
      )}
    </Stack>
  );
}

function NewCampaignForm() {
  const m = useMessages();
  const words = m.campaigns;
  const navigate = useNavigate();
  const role = useActiveRole();
  const templates = useTemplates();
  const kinds = useUnitKinds();
  const issuer = useUnit(role?.unitId ?? 0);
  const create = useCreateCampaign();
  const today = useMemo(() => todayInVietnam(), []);
  const form = useForm<CampaignFormValues>({
    initialValues: initialCampaignForm(today),
    validate: (values) => validateCampaignForm(values, { required: m.validation.required, invalidDate: m.validation.invalidDate }),
  });
  const values = form.getValues();
  const formRef = useRef<HTMLFormElement>(null);

  const published = useMemo(
    () => (templates.data ?? []).flatMap((t) => (t.latestPublished ? [{ versionId: t.latestPublished.id, version: t.latestPublished.version, name: t.name }] : [])),
    [templates.data],
  );
  const groups = useMemo(() => (kinds.data && issuer.data ? respondentKindGroups(kinds.data, issuer.data.kindId) : []), [kinds.data, issuer.data]);

  // The first published template and the usual respondents (schools, communes), once known.
  useEffect(() => {
    if (published.length > 0 && form.getValues().templateVersionId === '') form.setFieldValue('templateVersionId', String(published[0]!.versionId));
  }, [published]);
  const hasPresetKinds = useRef(false);
  useEffect(() => {
    if (hasPresetKinds.current || groups.length === 0) return;
    hasPresetKinds.current = true;
    if (!form.isTouched('respondentKindIds')) form.setFieldValue('respondentKindIds', defaultRespondentKindIds(groups));
  }, [groups]);

  // The name follows the template and the period until the person types their own.
  const period = periodOfForm(values);
  const templateName = published.find((t) => String(t.versionId) === values.templateVersionId)?.name;
  const suggestedName = isNameablePeriod(period) ? suggestCampaignName(templateName, period) : '';
  const [isNameSuggested, setIsNameSuggested] = useState(true);
  useEffect(() => {
    if (isNameSuggested && suggestedName && form.getValues().name !== suggestedName) form.setFieldValue('name', suggestedName);
  }, [isNameSuggested, suggestedName]);

  const focusFirstError = () =>
    requestAnimationFrame(() => {
      const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-field-error] input');
      invalid?.focus();
      invalid?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    });

  const onSubmit = form.onSubmit(
    (submitted) => {
      create.mutate(campaignBodyOf(submitted), {
        onSuccess: (detail: CampaignDetail) => {
          notifications.show({ color: 'teal', message: words.created(detail.name) });
          void navigate(`/campaigns/${detail.id}`);
        },
        onError: (error) => {
          form.setErrors(serverFieldErrors(error, CAMPAIGN_FORM_FIELDS, { period: periodErrorField(submitted.periodKind) }));
          focusFirstError();
        },
      });
    },
    () => focusFirstError(),
  );

  if (templates.isPending || kinds.isPending || issuer.isPending) return <PageLoader />;
  const loadError = templates.error ?? kinds.error ?? issuer.error;
  if (loadError) {
    return (
      <LoadError
        error={loadError}
        onRetry={() => {
          void templates.refetch();
          void kinds.refetch();
          void issuer.refetch();
        }}
      />
    );
  }

  // A school has no unit below it to ask: say so instead of a form the server would refuse.
  if (groups.length === 0) {
    return (
      <Alert color="gray" variant="light">
        {words.noKindsBelow}{' '}
        <Anchor component={Link} to="/campaigns">
          {words.backToList}
        </Anchor>
      </Alert>
    );
  }

  const year = Number(today.slice(0, 4));
  const yearOptions = Array.from({ length: YEARS_BACK + 2 }, (_, i) => String(year + 1 - i));
  const schoolYearOptions = yearOptions.map((start) => ({ value: start, label: words.schoolYearOption(start, String(Number(start) + 1)) }));

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <FormError error={create.error} shownFields={[...CAMPAIGN_FORM_FIELDS, 'period']} />
        <Text size="sm">{words.issuingAs(role?.unitName ?? '')}</Text>

        <SectionCard id="new-period-title" title={words.periodTitle} titleSize="h4">
          <Stack gap="sm">
            <Radio.Group label={words.periodKind} required {...form.getInputProps('periodKind')}>
              <Group gap="lg" mt={6}>
                {PERIOD_KINDS.map((kind) => (
                  <Radio value={kind} label={words.periodKinds[kind]} key={kind} />
                ))}
              </Group>
            </Radio.Group>
            {values.periodKind === 'half-year' || values.periodKind === 'year' ? (
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <NativeSelect label={words.year} required data={yearOptions} {...form.getInputProps('year')} />
                {values.periodKind === 'half-year' ? (
                  <Radio.Group label={words.half} required {...form.getInputProps('half')}>
                    <Stack gap={6} mt={6}>
                      <Radio value="1" label={words.halves['1']} />
                      <Radio value="2" label={words.halves['2']} />
                    </Stack>
                  </Radio.Group>
                ) : null}
              </SimpleGrid>
            ) : null}
            {values.periodKind === 'school-year' ? (
              <NativeSelect label={words.schoolYear} required data={schoolYearOptions} maw={320} {...form.getInputProps('startYear')} />
            ) : null}
            {values.periodKind === 'custom' ? (
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <DateField label={words.from} description={words.dateHint} required value={values.from} onChange={(v) => form.setFieldValue('from', v)} error={form.errors.from} />
                <DateField label={words.to} description={words.dateHint} required value={values.to} onChange={(v) => form.setFieldValue('to', v)} error={form.errors.to} />
              </SimpleGrid>
            ) : null}
            {isNameablePeriod(period) ? (
              <Text size="sm" fw={500} role="status">
                {words.periodIs(periodLabelOf(words, period))}
              </Text>
            ) : null}
          </Stack>
        </SectionCard>

        <SectionCard id="new-content-title" title={words.contentTitle} titleSize="h4">
          <Stack gap="sm">
            {published.length === 0 ? (
              <Alert color="orange" variant="light">
                {words.noTemplates}
              </Alert>
            ) : (
              <NativeSelect
                label={words.template}
                description={words.templateHint}
                required
                data={published.map((t) => ({ value: String(t.versionId), label: words.templateOption(t.name, String(t.version)) }))}
                {...form.getInputProps('templateVersionId')}
              />
            )}
            <Box>
              <Textarea
                label={words.name}
                description={words.nameHint}
                required
                autosize
                minRows={1}
                maxRows={4}
                maxLength={300}
                {...form.getInputProps('name')}
                onChange={(event) => {
                  const name = event.currentTarget.value;
                  form.setFieldValue('name', name);
                  setIsNameSuggested(name === suggestedName);
                }}
              />
              {!isNameSuggested && suggestedName && values.name !== suggestedName ? (
                <Button variant="subtle" size="compact-sm" mt={4} onClick={() => setIsNameSuggested(true)}>
                  {words.useSuggestedName}
                </Button>
              ) : null}
            </Box>
            <Textarea label={words.instructionsLabel} placeholder={words.instructionsPlaceholder} autosize minRows={3} maxLength={5000} {...form.getInputProps('instructions')} />
          </Stack>
        </SectionCard>

        <SectionCard id="new-schedule-title" title={words.scheduleTitle} titleSize="h4">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <DateField label={words.opensOn} description={words.opensOnHint} required value={values.opensOn} onChange={(v) => form.setFieldValue('opensOn', v)} error={form.errors.opensOn} />
            <DateField label={words.deadline} description={words.deadlineHint} required value={values.deadline} onChange={(v) => form.setFieldValue('deadline', v)} error={form.errors.deadline} />
            <DateField label={words.asOf} description={words.asOfHint} required value={values.asOf} onChange={(v) => form.setFieldValue('asOf', v)} error={form.errors.asOf} />
            <DateField label={words.locksOnLabel} description={words.locksOnHint} value={values.locksOn} onChange={(v) => form.setFieldValue('locksOn', v)} error={form.errors.locksOn} />
          </SimpleGrid>
        </SectionCard>

        <SectionCard id="new-basis-title" title={words.basisTitle} titleSize="h4" intro={words.basisIntro}>
          <Radio.Group aria-labelledby="new-basis-title" {...form.getInputProps('rollupBasis')}>
            <Stack gap="sm">
              {ROLLUP_BASES.map((basis) => (
                <Radio value={basis} label={words.basisOptions[basis]} description={words.basisHints[basis]} key={basis} />
              ))}
            </Stack>
          </Radio.Group>
        </SectionCard>

        <SectionCard id="new-respondents-title" title={words.respondentsTitle} titleSize="h4" intro={words.respondentsIntro}>
          <RespondentKinds
            groups={groups}
            selected={values.respondentKindIds}
            onChange={(ids) => {
              form.setFieldValue('respondentKindIds', ids);
              form.setTouched({ respondentKindIds: true });
            }}
            error={form.errors.respondentKindIds}
          />
        </SectionCard>

        <Group justify="flex-end" gap="sm">
          <Button component={Link} to="/campaigns" variant="default">
            {m.app.cancel}
          </Button>
          <Button type="submit" loading={create.isPending} disabled={published.length === 0}>
            {words.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface RespondentKindsProps {
  groups: readonly KindGroup[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  error: ReactNode;
}

/** Checkboxes by level, each level with an "all of them" box that shows a partial choice. */
function RespondentKinds({ groups, selected, onChange, error }: RespondentKindsProps) {
  const m = useMessages();
  const words = m.campaigns;
  const isChosen = (id: number) => selected.includes(String(id));
  const setGroup = (group: KindGroup, on: boolean) => {
    const ids = new Set(selected);
    for (const kind of group.kinds) {
      if (on) ids.add(String(kind.id));
      else ids.delete(String(kind.id));
    }
    onChange([...ids]);
  };
  return (
    <Stack gap="sm" data-field-error={error ? 'true' : undefined}>
      {groups.map((group) => {
        const chosen = group.kinds.filter((kind) => isChosen(kind.id)).length;
        return (
          <fieldset className="kind-group" key={group.level.id}>
            <legend>{group.level.name}</legend>
            <Stack gap={8}>
              {group.kinds.length > 1 ? (
                <Checkbox
                  label={words.allOfLevel(group.level.name)}
                  checked={chosen === group.kinds.length}
                  indeterminate={chosen > 0 && chosen < group.kinds.length}
                  onChange={(event) => setGroup(group, event.currentTarget.checked)}
                  fw={500}
                />
              ) : null}
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={8} pl={group.kinds.length > 1 ? 'lg' : 0}>
                {group.kinds.map((kind) => (
                  <Checkbox
                    key={kind.id}
                    label={kind.name}
                    checked={isChosen(kind.id)}
                    onChange={(event) => onChange(event.currentTarget.checked ? [...selected, String(kind.id)] : selected.filter((id) => id !== String(kind.id)))}
                  />
                ))}
              </SimpleGrid>
            </Stack>
          </fieldset>
        );
      })}
      <Text size="sm" c={error ? 'red.8' : 'dimmed'} role={error ? 'alert' : 'status'}>
        {error ?? words.selectedKinds(formatNumber(selected.length))}
      </Text>
    </Stack>
  );
}
