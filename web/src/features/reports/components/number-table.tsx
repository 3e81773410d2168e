/**
 * A run of numeric data elements as one compact table: a row per element (and per group
 * for `sex_group`), a column per sex and, for `sex_minority`, "Trong đó DTTS". On a phone
 * each row becomes a small card with its cells three by three (report-form.css).
 *
 * Cells are the hot path of the form: each one subscribes to its own field and is memoised,
 * so typing re-renders only the cell typed in (see keystroke-timing.ts).
 */
import { memo } from 'react';
import type { RollupTotals } from '../../../../../common/contracts/campaigns.ts';
import { checkValue } from '../../../../../common/campaigns/report-content.ts';
import { MINORITY_KEY, type DataElement, type Disaggregation } from '../../../../../common/contracts/templates.ts';
import { formatNumber } from '../../../../../common/text/format.ts';
import type { Messages } from '../../../../../common/i18n/vi.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useDraftField, type ReportDraft } from '../hooks/use-report-draft.ts';
import { describeCell, fieldDomId, rowsOf, valueField, withoutElementName, type CellRow, type CellWords, type SexKey } from './report-fields.ts';
import { markKeystroke } from './keystroke-timing.ts';
import { formatReportNumber, parseReportNumber } from './report-number.ts';

interface NumberTableProps {
  draft: ReportDraft;
  elements: DataElement[];
  disaggregation: Disaggregation;
  rollup: RollupTotals | null;
  isReadOnly: boolean;
  /** Element code → where its prefilled values come from (for the "Điền sẵn" note). */
  prefillLabels: ReadonlyMap<string, string>;
}

