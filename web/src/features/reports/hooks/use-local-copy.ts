/**
 * Unsaved work this browser kept from an earlier visit (use-autosave.ts writes it): offered
 * back when it differs from what the server holds. Restoring it edits from the version it
 * was typed on, so if someone saved since, the conflict dialog shows both copies.
 */
import { useState } from 'react';
import { clearLocalCopy, readLocalCopy, type LocalCopy } from './use-autosave.ts';
import type { ReportDraft } from './use-report-draft.ts';
import { parseReportNumber } from '../components/report-number.ts';

/** Two texts of one field mean the same ("1234" and "1.234" do). */
function isSameText(field: string, a: string | undefined, b: string | undefined): boolean {
  if ((a ?? '') === (b ?? '')) return true;
  if (!field.startsWith('v:')) return false;
  const [x, y] = [parseReportNumber(a ?? ''), parseReportNumber(b ?? '')];
  return x.ok && y.ok && x.value === y.value;
}

function differsFromDraft(copy: LocalCopy, draft: ReportDraft): boolean {
  const current = new Map(draft.entries());
  const stored = new Map(copy.entries);
  const fields = new Set([...current.keys(), ...stored.keys()]);
  return [...fields].some((field) => !isSameText(field, current.get(field), stored.get(field)));
}

export function useLocalCopy(reportId: number, draft: ReportDraft, isEditable: boolean) {
  const [copy, setCopy] = useState<LocalCopy | null>(() => {
    if (!isEditable) return null;
    const stored = readLocalCopy(reportId);
    if (stored && !differsFromDraft(stored, draft)) {
      clearLocalCopy(reportId);
      return null;
    }
    return stored;
  });

  const restore = () => {
    if (!copy) return;
    draft.version = copy.version;
    draft.restore(copy.entries);
    setCopy(null);
  };

  const discard = () => {
    clearLocalCopy(reportId);
    setCopy(null);
  };

  return { copy, restore, discard };
}
