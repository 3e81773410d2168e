/**
 * The checks beside the form (below it on a phone), recomputed as the person types:
 * errors to fix (a click takes them to the cell), warnings to explain (giải trình),
 * notices to confirm (xác nhận), answers still missing — with a count of each.
 * It follows the draft after each painted frame, in a transition (useDraftChecks): typing never waits for it.
 */
import { Alert, Checkbox, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle, IconPencilExclamation } from '@tabler/icons-react';
import { memo, type ReactNode } from 'react';
import type { RuleViolation } from '../../../../../common/campaigns/rules.ts';
import { valueSlotsOf } from '../../../../../common/campaigns/report-content.ts';
import { formatNumber } from '../../../../../common/text/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useDraftField, useDraftChecks, type ReportDraft } from '../hooks/use-report-draft.ts';
import { confirmationField, describeCell, explanationField, fieldDomId, focusField, formFieldOf, ruleKeysOf, valueField, withoutElementName } from './report-fields.ts';

export interface CheckCounts {
  errors: number;
  warnings: number;
  notices: number;
  missing: number;
}

/** How much is left before the report can be submitted (what the panel and the submit bar count). */
export function countChecks(draft: ReportDraft): CheckCounts {
  const assessment = draft.assessment();
  const { readiness } = assessment;
  return {
    errors: draft.content().unreadable.length + assessment.valueProblems.length + readiness.errorsToFix.length,
    warnings: readiness.warningsToExplain.length,
    notices: readiness.noticesToConfirm.length,
    missing: assessment.missing.length,
  };
}

export const ValidationPanel = memo(function ValidationPanel({ draft, isReadOnly }: { draft: ReportDraft; isReadOnly: boolean }) {
  const m = useMessages();
  useDraftChecks(draft);
  const assessment = draft.assessment();
  const { unreadable } = draft.content();
  const counts = countChecks(draft);
  const slots = valueSlotsOf(draft.definition);
  const ruleKeys = ruleKeysOf(draft.definition);
  const errors = assessment.violations.filter((v) => v.severity === 'error');
  const warnings = assessment.violations.filter((v) => v.severity === 'warning');
  const notices = assessment.violations.filter((v) => v.severity === 'notice');
  const toRule = (violation: RuleViolation) => {
    const key = ruleKeys.get(violation.ruleId)?.[0];
    return key ? valueField(key) : null;
  };
  const cellName = (key: string) => {
    const slot = slots.get(key);
    return slot ? describeCell(slot.element, key, m.reports.cells) : key;
  };
  const isClear = counts.errors + counts.warnings + counts.notices + counts.missing === 0;

  return (
    <Stack gap="md" className="report-checks">
      <div>
        <Title order={2} size="h4" id="report-checks-title">
          {m.reports.checksTitle}
        </Title>
        {isReadOnly ? null : (
          <Text size="xs" c="dimmed">
            {m.reports.checksIntro}
          </Text>
        )}
      </div>
      <dl className="report-check-counts">
        <Count label={m.reports.errorsCount} value={counts.errors} tone="error" />
        <Count label={m.reports.warningsCount} value={counts.warnings} tone="warning" />
        <Count label={m.reports.noticesCount} value={counts.notices} tone="notice" />
        <Count label={m.reports.missingCount} value={counts.missing} tone="missing" />
      </dl>
      {isClear ? (
        <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden="true" />}>
          {isReadOnly ? m.reports.noProblems : m.reports.allClear}
        </Alert>
      ) : null}

      {unreadable.length + assessment.valueProblems.length + errors.length > 0 ? (
        <CheckGroup title={m.reports.errorsTitle} hint={isReadOnly ? undefined : m.reports.errorsHint} tone="error" icon={<IconAlertTriangle size={18} aria-hidden="true" />}>
          {unreadable.map((problem) => (
            <li key={`u-${problem.field}`}>
              <FieldLink field={valueField(problem.field)}>{m.reports.notANumberIn(cellName(problem.field), problem.message)}</FieldLink>
            </li>
          ))}
          {assessment.valueProblems.map((problem) => {
            const element = slots.get(problem.field)?.element;
            return (
              <li key={`v-${problem.field}`}>
                <FieldLink field={valueField(problem.field)}>{element ? `${cellName(problem.field)}: ${withoutElementName(problem.message, element.label)}` : problem.message}</FieldLink>
              </li>
            );
          })}
          {errors.map((violation) => (
            <li key={violation.ruleId}>
              <FieldLink field={toRule(violation)}>{violation.message}</FieldLink>
            </li>
          ))}
        </CheckGroup>
      ) : null}

      {warnings.length > 0 ? (
        <CheckGroup title={m.reports.warningsTitle} hint={isReadOnly ? undefined : m.reports.warningsHint} tone="warning" icon={<IconPencilExclamation size={18} aria-hidden="true" />}>
          {warnings.map((violation) => (
            <li key={violation.ruleId} className="report-check-item">
              <FieldLink field={toRule(violation)}>{violation.message}</FieldLink>
              <ExplanationField draft={draft} ruleId={violation.ruleId} message={violation.message} isReadOnly={isReadOnly} />
            </li>
          ))}
        </CheckGroup>
      ) : null}

      {notices.length > 0 ? (
        <CheckGroup title={m.reports.noticesTitle} tone="notice" icon={<IconInfoCircle size={18} aria-hidden="true" />}>
          {notices.map((violation) => (
            <li key={violation.ruleId} className="report-check-item">
              <FieldLink field={toRule(violation)}>{violation.message}</FieldLink>
              <ConfirmationField draft={draft} ruleId={violation.ruleId} isReadOnly={isReadOnly} />
            </li>
          ))}
        </CheckGroup>
      ) : null}

      {assessment.missing.length > 0 ? (
        <CheckGroup title={m.reports.missingTitle} tone="missing" icon={<IconInfoCircle size={18} aria-hidden="true" />}>
          {assessment.missing.map((problem, index) => (
            <li key={`${problem.field}-${index}`}>
              <FieldLink field={formFieldOf(problem.field, draft.definition)}>{problem.message}</FieldLink>
            </li>
          ))}
        </CheckGroup>
      ) : null}
    </Stack>
  );
});

