/**
 * "Gửi yêu cầu kế hoạch": ask the units of chosen kinds below the active unit to build and
 * issue their plans by a deadline (the Thanh Trì seed: "công bố Kế hoạch trên trang thông tin
 * điện tử của đơn vị và gửi đường link về… trong tháng 03"), optionally with one of the unit's
 * issued plans for them to start from. Checked with the contract's schema before sending.
 */
import { Alert, Modal, NativeSelect, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { createPlanRequestBody } from '../../../../../common/contracts/plans.ts';
import type { UnitDetail } from '../../../../../common/contracts/units.ts';
import { formatNumber, parseVietnameseDate, todayInVietnam } from '../../../../../common/text/format.ts';
import { DateField } from '../../../components/date-field.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { FormError } from '../../../components/form-error.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { contractErrors, serverFieldErrors } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useCreatePlanRequest } from '../api/create-plan-request.ts';
import { usePlans } from '../api/get-plans.ts';
import { useUnitKinds } from '../api/get-unit-kinds.ts';
import { useToast } from '../hooks/use-toast.ts';
import { KindCheckboxes } from './kind-checkboxes.tsx';
import { kindGroupsBelow, schoolKindIds } from './kind-groups.ts';
import { hasSerial } from './plan-words.ts';

const FIELDS = ['title', 'fromYear', 'toYear', 'deadline', 'instructions', 'respondentKindIds', 'sourcePlanId'] as const;
const NO_PLAN = '';

export function CreatePlanRequestModal({ unit, onClose }: { unit: UnitDetail; onClose: () => void }) {
  const m = useMessages();
  const w = m.plans.requests;
  const navigate = useNavigate();
  const toast = useToast();
  const kinds = useUnitKinds();
  const plans = usePlans({ unitId: unit.id, status: 'issued' });
  const create = useCreatePlanRequest();
  const nextYear = String(Number(todayInVietnam().slice(0, 4)) + 1);
  const [title, setTitle] = useState(w.defaultTitle(nextYear));
  const [fromYear, setFromYear] = useState(nextYear);
  const [toYear, setToYear] = useState(nextYear);
  const [deadline, setDeadline] = useState('');
  const [instructions, setInstructions] = useState('');
  const [kindIds, setKindIds] = useState<string[] | null>(null);
  const [sourcePlanId, setSourcePlanId] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const groups = useMemo(() => (kinds.data ? kindGroupsBelow(kinds.data, unit.kindId) : []), [kinds.data, unit.kindId]);
  const selected = kindIds ?? schoolKindIds(groups);
  const issued = plans.data?.items ?? [];
  // The newest issued plan is the usual one to send along.
  const planChoice = sourcePlanId ?? (issued[0] ? String(issued[0].id) : NO_PLAN);
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const yearOptions = Array.from({ length: 6 }, (_, i) => String(thisYear - 1 + i));

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = {
      issuerUnitId: unit.id,
      title,
      fromYear: Number(fromYear),
      toYear: Number(toYear),
      deadline: parseVietnameseDate(deadline) ?? deadline.trim(),
      instructions: instructions.trim() === '' ? null : instructions,
      respondentKindIds: selected.map(Number),
      sourcePlanId: planChoice === NO_PLAN ? null : Number(planChoice),
    };
    const own = contractErrors(createPlanRequestBody, body);
    if (deadline.trim() === '') own.deadline = m.validation.required;
    if (Number(fromYear) > Number(toYear)) own.toYear = m.plans.editor.periodOrder;
    setErrors(own);
    if (Object.keys(own).length > 0) return;
    create.mutate(body, {
      onSuccess: (detail) => {
        toast(w.created(formatNumber(detail.unitsAsked)));
        onClose();
        void navigate(`/plans/requests/${detail.id}`);
      },
      onError: (error) => setErrors(serverFieldErrors(error, FIELDS)),
    });
  };

  const isLoading = kinds.isPending || plans.isPending;
  const loadError = kinds.error ?? plans.error;

  return (
    <Modal opened onClose={onClose} title={w.createTitle} size="xl" closeButtonProps={{ 'aria-label': m.app.close }}>
      {isLoading ? (
        <PageLoader minHeight={160} />
      ) : loadError ? (
        <LoadError error={loadError} />
      ) : groups.length === 0 ? (
        <Alert color="gray" variant="light">
          {w.noKindsBelow}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <FormError error={create.error} shownFields={FIELDS} />
            <Textarea label={w.title} required autosize minRows={1} maxRows={4} maxLength={300} value={title} onChange={(event) => setTitle(event.currentTarget.value)} error={errors.title} data-autofocus />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <NativeSelect label={w.fromYear} required data={yearOptions} value={fromYear} onChange={(event) => setFromYear(event.currentTarget.value)} error={errors.fromYear} />
              <NativeSelect label={w.toYear} required data={yearOptions} value={toYear} onChange={(event) => setToYear(event.currentTarget.value)} error={errors.toYear} />
              <DateField label={w.deadlineLabel} required value={deadline} onChange={setDeadline} error={errors.deadline} />
            </SimpleGrid>
            <Textarea label={w.instructionsLabel} placeholder={w.instructionsPlaceholder} autosize minRows={3} maxLength={4000} value={instructions} onChange={(event) => setInstructions(event.currentTarget.value)} error={errors.instructions} />
            <KindCheckboxes legend={w.kinds} groups={groups} selected={selected} onChange={setKindIds} error={errors.respondentKindIds} />
            <NativeSelect
              label={w.sourcePlanLabel}
              description={w.sourcePlanHint}
              value={planChoice}
              data={[{ value: NO_PLAN, label: w.noSourcePlanOption }, ...issued.map((plan) => ({ value: String(plan.id), label: [hasSerial(plan.number) ? m.plans.numberShort(plan.number) : null, plan.title].filter(Boolean).join(' — ') }))]}
              onChange={(event) => setSourcePlanId(event.currentTarget.value)}
              error={errors.sourcePlanId}
            />
            <FormActions submitLabel={w.submit} onCancel={onClose} isPending={create.isPending} />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
