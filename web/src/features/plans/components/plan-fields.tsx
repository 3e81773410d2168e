/**
 * Fields that keep the text as typed while the document holds a value of another shape:
 * a list of lines (Nơi nhận), a year, a number ("12,5"), a whole number in a range (day,
 * month), a date (dd/mm/yyyy on screen, yyyy-mm-dd in the document). Each commits only what
 * it can read and says, beside itself, what it cannot; the document never holds half a value.
 * They start from the document when mounted (the editor remounts them on a reload).
 */
import { Textarea, TextInput, type TextareaProps, type TextInputProps } from '@mantine/core';
import { memo, useState } from 'react';
import { formatDate, formatNumber, parseVietnameseDate } from '../../../../../common/text/format.ts';
import { DateField } from '../../../components/date-field.tsx';
import { useMessages } from '../../../lib/i18n.tsx';
import { parseDecimal, parseYear } from './plan-words.ts';

type InputProps = Omit<TextInputProps, 'value' | 'onChange' | 'error'>;

const splitLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

interface LinesFieldProps extends Omit<TextareaProps, 'value' | 'onChange'> {
  lines: readonly string[];
  onLines: (lines: string[]) => void;
}

/** One entry per line: blank lines are dropped, the text keeps them while typing. */
export const LinesField = memo(function LinesField({ lines, onLines, ...props }: LinesFieldProps) {
  const [text, setText] = useState(() => lines.join('\n'));
  return (
    <Textarea
      autosize
      minRows={2}
      maxRows={14}
      {...props}
      value={text}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        onLines(splitLines(next));
      }}
    />
  );
});

interface YearFieldProps extends InputProps {
  value: number | null;
  onValue: (year: number | null) => void;
  error?: string | undefined;
}

export const YearField = memo(function YearField({ value, onValue, error, ...props }: YearFieldProps) {
  const m = useMessages();
  const [text, setText] = useState(() => (value === null ? '' : String(value)));
  const isBad = text.trim() !== '' && parseYear(text) === null;
  return (
    <TextInput
      inputMode="numeric"
      maxLength={4}
      autoComplete="off"
      {...props}
      value={text}
      error={isBad ? m.plans.editor.yearInvalid : error}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        if (next.trim() === '') onValue(null);
        else {
          const year = parseYear(next);
          if (year !== null) onValue(year);
        }
      }}
    />
  );
});

interface NumberFieldProps extends InputProps {
  value: number | null;
  onValue: (value: number) => void;
}

/** A decimal as Vietnamese writes it; a blank box keeps the last value (the contract's value is required). */
export const NumberField = memo(function NumberField({ value, onValue, ...props }: NumberFieldProps) {
  const m = useMessages();
  const [text, setText] = useState(() => (value === null ? '' : formatNumber(value, 4)));
  const isBad = text.trim() !== '' && parseDecimal(text) === null;
  return (
    <TextInput
      inputMode="decimal"
      autoComplete="off"
      {...props}
      value={text}
      error={isBad ? m.plans.editor.valueInvalid : undefined}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        const parsed = parseDecimal(next);
        if (parsed !== null) onValue(parsed);
      }}
    />
  );
});

interface WholeFieldProps extends InputProps {
  value: number | undefined;
  min: number;
  max: number;
  /** Undefined: the box is blank (the field is optional). */
  onValue: (value: number | undefined) => void;
  invalidMessage: string;
  required?: boolean;
}

export const WholeField = memo(function WholeField({ value, min, max, onValue, invalidMessage, required, ...props }: WholeFieldProps) {
  const [text, setText] = useState(() => (value === undefined ? '' : String(value)));
  const read = (input: string) => {
    if (!/^\d+$/.test(input.trim())) return null;
    const number = Number(input.trim());
    return number >= min && number <= max ? number : null;
  };
  const isBad = (text.trim() === '' && required) || (text.trim() !== '' && read(text) === null);
  return (
    <TextInput
      inputMode="numeric"
      maxLength={String(max).length}
      autoComplete="off"
      required={required}
      {...props}
      value={text}
      error={isBad ? invalidMessage : undefined}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        if (next.trim() === '') {
          if (!required) onValue(undefined);
        } else {
          const parsed = read(next);
          if (parsed !== null) onValue(parsed);
        }
      }}
    />
  );
});

interface DateValueFieldProps extends InputProps {
  /** yyyy-mm-dd or null. */
  value: string | null;
  onValue: (date: string | null) => void;
}

export const DateValueField = memo(function DateValueField({ value, onValue, ...props }: DateValueFieldProps) {
  const m = useMessages();
  const [text, setText] = useState(() => formatDate(value));
  const isBad = text.trim() !== '' && parseVietnameseDate(text) === null;
  return (
    <DateField
      {...props}
      value={text}
      error={isBad ? m.validation.invalidDate : undefined}
      onChange={(next) => {
        setText(next);
        if (next.trim() === '') onValue(null);
        else {
          const parsed = parseVietnameseDate(next);
          if (parsed) onValue(parsed);
        }
      }}
    />
  );
});
