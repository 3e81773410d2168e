/** A narrative question (kết quả đạt được, hạn chế, nguyên nhân, đề xuất): a text box with its hint; required ones are marked. */
import { Text, Textarea } from '@mantine/core';
import { memo } from 'react';
import type { TextQuestion as Question } from '../../../../../common/contracts/templates.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useDraftField, type ReportDraft } from '../hooks/use-report-draft.ts';
import { fieldDomId, textField } from './report-fields.ts';

interface TextQuestionProps {
  draft: ReportDraft;
  question: Pick<Question, 'code' | 'label' | 'required'> & { hint?: string | null | undefined };
  isReadOnly: boolean;
}

export const TextQuestion = memo(function TextQuestion({ draft, question, isReadOnly }: TextQuestionProps) {
  const m = useMessages();
  const field = textField(question.code);
  const state = useDraftField(draft, field);
  const id = fieldDomId(field);

  if (isReadOnly) {
    return (
      <div className="report-answer" id={id}>
        <Text fw={600} size="sm">
          {question.label}
        </Text>
        <Text size="sm" className="report-answer-text" c={state.text ? undefined : 'dimmed'}>
          {state.text || m.reports.empty}
        </Text>
      </div>
    );
  }
  return (
    <Textarea
      id={id}
      label={question.label}
      description={question.hint ?? undefined}
      required={question.required}
      autosize
      minRows={3}
      maxRows={16}
      maxLength={20000}
      value={state.text}
      onChange={(event) => draft.set(field, event.currentTarget.value)}
    />
  );
});
