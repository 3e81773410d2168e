/**
 * The plan being edited, kept in the page: the document, the copy last saved (dirty = they
 * differ), and `dispatch` for the edits of plan-edit.ts — stable, so every part of the
 * editor can be memoised and only the part whose data changed re-renders on a keystroke.
 * Leaving the page with unsaved changes asks first (the browser's own dialog).
 */
import { useCallback, useEffect, useMemo, useReducer } from 'react';
import type { PlanDocument } from '../../../../../common/plans/plan-document.ts';
import { applyEdit, type PlanEdit } from '../components/plan-edit.ts';

interface DraftState {
  doc: PlanDocument;
  saved: PlanDocument | null;
  /** Bumped when the document is replaced from outside (a reload): fields holding their own text start again. */
  generation: number;
}

type DraftAction =
  | PlanEdit
  | { type: 'reset'; doc: PlanDocument; isSaved: boolean }
  | { type: 'saved'; sent: PlanDocument; stored: PlanDocument };

function reduce(state: DraftState, action: DraftAction): DraftState {
  switch (action.type) {
    case 'reset':
      return { doc: action.doc, saved: action.isSaved ? action.doc : null, generation: state.generation + 1 };
    case 'saved':
      // Nothing typed while the save was on its way: take the server's copy (normalised).
      // Otherwise keep what was typed since, which is still unsaved.
      return state.doc === action.sent ? { ...state, doc: action.stored, saved: action.stored } : { ...state, saved: action.sent };
    default:
      return { ...state, doc: applyEdit(state.doc, action) };
  }
}

export type PlanDispatch = (edit: PlanEdit) => void;

export interface PlanDraft {
  doc: PlanDocument;
  isDirty: boolean;
  generation: number;
  dispatch: PlanDispatch;
  reset: (doc: PlanDocument, isSaved?: boolean) => void;
  markSaved: (sent: PlanDocument, stored: PlanDocument) => void;
}

/** `isSaved`: the initial document is the stored one (false for an import or a new plan, which are unsaved until the first save). */
export function usePlanDraft(initial: PlanDocument, isSaved: boolean, warnOnLeave: string): PlanDraft {
  const [state, send] = useReducer(reduce, undefined, () => ({ doc: initial, saved: isSaved ? initial : null, generation: 0 }));
  const isDirty = state.doc !== state.saved;

  useEffect(() => {
    if (!isDirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = warnOnLeave;
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [isDirty, warnOnLeave]);

  const dispatch = useCallback((edit: PlanEdit) => send(edit), []);
  const reset = useCallback((doc: PlanDocument, saved = true) => send({ type: 'reset', doc, isSaved: saved }), []);
  const markSaved = useCallback((sent: PlanDocument, stored: PlanDocument) => send({ type: 'saved', sent, stored }), []);
  return useMemo(() => ({ doc: state.doc, isDirty, generation: state.generation, dispatch, reset, markSaved }), [state, isDirty, dispatch, reset, markSaved]);
}
