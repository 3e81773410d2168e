/**
 * Bringing back a filled-in offline form: the picked file waits for the person's
 * confirmation (it replaces the report's content), pending edits are saved first, and the
 * imported content becomes the draft.
 */
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ReportDetail } from '../../../../../common/contracts/campaigns.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useImportReportForm } from '../api/import-report-form.ts';
import type { ReportAutosave } from './use-autosave.ts';

export function useOfflineImport(detail: ReportDetail, autosave: ReportAutosave) {
  const m = useMessages();
  const upload = useImportReportForm(detail.id);
  const [file, setFile] = useState<File | null>(null);
  const [typeError, setTypeError] = useState<string | null>(null);

  const pick = (picked: File) => {
    upload.reset();
    if (!/\.xlsx$/i.test(picked.name)) {
      setTypeError(m.reports.offlineWrongType);
      return;
    }
    setTypeError(null);
    setFile(picked);
  };

  const send = async () => {
    if (!file) return;
    await autosave.flush();
    upload.mutate(file, {
      onSuccess: (imported) => {
        autosave.takeSaved(imported);
        notifications.show({ color: 'teal', message: m.reports.offlineImportedToast, closeButtonProps: { 'aria-label': m.app.close } });
        setFile(null);
      },
      onError: () => setFile(null),
    });
  };

  return { file, typeError, upload, pick, send, cancel: () => setFile(null) };
}

export type OfflineImport = ReturnType<typeof useOfflineImport>;
