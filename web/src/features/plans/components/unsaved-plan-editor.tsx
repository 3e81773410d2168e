/**
 * A plan not saved yet — written from scratch, or read from a file for review — in the
 * editor, with "Lưu dự thảo": POST /api/plans as the active unit's draft, then the plan's page.
 */
import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { PlanDocument } from '../../../../../common/plans/plan-document.ts';
import { FormError } from '../../../components/form-error.tsx';
import { useMessages } from '../../../lib/i18n.tsx';
import { useActiveRole } from '../../../lib/session.ts';
import { useCreatePlan } from '../api/create-plan.ts';
import { usePlanDraft } from '../hooks/use-plan-draft.ts';
import { useToast } from '../hooks/use-toast.ts';
import { PlanEditor } from './plan-editor.tsx';
import { PlanSaveBar } from './plan-save-bar.tsx';

interface UnsavedPlanEditorProps {
  initial: PlanDocument;
  source: 'editor' | 'import';
  sourceFileName?: string | null;
  savedMessage: string;
  top?: ReactNode;
  /** Other buttons of the bar ("Nhập tệp khác"). */
  actions?: ReactNode;
}

export function UnsavedPlanEditor({ initial, source, sourceFileName, savedMessage, top, actions }: UnsavedPlanEditorProps) {
  const m = useMessages();
  const w = m.plans;
  const navigate = useNavigate();
  const toast = useToast();
  const role = useActiveRole();
  const draft = usePlanDraft(initial, false, w.leaveWarning);
  const create = useCreatePlan();

  const save = () => {
    if (create.isPending || !role) return;
    create.mutate(
      { unitId: role.unitId, source, sourceFileName: sourceFileName ?? null, content: draft.doc },
      {
        onSuccess: (detail) => {
          draft.markSaved(draft.doc, detail.content);
          toast(savedMessage);
          void navigate(`/plans/${detail.id}`, { replace: true });
        },
      },
    );
  };

  return (
    <Stack gap="md">
      <PlanEditor draft={draft} top={top} />
      <FormError error={create.error} />
      <PlanSaveBar isDirty={!create.isSuccess} isSaving={create.isPending} savedAt={null} saveLabel={w.import.saveDraft} onSave={save}>
        {actions}
      </PlanSaveBar>
    </Stack>
  );
}