function Count({ label, value, tone }: { label: string; value: number; tone: string }) {
  return (
    <div className="report-check-count" data-tone={value > 0 ? tone : 'clear'}>
      <dt>{label}</dt>
      <dd>{formatNumber(value)}</dd>
    </div>
  );
}

function CheckGroup({ title, hint, tone, icon, children }: { title: string; hint?: string | undefined; tone: string; icon: ReactNode; children: ReactNode }) {
  return (
    <section className="report-check-group" data-tone={tone} aria-label={title}>
      <Text fw={700} size="sm" className="report-check-title">
        {icon}
        {title}
      </Text>
      {hint ? (
        <Text size="xs" c="dimmed" mb={4}>
          {hint}
        </Text>
      ) : null}
      <ul className="report-check-list">{children}</ul>
    </section>
  );
}

/** A problem's text; a button that takes the person to the field when there is one. */
function FieldLink({ field, children }: { field: string | null; children: ReactNode }) {
  if (!field) return <span className="report-check-text">{children}</span>;
  return (
    <button type="button" className="report-check-link" onClick={() => focusField(field)} aria-controls={fieldDomId(field)}>
      {children}
    </button>
  );
}

const ExplanationField = memo(function ExplanationField({ draft, ruleId, message, isReadOnly }: { draft: ReportDraft; ruleId: string; message: string; isReadOnly: boolean }) {
  const m = useMessages();
  const field = explanationField(ruleId);
  const state = useDraftField(draft, field);
  if (isReadOnly) {
    return (
      <Text size="sm" className="report-answer-text" c={state.text ? undefined : 'dimmed'}>
        {m.reports.explanation}: {state.text || m.reports.noExplanation}
      </Text>
    );
  }
  return (
    <Textarea
      id={fieldDomId(field)}
      label={m.reports.explanation}
      aria-label={m.reports.explanationFor(message)}
      description={state.text.trim() ? m.reports.explained : undefined}
      size="sm"
      autosize
      minRows={2}
      maxRows={8}
      maxLength={2000}
      value={state.text}
      onChange={(event) => draft.set(field, event.currentTarget.value)}
    />
  );
});

const ConfirmationField = memo(function ConfirmationField({ draft, ruleId, isReadOnly }: { draft: ReportDraft; ruleId: string; isReadOnly: boolean }) {
  const m = useMessages();
  const field = confirmationField(ruleId);
  const state = useDraftField(draft, field);
  const isConfirmed = state.text === '1';
  if (isReadOnly) return <Text size="sm">{isConfirmed ? m.reports.confirmed : m.reports.notConfirmed}</Text>;
  return <Checkbox id={fieldDomId(field)} size="sm" label={m.reports.confirm} checked={isConfirmed} onChange={(event) => draft.set(field, event.currentTarget.checked ? '1' : '')} />;
});
