/**
 * A date typed the Vietnamese way, dd/mm/yyyy. Forgiving: "1/7/2025", "01.07.2025"
 * and "01072025" all become "01/07/2025" when the field is left.
 */
import { TextInput, type TextInputProps } from '@mantine/core';
import { formatDate, parseVietnameseDate } from '../../../common/text/format.ts';

interface DateFieldProps extends Omit<TextInputProps, 'value' | 'onChange'> {
  value: string;
  onChange: (value: string) => void;
}

export function normalizeDateText(text: string): string {
  const trimmed = text.trim();
  const digits = /^(\d{2})(\d{2})(\d{4})$/.exec(trimmed);
  const candidate = digits ? `${digits[1]}/${digits[2]}/${digits[3]}` : trimmed;
  const parsed = parseVietnameseDate(candidate);
  return parsed ? formatDate(parsed) : text;
}

export function DateField({ value, onChange, onBlur, ...props }: DateFieldProps) {
  return (
    <TextInput
      placeholder="dd/mm/yyyy"
      autoComplete="off"
      maxLength={10}
      {...props}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={(event) => {
        const normalized = normalizeDateText(event.currentTarget.value);
        if (normalized !== value) onChange(normalized);
        onBlur?.(event);
      }}
    />
  );
}
