/**
 * The two steps of a reform dialog (move, merge, close): a form with an effective date,
 * then a confirmation saying what will happen. A refusal from the server that names a
 * field takes the person back to the form with the error beside that field.
 */
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { normalizeDateText } from '../../../components/date-field.tsx';
import { serverFieldErrors } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';

export function useReformSteps(fields: readonly string[]) {
  const m = useMessages();
  const [date, setDate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [isConfirming, setIsConfirming] = useState(false);

  /** Tidies the typed date, checks the form with it and goes on to the confirmation when nothing is wrong. */
  const submit = (event: FormEvent<HTMLFormElement>, check: (effectiveDate: string) => Record<string, string>) => {
    event.preventDefault();
    const effectiveDate = normalizeDateText(date);
    setDate(effectiveDate);
    const found = check(effectiveDate);
    if (found.effectiveDate) found.effectiveDate = m.units.invalidDate;
    setErrors(found);
    if (Object.keys(found).length === 0) setIsConfirming(true);
  };

  /** The mutation's callbacks: a toast and the dialog closed, or back to the form on a field error. */
  const settle = (doneMessage: string, onClose: () => void) => ({
    onSuccess: () => {
      notifications.show({ color: 'teal', message: doneMessage });
      onClose();
    },
    onError: (error: unknown) => {
      const fieldErrors = serverFieldErrors(error, fields);
      if (Object.keys(fieldErrors).length > 0) {
        setErrors(fieldErrors);
        setIsConfirming(false);
      }
    },
  });

  /** Props of the effective-date field, the same in every reform dialog. */
  const dateField = { label: m.units.effectiveDate, description: m.units.effectiveDateHint, required: true, value: date, onChange: setDate, error: errors.effectiveDate };

  return { date, errors, isConfirming, back: () => setIsConfirming(false), submit, settle, dateField };
}