export const NumberTable = memo(function NumberTable({ draft, elements, disaggregation, rollup, isReadOnly, prefillLabels }: NumberTableProps) {
  const m = useMessages();
  const words = m.reports.cells;
  const hasMinority = disaggregation === 'sex_minority';
  const isSingle = disaggregation === 'none';
  return (
    <div className="report-table-wrap">
      <table className="report-table" data-columns={isSingle ? 1 : hasMinority ? 6 : 3}>
        <thead>
          {hasMinority ? (
            <>
              <tr>
                <th scope="col" rowSpan={2} className="report-table-label">
                  {m.reports.element}
                </th>
                <th scope="col" rowSpan={2}>
                  {words.total}
                </th>
                <th scope="col" rowSpan={2}>
                  {words.female}
                </th>
                <th scope="col" rowSpan={2}>
                  {words.male}
                </th>
                <th scope="colgroup" colSpan={3} className="report-table-minority">
                  {words.minority}
                </th>
              </tr>
              <tr>
                <th scope="col" className="report-table-minority">
                  {m.reports.minorityTotal}
                </th>
                <th scope="col" className="report-table-minority">
                  {words.female}
                </th>
                <th scope="col" className="report-table-minority">
                  {words.male}
                </th>
              </tr>
            </>
          ) : (
            <tr>
              <th scope="col" className="report-table-label">
                {m.reports.element}
              </th>
              {isSingle ? (
                <th scope="col">{m.reports.value}</th>
              ) : (
                <>
                  <th scope="col">{words.total}</th>
                  <th scope="col">{words.female}</th>
                  <th scope="col">{words.male}</th>
                </>
              )}
            </tr>
          )}
        </thead>
        <tbody>
          {elements.flatMap(rowsOf).map((row) => (
            <NumberRow
              key={`${row.element.code}.${row.group ?? ''}`}
              draft={draft}
              row={row}
              rollup={rollup}
              isReadOnly={isReadOnly}
              prefillLabel={row.group === null ? prefillLabels.get(row.element.code) : undefined}
              words={words}
              m={m}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
});

interface NumberRowProps {
  draft: ReportDraft;
  row: CellRow;
  rollup: RollupTotals | null;
  isReadOnly: boolean;
  prefillLabel: string | undefined;
  words: CellWords;
  m: Messages;
}

function NumberRow({ draft, row, rollup, isReadOnly, prefillLabel, words, m }: NumberRowProps) {
  const { element, group } = row;
  const noteId = prefillLabel !== undefined ? `${fieldDomId(valueField(element.code))}-prefill` : undefined;
  return (
    <tr data-group={group ?? undefined} data-parent={element.disaggregation === 'sex_group' && group === null ? 'true' : undefined}>
      <th scope="row" className="report-table-label">
        {group ? (
          <span className="report-row-group">{words.groups[group]}</span>
        ) : (
          <>
            <span className="report-row-label">{element.label}</span>
            <span className="report-row-unit">{m.reports.unitOfMeasure(element.unit)}</span>
            {noteId ? (
              <span className="report-row-prefill" id={noteId}>
                {m.reports.prefilled(prefillLabel ?? '')}
              </span>
            ) : null}
          </>
        )}
      </th>
      {row.keys.map((key) => (
        <NumberCell
          key={key}
          draft={draft}
          element={element}
          valueKey={key}
          label={describeCell(element, key, words)}
          column={shortColumnOf(key, words, m)}
          rollup={rollup ? (rollup[key]?.sum ?? null) : undefined}
          isReadOnly={isReadOnly}
          prefillNoteId={noteId ?? (group ? `${fieldDomId(valueField(element.code))}-prefill` : undefined)}
        />
      ))}
    </tr>
  );
}

/** A cell's column as a phone shows it above the cell: the group is already the row's heading. */
function shortColumnOf(key: string, words: CellWords, m: Messages): string {
  const [, sex, category] = key.split('.') as [string, SexKey | undefined, string | undefined];
  if (!sex) return m.reports.value;
  return category === MINORITY_KEY ? `${m.reports.minorityShort}: ${words[sex]}` : words[sex];
}

/** What is wrong with a cell's text, in a few words (the panel gives the cell's name too). */
function cellProblem(element: DataElement, text: string, m: Messages): string | null {
  const parsed = parseReportNumber(text);
  if (!parsed.ok) return m.reports.notANumber;
  const problem = checkValue(element, parsed.value);
  return problem ? withoutElementName(problem, element.label) : null;
}

interface NumberCellProps {
  draft: ReportDraft;
  element: DataElement;
  valueKey: string;
  /** The accessible name: "Tổng số cán bộ, giáo viên, nhân viên — Nữ". */
  label: string;
  /** The column's name, shown before the cell on a phone. */
  column: string;
  /** The subtree's total for this key; undefined when the report has no units below it. */
  rollup: number | null | undefined;
  isReadOnly: boolean;
  prefillNoteId: string | undefined;
}

const NumberCell = memo(function NumberCell({ draft, element, valueKey, label, column, rollup, isReadOnly, prefillNoteId }: NumberCellProps) {
  const m = useMessages();
  const field = valueField(valueKey);
  const state = useDraftField(draft, field);
  const id = fieldDomId(field);
  const rollupText =
    rollup === undefined ? null : (
      <span className="report-cell-rollup" id={`${id}-rollup`}>
        <span className="visually-hidden">{m.reports.rollupCell}: </span>
        <span aria-hidden="true">Σ </span>
        {rollup === null ? m.reports.empty : formatNumber(rollup, 2)}
      </span>
    );

  if (isReadOnly) {
    return (
      <td className="report-cell" data-label={column}>
        <span className="report-cell-value">{state.text || m.reports.empty}</span>
        {rollupText}
      </td>
    );
  }

  const problem = cellProblem(element, state.text, m);
  const isPrefilled = state.prefillLabel !== undefined;
  const describedBy = [problem ? `${id}-error` : null, rollup !== undefined ? `${id}-rollup` : null, isPrefilled ? prefillNoteId : null].filter(Boolean).join(' ');
  return (
    <td className="report-cell" data-label={column} data-prefilled={isPrefilled ? 'true' : undefined} data-invalid={problem ? 'true' : undefined}>
      <input
        id={id}
        className="report-cell-input"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        aria-label={label}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy || undefined}
        value={state.text}
        onChange={(event) => {
          markKeystroke(valueKey);
          draft.set(field, event.currentTarget.value);
        }}
        onBlur={() => {
          // "1234" becomes "1.234" once the cell is left; what cannot be read stays as typed.
          const parsed = parseReportNumber(state.text);
          if (parsed.ok && parsed.value !== null) draft.tidy(field, formatReportNumber(parsed.value));
        }}
      />
      {rollupText}
      {problem ? (
        <span className="report-cell-error" id={`${id}-error`}>
          {problem}
        </span>
      ) : null}
    </td>
  );
});
