/**
 * "Lập từ kế hoạch cấp trên": the units above the active one (its parent first), the issued
 * plans of the one chosen, and for each "Lập kế hoạch từ kế hoạch này" — a new draft of the
 * active unit carrying the parent's bases, its tasks for this kind of unit, its targets and
 * deadlines (POST /api/plans/derive), opened at once in the editor.
 */
import { Alert, Button, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { IconGitBranch } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { formatDate } from '../../../../../common/text/format.ts';
import { FormError } from '../../../components/form-error.tsx';
import { LoadError } from '../../../components/load-error.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useMessages } from '../../../lib/i18n.tsx';
import { useActiveRole } from '../../../lib/session.ts';
import { useDerivePlan } from '../api/derive-plan.ts';
import { usePlans } from '../api/get-plans.ts';
import { useUnitAncestors } from '../api/get-unit-ancestors.ts';
import { useToast } from '../hooks/use-toast.ts';
import { hasSerial, yearsText } from './plan-words.ts';

export function DerivePlanModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const m = useMessages();
  const w = m.plans.derive;
  const role = useActiveRole();
  const navigate = useNavigate();
  const toast = useToast();
  const ancestors = useUnitAncestors(role?.unitId, opened);
  const above = [...(ancestors.data ?? [])].reverse();
  const [chosen, setChosen] = useState<number | null>(null);
  const unitId = chosen ?? above[0]?.id;
  const plans = usePlans({ unitId, status: 'issued' }, opened && unitId !== undefined);
  const derive = useDerivePlan();
  const unitName = above.find((unit) => unit.id === unitId)?.name ?? '';

  const start = (parentPlanId: number) => {
    if (!role) return;
    derive.mutate(
      { unitId: role.unitId, parentPlanId },
      {
        onSuccess: (detail) => {
          toast(w.done);
          onClose();
          void navigate(`/plans/${detail.id}`);
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title={w.title} size="xl" closeButtonProps={{ 'aria-label': m.app.close }}>
      <Stack gap="md">
        <Text size="sm">{w.intro}</Text>
        <FormError error={derive.error} />
        {ancestors.isPending ? (
          <PageLoader minHeight={120} />
        ) : ancestors.isError ? (
          <LoadError error={ancestors.error} onRetry={() => void ancestors.refetch()} />
        ) : above.length === 0 ? (
          <Alert color="gray" variant="light">
            {w.noParent}
          </Alert>
        ) : (
          <>
            {above.length > 1 ? (
              <NativeSelect label={w.unit} value={String(unitId)} data={above.map((unit) => ({ value: String(unit.id), label: unit.name }))} onChange={(event) => setChosen(Number(event.currentTarget.value))} maw={480} />
            ) : null}
            <section aria-labelledby="derive-plans-title">
              <Text component="h3" fw={600} size="sm" id="derive-plans-title" mb="xs">
                {w.plansOf(unitName)}
              </Text>
              {plans.isPending ? (
                <PageLoader minHeight={100} />
              ) : plans.isError ? (
                <LoadError error={plans.error} onRetry={() => void plans.refetch()} />
              ) : plans.data.items.length === 0 ? (
                <Alert color="gray" variant="light">
                  {w.none(unitName)}
                </Alert>
              ) : (
                <ul className="plain-list plan-pick-list">
                  {plans.data.items.map((plan) => (
                    <li key={plan.id} className="plan-pick">
                      <div className="plan-pick-text">
                        <Text size="sm" fw={600}>
                          {plan.title}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {[hasSerial(plan.number) ? m.plans.numberShort(plan.number) : null, plan.issuedOn ? formatDate(plan.issuedOn) : null, yearsText(plan.fromYear, plan.toYear)].filter(Boolean).join(' · ')}
                        </Text>
                      </div>
                      <Button
                        size="xs"
                        leftSection={<IconGitBranch size={16} aria-hidden="true" />}
                        loading={derive.isPending && derive.variables?.parentPlanId === plan.id}
                        disabled={derive.isPending}
                        aria-label={w.useLabel(plan.title)}
                        onClick={() => start(plan.id)}
                      >
                        {w.use}
                      </Button>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </Stack>
    </Modal>
  );
}
