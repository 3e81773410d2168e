/**
 * /plans/new — "Soạn kế hoạch mới": the editor on an empty plan of the active unit, its
 * header started from the unit and its parent (as the document's top-left block prints
 * them), the period this year; "Lưu dự thảo" saves it.
 */
import { Alert, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { emptyPlanDocument, type PlanDocument } from '../../../../../common/plans/plan-document.ts';
import { todayInVietnam } from '../../../../../common/text/format.ts';
import { LoadError } from '../../../components/load-error.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useMessages } from '../../../lib/i18n.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useActiveRole } from '../../../lib/session.ts';
import { useUnitAncestors } from '../api/get-unit-ancestors.ts';
import { PlansBreadcrumb } from './plan-page.tsx';
import { canDraftPlans } from './plan-words.ts';
import { UnsavedPlanEditor } from './unsaved-plan-editor.tsx';
import './plans.css';

const upper = (text: string) => text.toLocaleUpperCase('vi');

export function NewPlanPage() {
  const m = useMessages();
  const w = m.plans;
  usePageTitle(w.create.title);
  const role = useActiveRole();
  const isAllowed = canDraftPlans(role?.role);
  const ancestors = useUnitAncestors(role?.unitId, isAllowed);

  const initial = useMemo((): PlanDocument | null => {
    if (!role || !ancestors.data) return null;
    const year = Number(todayInVietnam().slice(0, 4));
    const parent = ancestors.data.at(-1);
    return {
      ...emptyPlanDocument('plan'),
      issuer: { parent: parent ? upper(parent.name) : null, name: upper(role.unitName) },
      year,
      title: w.create.defaultTitle(String(year)),
      period: { fromYear: year, toYear: year },
      recipients: ['Lưu: VT'],
    };
  }, [role, ancestors.data, w]);

  return (
    <Stack gap="md">
      <PageHeader above={<PlansBreadcrumb current={w.create.title} />} title={w.create.title} description={w.create.intro} />
      {!isAllowed ? (
        <Alert color="orange" variant="light">
          {w.notAllowedDraft}
        </Alert>
      ) : ancestors.isError ? (
        <LoadError error={ancestors.error} onRetry={() => void ancestors.refetch()} />
      ) : initial === null ? (
        <PageLoader />
      ) : (
        <UnsavedPlanEditor initial={initial} source="editor" savedMessage={w.create.saved} />
      )}
    </Stack>
  );
}
