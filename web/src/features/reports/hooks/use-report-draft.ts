/**
 * The report being typed: every field's text in one store outside React, so a keystroke
 * re-renders only the cell it lands in (each field has its own subscription, read with
 * useSyncExternalStore) while everything that reads the whole report — the validation
 * panel, the submit bar, autosave — hears about it once and catches up after the frame
 * (useDraftChecks).
 *
 * A cell keeps exactly what was typed ("1.234", "12,5", even "abc"): the number is derived
 * from it, and text that is not a number stays visible as an error until it is corrected.
 * The content sent to the server and the assessment (common/campaigns/report-content.ts)
 * are computed once per change, lazily, and cached until the next one.
 */
import { startTransition, useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { assessReport, valueSlotsOf, type FieldProblem, type ReportAssessment, type ReportAnswers, type StoredValues } from '../../../../../common/campaigns/report-content.ts';
import type { ReportDetail } from '../../../../../common/contracts/campaigns.ts';
import type { TargetAssessment } from '../../../../../common/contracts/templates.ts';
import { assessmentField, confirmationField, explanationField, reasonField, textField, valueField } from '../components/report-fields.ts';
import { formatReportNumber, parseReportNumber } from '../components/report-number.ts';

export type ReportDefinition = ReportDetail['definition'];

/** One field as a cell sees it; replaced (never mutated) on change, so it can be a snapshot. */
export interface FieldState {
  text: string;
  /** Prefilled (điền sẵn) from this source and not touched since: the label says where from. */
  prefillLabel?: string;
}

export interface DraftContent {
  values: StoredValues;
  answers: ReportAnswers;
  responses: { explanations: Record<string, string>; confirmations: string[] };
  /** Cells whose text is not a number at all (value key → the text). */
  unreadable: FieldProblem[];
}

const EMPTY_FIELD: FieldState = { text: '' };

export class ReportDraft {
  readonly definition: ReportDefinition;
  /** Element code → where the values it was prefilled with come from ("Từ báo cáo kỳ trước"). */
  readonly prefillLabels = new Map<string, string>();
  /** The version the server last gave: sent back with every write. */
  version: number;
  /** Bumped on every change; `savedRevision` is the revision the server holds. */
  revision = 0;
  savedRevision = 0;

  private fields = new Map<string, FieldState>();
  private fieldListeners = new Map<string, Set<() => void>>();
  private listeners = new Set<() => void>();
  private cached: { revision: number; content: DraftContent; assessment: ReportAssessment | null } | null = null;

  constructor(detail: ReportDetail) {
    this.definition = detail.definition;
    this.version = detail.version;
    this.fill(detail, true);
  }

  get(field: string): FieldState {
    return this.fields.get(field) ?? EMPTY_FIELD;
  }

  /** What the person typed; a prefilled cell they touch is theirs from then on. */
  set(field: string, text: string): void {
    const current = this.get(field);
    if (current.text === text && current.prefillLabel === undefined) return;
    this.fields.set(field, { text });
    this.revision += 1;
    this.fieldListeners.get(field)?.forEach((listener) => listener());
    this.listeners.forEach((listener) => listener());
  }

  /** The same value written tidier ("1234" → "1.234" when the cell is left): not a change to save. */
  tidy(field: string, text: string): void {
    const current = this.get(field);
    if (current.text === text) return;
    this.fields.set(field, { ...current, text });
    this.fieldListeners.get(field)?.forEach((listener) => listener());
  }

  /** Every field as in a local copy of unsaved work (the fields it does not hold are blank): one change. */
  restore(entries: readonly (readonly [string, string])[]): void {
    this.fields.clear();
    for (const [field, text] of entries) this.fields.set(field, { text });
    this.revision += 1;
    this.notifyAll();
  }

  /** Takes the server's content as it is (the saved version chosen in a conflict, an imported file). */
  load(detail: ReportDetail): void {
    this.version = detail.version;
    this.fields.clear();
    this.fill(detail, false);
    this.revision += 1;
    this.savedRevision = this.revision;
    this.notifyAll();
  }

  /** The server holds the content of `revision` as `version`. */
  markSaved(revision: number, version: number): void {
    this.version = version;
    this.savedRevision = Math.max(this.savedRevision, revision);
  }

  isDirty(): boolean {
    return this.revision !== this.savedRevision;
  }

  /** Every field that holds something, for a local copy of unsaved work. */
  entries(): [string, string][] {
    return [...this.fields].filter(([, state]) => state.text !== '').map(([field, state]) => [field, state.text]);
  }

  subscribeField(field: string, listener: () => void): () => void {
    let set = this.fieldListeners.get(field);
    if (!set) this.fieldListeners.set(field, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The content as the contract wants it, computed once per revision. */
  content(): DraftContent {
    if (this.cached?.revision !== this.revision) this.cached = { revision: this.revision, content: this.compute(), assessment: null };
    return this.cached.content;
  }

  /** assessReport over the current content, once per revision however many components ask. */
  assessment(): ReportAssessment {
    const content = this.content();
    const cached = this.cached!;
    cached.assessment ??= assessReport(this.definition, content.values, content.answers, content.responses);
    return cached.assessment;
  }

  /** Problems that keep a draft from being saved at all: text in number cells, negatives, fractions of people. */
  unsavableCount(): number {
    return this.content().unreadable.length + this.assessment().valueProblems.length;
  }

  private notifyAll(): void {
    this.fieldListeners.forEach((set) => set.forEach((listener) => listener()));
    this.listeners.forEach((listener) => listener());
  }

  private fill(detail: ReportDetail, usePrefill: boolean): void {
    const prefill = usePrefill && detail.state === 'none' && Object.keys(detail.values).length === 0 ? detail.prefill : null;
    const prefillLabels = new Map(prefill?.sources.map((source) => [source.key, source.label]));
    for (const [key, slot] of valueSlotsOf(this.definition)) {
      const saved = detail.values[key];
      const suggested = prefill?.values[key];
      if (typeof saved === 'number') {
        this.fields.set(valueField(key), { text: formatReportNumber(saved) });
      } else if (typeof suggested === 'number') {
        const label = prefillLabels.get(key) ?? '';
        this.fields.set(valueField(key), { text: formatReportNumber(suggested), prefillLabel: label });
        if (!this.prefillLabels.has(slot.element.code)) this.prefillLabels.set(slot.element.code, label);
      }
    }
    for (const [code, text] of Object.entries(detail.answers.texts)) this.fields.set(textField(code), { text });
    for (const [code, answer] of Object.entries(detail.answers.targets)) {
      if (answer.assessment) this.fields.set(assessmentField(code), { text: answer.assessment });
      if (answer.reason) this.fields.set(reasonField(code), { text: answer.reason });
    }
    for (const [ruleId, text] of Object.entries(detail.responses.explanations)) this.fields.set(explanationField(ruleId), { text });
    for (const ruleId of detail.responses.confirmations) this.fields.set(confirmationField(ruleId), { text: '1' });
  }

  private compute(): DraftContent {
    const values: StoredValues = {};
    const unreadable: FieldProblem[] = [];
    for (const key of valueSlotsOf(this.definition).keys()) {
      const text = this.get(valueField(key)).text;
      if (text === '') continue;
      const parsed = parseReportNumber(text);
      if (!parsed.ok) unreadable.push({ field: key, message: text });
      else if (parsed.value !== null) values[key] = parsed.value;
    }
    const answers: ReportAnswers = { texts: {}, targets: {} };
    for (const section of this.definition.sections) {
      for (const item of section.items) {
        if (item.kind === 'text') {
          const text = this.get(textField(item.code)).text;
          if (text.trim() !== '') answers.texts[item.code] = text;
        }
        if (item.kind !== 'targets') continue;
        for (const target of item.targets) {
          const assessment = (this.get(assessmentField(target.code)).text || null) as TargetAssessment | null;
          const reason = this.get(reasonField(target.code)).text;
          if (assessment || reason.trim() !== '') answers.targets[target.code] = { assessment, reason };
        }
      }
    }
    const explanations: Record<string, string> = {};
    const confirmations: string[] = [];
    for (const rule of this.definition.rules) {
      const explanation = this.get(explanationField(rule.id)).text;
      if (explanation.trim() !== '') explanations[rule.id] = explanation;
      if (this.get(confirmationField(rule.id)).text === '1') confirmations.push(rule.id);
    }
    return { values, answers, responses: { explanations, confirmations }, unreadable };
  }
}

/** The draft of one report for the life of its page. */
export function useReportDraft(detail: ReportDetail): ReportDraft {
  const [draft] = useState(() => new ReportDraft(detail));
  return draft;
}

/** One field, re-rendering only when that field changes. */
export function useDraftField(draft: ReportDraft, field: string): FieldState {
  const subscribe = useCallback((listener: () => void) => draft.subscribeField(field, listener), [draft, field]);
  return useSyncExternalStore(subscribe, () => draft.get(field));
}

/** What the checks show, as text: equal when nothing they show has changed. */
function checksSignature(draft: ReportDraft): string {
  const { valueProblems, violations, readiness, missing, canSubmit } = draft.assessment();
  return JSON.stringify([
    draft.content().unreadable,
    valueProblems,
    violations,
    [readiness.errorsToFix.length, readiness.warningsToExplain.length, readiness.noticesToConfirm.length],
    missing,
    canSubmit,
  ]);
}

/**
 * For components that show the checks (the panel, the submit bar). They are kept out of
 * the keystroke's frame: after a change, the assessment runs once the browser has painted
 * (a frame, then a task), and they re-render — in a transition — only when what they show
 * changed. Typing a figure no rule looks at costs them nothing.
 */
export function useDraftChecks(draft: ReportDraft): string {
  const [signature, setSignature] = useState(() => checksSignature(draft));
  useEffect(() => {
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      frame = 0;
      const next = checksSignature(draft);
      startTransition(() => setSignature(next));
    };
    update();
    const unsubscribe = draft.subscribe(() => {
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        timer = setTimeout(update, 0);
      });
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [draft]);
  return signature;
}
