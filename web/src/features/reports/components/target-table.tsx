/**
 * A target evaluation table (bảng đánh giá chỉ tiêu): each target with its source (căn cứ),
 * an assessment — Đạt / Chưa đạt / Không đánh giá được — and the reason for it.
 */
import { Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { memo } from 'react';
import { TARGET_ASSESSMENTS, type EvaluationTarget, type TargetAssessment } from '../../../../../common/contracts/templates.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useDraftField, type ReportDraft } from '../hooks/use-report-draft.ts';
import { assessmentField, fieldDomId, reasonField } from './report-fields.ts';

interface TargetTableProps {
  draft: ReportDraft;
  code: string;
  label: string;
  targets: readonly EvaluationTarget[];
  isReadOnly: boolean;
}

export const TargetTable = memo(function TargetTable({ draft, code, label, targets, isReadOnly }: TargetTableProps) {
  return (
    <div className="report-targets" role="group" aria-labelledby={`${code}-title`}>
      <Title order={3} size="h5" id={`${code}-title`}>
        {label}
      </Title>
      <ol className="report-target-list">
        {targets.map((target) => (
          <TargetRow key={target.code} draft={draft} target={target} isReadOnly={isReadOnly} />
        ))}
      </ol>
    </div>
  );
});

const TargetRow = memo(function TargetRow({ draft, target, isReadOnly }: { draft: ReportDraft; target: EvaluationTarget; isReadOnly: boolean }) {
  const m = useMessages();
  const assessment = useDraftField(draft, assessmentField(target.code));
  const reason = useDraftField(draft, reasonField(target.code));
  const id = fieldDomId(assessmentField(target.code));
  const labelId = `${id}-label`;

  return (
    <li className="report-target" id={id}>
      <div className="report-target-head">
        <Text fw={600} size="sm" id={labelId}>
          {target.label}
        </Text>
        <Text size="xs" c="dimmed" mt={2}>
          {m.reports.targetSource(target.source)}
        </Text>
      </div>
      {isReadOnly ? (
        <Stack gap={2} className="report-target-answer">
          <Text size="sm" fw={600}>
            {assessment.text ? m.reports.assessments[assessment.text as TargetAssessment] : m.reports.notAssessed}
          </Text>
          <Text size="sm" className="report-answer-text">
            {reason.text || m.reports.empty}
          </Text>
        </Stack>
      ) : (
        <Stack gap="xs" className="report-target-answer">
          <Radio.Group
            value={assessment.text || null}
            onChange={(value) => draft.set(assessmentField(target.code), value)}
            label={
              <>
                {m.reports.assessment}
                <span className="visually-hidden"> — {target.label}</span>
              </>
            }
            size="sm"
          >
            <div className="report-target-choices">
              {TARGET_ASSESSMENTS.map((value) => (
                <Radio key={value} value={value} label={m.reports.assessments[value]} />
              ))}
            </div>
          </Radio.Group>
          <Textarea
            label={m.reports.reason}
            aria-label={m.reports.reasonFor(target.label)}
            autosize
            minRows={1}
            maxRows={8}
            maxLength={2000}
            value={reason.text}
            onChange={(event) => draft.set(reasonField(target.code), event.currentTarget.value)}
          />
        </Stack>
      )}
    </li>
  );
});
