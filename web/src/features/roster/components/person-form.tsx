/**
 * Add or change a person: every fact of the contract, checked with its own schema before
 * sending, the server's field errors shown on their fields. A change to the facts takes
 * effect from a chosen day, so figures of earlier days stay as they were.
 */
import { Checkbox, Group, Radio, Select, SimpleGrid, Stack, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import {
  createRosterPersonBody,
  updateRosterPersonBody,
  type RosterPersonDetail,
} from '../../../../../common/contracts/roster.ts';
import { COMMITTEE_ROLES, DEGREES, POLITICAL_THEORY_LEVELS, POSITIONS, STAFF_GROUPS, TRAINING_STANDARDS, type Sex } from '../../../../../common/roster/roster-record.ts';
import { formatDate } from '../../../../../common/text/format.ts';
import { DateField } from '../../../components/date-field.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { contractErrors, serverFieldErrors } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useCreateRosterPerson, type CreateRosterPersonInput } from '../api/create-roster-person.ts';
import { useUpdateRosterPerson, type UpdateRosterPersonInput } from '../api/update-roster-person.ts';
import { ETHNIC_OPTIONS, matchesEthnicGroup } from './roster-words.ts';
import { SensitiveBadge } from './sensitive-badge.tsx';

const FIELDS = [
  'fullName',
  'birthDate',
  'birthYear',
  'sex',
  'ethnicGroupCode',
  'position',
  'staffGroup',
  'degree',
  'trainingStandard',
  'politicalTheory',
  'isPartyMember',
  'isPartyCommitteeMember',
  'isInPlanningPool',
  'planningPoolPost',
  'genderTrainingYears',
  'committeeRole',
  'startDate',
  'effectiveFrom',
] as const;

interface Values {
  fullName: string;
  birthDate: string;
  birthYear: string;
  sex: Sex | '';
  ethnicGroupCode: string | null;
  position: string | null;
  staffGroup: string | null;
  degree: string | null;
  trainingStandard: string | null;
  politicalTheory: string | null;
  isPartyMember: boolean;
  isPartyCommitteeMember: boolean;
  isInPlanningPool: boolean;
  planningPoolPost: string;
  genderTrainingYears: string[];
  committeeRole: string | null;
  startDate: string;
  effectiveFrom: string;
}

function initialValues(person: RosterPersonDetail | null): Values {
  return {
    fullName: person?.fullName ?? '',
    birthDate: person?.birthDate ? formatDate(person.birthDate) : '',
    birthYear: person && !person.birthDate ? String(person.birthYear) : '',
    sex: person?.sex ?? '',
    ethnicGroupCode: person?.ethnicGroupCode ?? null,
    position: person?.position ?? null,
    staffGroup: person?.staffGroup ?? null,
    degree: person?.degree ?? null,
    trainingStandard: person?.trainingStandard ?? null,
    politicalTheory: person?.politicalTheory ?? null,
    isPartyMember: person?.isPartyMember ?? false,
    isPartyCommitteeMember: person?.isPartyCommitteeMember ?? false,
    isInPlanningPool: person?.isInPlanningPool ?? false,
    planningPoolPost: person?.planningPoolPost ?? '',
    genderTrainingYears: (person?.genderTrainingYears ?? []).map(String),
    committeeRole: person?.committeeRole ?? null,
    startDate: '',
    effectiveFrom: '',
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The body both endpoints share; the contract's enums are checked by its schema, not cast here. */
function factsBody(values: Values) {
  // A full date wins; otherwise the year as typed (not a number: the schema says so on the field).
  const birthDate = orNull(values.birthDate);
  return {
    fullName: values.fullName,
    birthDate,
    birthYear: birthDate !== null || values.birthYear.trim() === '' ? null : Number(values.birthYear.trim()),
    sex: values.sex,
    ethnicGroupCode: values.ethnicGroupCode,
    position: values.position,
    staffGroup: values.staffGroup,
    degree: values.degree,
    trainingStandard: values.trainingStandard,
    politicalTheory: values.politicalTheory,
    isPartyMember: values.isPartyMember,
    isPartyCommitteeMember: values.isPartyCommitteeMember,
    isInPlanningPool: values.isInPlanningPool,
    planningPoolPost: values.isInPlanningPool ? orNull(values.planningPoolPost) : null,
    genderTrainingYears: values.genderTrainingYears.map(Number),
    committeeRole: values.committeeRole,
  };
}

interface PersonFormProps {
  /** Null: a new person. */
  person: RosterPersonDetail | null;
  onDone: (person: RosterPersonDetail) => void;
  onCancel: () => void;
}

export function PersonForm({ person, onDone, onCancel }: PersonFormProps) {
  const m = useMessages();
  const w = m.roster;
  const isCreate = person === null;
  const create = useCreateRosterPerson();
  const update = useUpdateRosterPerson(person?.id ?? 0);
  const mutation = isCreate ? create : update;
  const [yearsText, setYearsText] = useState('');

  const toBody = (values: Values) =>
    isCreate ? { ...factsBody(values), startDate: orNull(values.startDate) } : { ...factsBody(values), effectiveFrom: orNull(values.effectiveFrom) };

  const form = useForm<Values>({
    initialValues: initialValues(person),
    validate: (values) => {
      const errors = contractErrors(isCreate ? createRosterPersonBody : updateRosterPersonBody, toBody(values));
      if (!values.fullName.trim()) errors.fullName = m.validation.required;
      if (!values.sex) errors.sex = m.validation.required;
      if (!values.birthDate.trim() && !values.birthYear.trim()) errors.birthDate = w.person.birthRequired;
      return errors;
    },
  });

  const onSubmit = form.onSubmit((values) => {
    const options = {
      onSuccess: (detail: RosterPersonDetail) => {
        void import('@mantine/notifications').then(({ notifications }) =>
          notifications.show({ color: 'teal', message: isCreate ? w.person.created(detail.fullName) : w.person.updated }),
        );
        onDone(detail);
      },
      onError: (error: unknown) => form.setErrors(serverFieldErrors(error, FIELDS)),
    };
    if (isCreate) create.mutate(toBody(values) as CreateRosterPersonInput, options);
    else update.mutate(toBody(values) as UpdateRosterPersonInput, options);
  });

  const options = <K extends string>(keys: readonly K[], labels: Record<K, string>) => keys.map((key) => ({ value: key, label: labels[key] }));

  /** A year typed in the multi-value field: kept only when it is one (the list shows years, never stray text). */
  const addYears = (tags: string[]) => {
    const bad = tags.find((tag) => !/^(19|20)\d{2}$/.test(tag.trim()));
    const years = [...new Set(tags.map((tag) => tag.trim()).filter((tag) => /^(19|20)\d{2}$/.test(tag)))].sort();
    form.setFieldValue('genderTrainingYears', years);
    form.setFieldError('genderTrainingYears', bad ? w.person.genderTrainingYearInvalid(bad) : null);
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={isCreate ? w.person.addTitle : w.person.editTitle(person.fullName)}>
      <Stack gap="md">
        <FormError error={mutation.error} shownFields={FIELDS} />

        <Stack gap="sm" className="person-section">
          <Title order={3} size="h5">
            {w.person.identity}
          </Title>
          <TextInput label={w.person.fullName} required autoComplete="off" data-autofocus={isCreate ? true : undefined} {...form.getInputProps('fullName')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <DateField
              label={w.person.birthDate}
              description={w.person.birthDateHint}
              value={form.values.birthDate}
              onChange={(value) => form.setFieldValue('birthDate', value)}
              error={form.errors.birthDate}
            />
            <TextInput
              label={w.person.birthYear}
              description={w.person.birthYearHint}
              inputMode="numeric"
              maxLength={4}
              autoComplete="off"
              disabled={form.values.birthDate.trim() !== ''}
              {...form.getInputProps('birthYear')}
            />
          </SimpleGrid>
          <Radio.Group label={w.person.sex} required {...form.getInputProps('sex')}>
            <Group gap="lg" mt={4}>
              <Radio value="female" label={w.sexes.female} />
              <Radio value="male" label={w.sexes.male} />
            </Group>
          </Radio.Group>
          <Select
            label={
              <>
                {w.person.ethnicGroup}
                <SensitiveBadge />
              </>
            }
            description={w.person.ethnicGroupHint}
            placeholder={w.person.notChosen}
            data={ETHNIC_OPTIONS as { value: string; label: string }[]}
            searchable
            clearable
            filter={({ options, search }) => options.filter((option) => 'value' in option && matchesEthnicGroup(option.value, search))}
            maxDropdownHeight={280}
            {...form.getInputProps('ethnicGroupCode')}
          />
        </Stack>

        <Stack gap="sm" className="person-section">
          <Title order={3} size="h5">
            {w.person.work}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <Select label={w.person.position} placeholder={w.person.notChosen} data={options(POSITIONS, w.positions)} clearable {...form.getInputProps('position')} />
            <Select
              label={w.person.staffGroup}
              description={w.person.staffGroupHint}
              placeholder={w.person.notChosen}
              data={options(STAFF_GROUPS, w.staffGroups)}
              clearable
              {...form.getInputProps('staffGroup')}
            />
            <Select label={w.person.degree} placeholder={w.person.notChosen} data={options(DEGREES, w.degrees)} clearable {...form.getInputProps('degree')} />
            <Select label={w.person.trainingStandard} placeholder={w.person.notChosen} data={options(TRAINING_STANDARDS, w.standards)} clearable {...form.getInputProps('trainingStandard')} />
            <Select label={w.person.politicalTheory} placeholder={w.person.notChosen} data={options(POLITICAL_THEORY_LEVELS, w.politicalTheory)} clearable {...form.getInputProps('politicalTheory')} />
            <Select label={w.person.committeeRole} placeholder={w.person.notMember} data={options(COMMITTEE_ROLES, w.committeeRoles)} clearable {...form.getInputProps('committeeRole')} />
          </SimpleGrid>
          <Group gap="lg">
            <Checkbox label={w.person.isPartyMember} {...form.getInputProps('isPartyMember', { type: 'checkbox' })} />
            <Checkbox label={w.person.isPartyCommitteeMember} {...form.getInputProps('isPartyCommitteeMember', { type: 'checkbox' })} />
            <Checkbox label={w.person.isInPlanningPool} {...form.getInputProps('isInPlanningPool', { type: 'checkbox' })} />
          </Group>
          {form.values.isInPlanningPool ? (
            <TextInput label={w.person.planningPoolPost} description={w.person.planningPoolPostHint} autoComplete="off" {...form.getInputProps('planningPoolPost')} />
          ) : null}
          <TagsInput
            label={w.person.genderTrainingYears}
            description={w.person.genderTrainingYearsHint}
            value={form.values.genderTrainingYears}
            onChange={addYears}
            searchValue={yearsText}
            onSearchChange={(text) => setYearsText(text.replace(/[^\d,; ]/g, ''))}
            splitChars={[',', ';', ' ']}
            acceptValueOnBlur
            clearable
            error={form.errors.genderTrainingYears}
            inputMode="numeric"
          />
        </Stack>

        <Stack gap="sm" className="person-section">
          {isCreate ? (
            <DateField label={w.person.startDate} description={w.person.startDateHint} value={form.values.startDate} onChange={(value) => form.setFieldValue('startDate', value)} error={form.errors.startDate} />
          ) : (
            <DateField
              label={w.person.effectiveFrom}
              description={w.person.effectiveFromHint}
              value={form.values.effectiveFrom}
              onChange={(value) => form.setFieldValue('effectiveFrom', value)}
              error={form.errors.effectiveFrom}
            />
          )}
          {!isCreate ? (
            <Text size="sm" c="dimmed">
              {person.endDate ? w.person.leftOn(formatDate(person.endDate)) : w.person.inUnitSince(formatDate(person.startDate))}
            </Text>
          ) : null}
        </Stack>

        <FormActions submitLabel={isCreate ? w.person.create : w.person.save} onCancel={onCancel} isPending={mutation.isPending} />
      </Stack>
    </form>
  );
}
