/**
 * What the system measures and turns into campaigns, lifted out of the plan's text: its
 * targets (chỉ tiêu: the sentence, the value, its unit, the year) and its reporting
 * deadlines (chế độ báo cáo: what is reported, the day and month, a year or every year).
 */
import { Button, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { memo } from 'react';
import type { PlanTarget, ReportingDeadline } from '../../../../../common/plans/plan-document.ts';
import { formatNumber } from '../../../../../common/text/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import type { PlanDispatch } from '../hooks/use-plan-draft.ts';
import { NumberField, WholeField, YearField } from './plan-fields.tsx';
import { MoveButtons } from './sections-editor.tsx';

export const TargetsEditor = memo(function TargetsEditor({ targets, dispatch }: { targets: readonly PlanTarget[]; dispatch: PlanDispatch }) {
  const m = useMessages();
  const w = m.plans.editor;
  return (
    <Stack gap="sm">
      {targets.length === 0 ? (
        <Text size="sm" c="dimmed">
          {w.noTargets}
        </Text>
      ) : (
        <ol className="plan-measures">
          {targets.map((target, index) => (
            <TargetRow key={index} target={target} index={index} count={targets.length} dispatch={dispatch} />
          ))}
        </ol>
      )}
      <div>
        <Button
          variant="light"
          size="sm"
          leftSection={<IconPlus size={16} aria-hidden="true" />}
          onClick={() => dispatch({ type: 'insert', path: ['targets'], index: targets.length, value: { text: '', value: 0, unit: '%', year: null } satisfies PlanTarget })}
        >
          {w.addTarget}
        </Button>
      </div>
    </Stack>
  );
});

const TargetRow = memo(function TargetRow({ target, index, count, dispatch }: { target: PlanTarget; index: number; count: number; dispatch: PlanDispatch }) {
  const m = useMessages();
  const w = m.plans.editor;
  const what = w.target(formatNumber(index + 1));
  const set = (field: keyof PlanTarget, value: unknown) => dispatch({ type: 'set', path: ['targets', index, field], value });
  return (
    <li className="plan-measure" aria-label={what}>
      <Textarea className="plan-measure-text" size="sm" autosize minRows={1} maxRows={6} label={w.targetText} value={target.text} onChange={(event) => set('text', event.currentTarget.value)} />
      <NumberField className="plan-measure-small" size="sm" label={w.targetValue} value={target.value} onValue={(value) => set('value', value)} />
      <TextInput className="plan-measure-small" size="sm" label={w.targetUnit} placeholder={w.targetUnitHint} value={target.unit} maxLength={40} onChange={(event) => set('unit', event.currentTarget.value)} autoComplete="off" />
      <YearField className="plan-measure-small" size="sm" label={w.targetYear} value={target.year} onValue={(year) => set('year', year)} />
      <div className="plan-measure-actions">
        <MoveButtons what={what} index={index} count={count} onMove={(to) => dispatch({ type: 'move', path: ['targets'], from: index, to })} onRemove={() => dispatch({ type: 'remove', path: ['targets'], index })} />
      </div>
    </li>
  );
});

export const DeadlinesEditor = memo(function DeadlinesEditor({ deadlines, dispatch }: { deadlines: readonly ReportingDeadline[]; dispatch: PlanDispatch }) {
  const m = useMessages();
  const w = m.plans.editor;
  return (
    <Stack gap="sm">
      {deadlines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {w.noDeadlines}
        </Text>
      ) : (
        <ol className="plan-measures">
          {deadlines.map((deadline, index) => (
            <DeadlineRow key={index} deadline={deadline} index={index} count={deadlines.length} dispatch={dispatch} />
          ))}
        </ol>
      )}
      <div>
        <Button
          variant="light"
          size="sm"
          leftSection={<IconPlus size={16} aria-hidden="true" />}
          onClick={() => dispatch({ type: 'insert', path: ['reportingDeadlines'], index: deadlines.length, value: { label: '', month: 12 } satisfies ReportingDeadline })}
        >
          {w.addDeadline}
        </Button>
      </div>
    </Stack>
  );
});

const DeadlineRow = memo(function DeadlineRow({ deadline, index, count, dispatch }: { deadline: ReportingDeadline; index: number; count: number; dispatch: PlanDispatch }) {
  const m = useMessages();
  const w = m.plans.editor;
  const what = w.deadline(formatNumber(index + 1));
  const set = (field: keyof ReportingDeadline, value: unknown) => dispatch({ type: 'set', path: ['reportingDeadlines', index, field], value });
  return (
    <li className="plan-measure" aria-label={what}>
      <TextInput className="plan-measure-text" size="sm" label={w.deadlineLabel} placeholder={w.deadlineLabelHint} value={deadline.label} onChange={(event) => set('label', event.currentTarget.value)} autoComplete="off" />
      <WholeField className="plan-measure-tiny" size="sm" label={w.day} value={deadline.day} min={1} max={31} invalidMessage={w.dayInvalid} onValue={(day) => set('day', day)} />
      <WholeField className="plan-measure-tiny" size="sm" label={w.month} value={deadline.month} min={1} max={12} required invalidMessage={w.monthInvalid} onValue={(month) => set('month', month ?? deadline.month)} />
      <WholeField className="plan-measure-small" size="sm" label={w.deadlineYear} placeholder={w.deadlineYearHint} value={deadline.year} min={1990} max={2100} invalidMessage={w.yearInvalid} onValue={(year) => set('year', year)} />
      <div className="plan-measure-actions">
        <MoveButtons what={what} index={index} count={count} onMove={(to) => dispatch({ type: 'move', path: ['reportingDeadlines'], from: index, to })} onRemove={() => dispatch({ type: 'remove', path: ['reportingDeadlines'], index })} />
      </div>
      {deadline.text ? (
        <Text size="xs" c="dimmed" className="plan-measure-source">
          {w.deadlineText}: “{deadline.text}”
        </Text>
      ) : null}
    </li>
  );
});
