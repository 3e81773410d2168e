/**
 * Autosave for the report form: ~1.5 s after the last change the whole content goes to the
 * server with the version last received. Never sent while a cell holds something that is
 * not an acceptable number (the server would refuse it all); never two saves at once (a
 * change made during a save is sent after it); a network failure is retried, then waits
 * for the person; a conflict stops everything until the person chooses (conflict modal).
 *
 * Nothing typed is lost silently: leaving the page sends what can be sent, the browser
 * asks before closing a tab with unsaved work, and unsaved work is also kept in this
 * browser (localStorage) so it can be restored after a crash, a cut connection or a
 * closed tab.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ReportDetail, SaveReportInput } from '../../../../../common/contracts/campaigns.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { conflictOf, type ReportConflict } from '../api/save-report.ts';
import type { ReportDraft } from './use-report-draft.ts';

export const AUTOSAVE_DELAY_MS = 1500;
const RETRY_DELAYS_MS = [5_000, 15_000, 30_000];

export type SaveState =
  | { kind: 'saved'; at: string | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  /** Not sent: this many cells hold something that cannot be saved. */
  | { kind: 'invalid'; count: number }
  | { kind: 'failed'; error: unknown; willRetry: boolean }
  | { kind: 'conflict'; conflict: ReportConflict; error: unknown }
  /** The server no longer accepts edits (submitted, approved, locked meanwhile). */
  | { kind: 'blocked'; error: unknown };

// ---------------------------------------------------------------------------------------
// The copy of unsaved work kept in this browser

export interface LocalCopy {
  version: number;
  savedAt: string;
  entries: [string, string][];
}

const localKey = (reportId: number) => `binhdang.report-draft.${reportId}`;

export function readLocalCopy(reportId: number): LocalCopy | null {
  try {
    const raw = localStorage.getItem(localKey(reportId));
    const copy = raw ? (JSON.parse(raw) as LocalCopy) : null;
    return copy && typeof copy.version === 'number' && Array.isArray(copy.entries) ? copy : null;
  } catch {
    return null;
  }
}

export function clearLocalCopy(reportId: number): void {
  try {
    localStorage.removeItem(localKey(reportId));
  } catch {
    // Storage disabled: there is nothing to clear.
  }
}

function writeLocalCopy(reportId: number, draft: ReportDraft): void {
  try {
    const copy: LocalCopy = { version: draft.version, savedAt: new Date().toISOString(), entries: draft.entries() };
    localStorage.setItem(localKey(reportId), JSON.stringify(copy));
  } catch {
    // Storage full or disabled: the server copy and the unload warning remain.
  }
}

// ---------------------------------------------------------------------------------------

export class ReportAutosave {
  private state: SaveState;
  private listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | null = null;
  private retries = 0;
  private readonly draft: ReportDraft;
  private readonly reportId: number;
  private readonly send: (input: SaveReportInput) => Promise<ReportDetail>;

  constructor(draft: ReportDraft, reportId: number, send: (input: SaveReportInput) => Promise<ReportDetail>, lastSavedAt: string | null) {
    this.draft = draft;
    this.reportId = reportId;
    this.send = send;
    this.state = { kind: 'saved', at: lastSavedAt };
  }

  readonly getState = (): SaveState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Work that is not on the server yet (or a save still running). */
  hasUnsavedWork(): boolean {
    return this.draft.isDirty() || this.inFlight !== null;
  }

  /** The draft changed: (re)start the countdown, unless a conflict or a block is waiting for the person. */
  readonly onChange = (): void => {
    if (!this.draft.isDirty()) return;
    if (this.state.kind === 'conflict' || this.state.kind === 'blocked') {
      writeLocalCopy(this.reportId, this.draft);
      return;
    }
    this.retries = 0;
    if (this.state.kind !== 'pending' && this.state.kind !== 'saving') this.setState({ kind: 'pending' });
    this.schedule(AUTOSAVE_DELAY_MS);
  };

  /** Saves now what can be saved and waits for it; true when the server holds everything. */
  async flush(): Promise<boolean> {
    clearTimeout(this.timer);
    if (this.inFlight) await this.inFlight;
    if (this.draft.isDirty()) await this.run();
    return !this.draft.isDirty();
  }

  /** "Thử lại" after a failure. */
  retry(): void {
    this.retries = 0;
    void this.run();
  }

  /** "Giữ bản của tôi": write mine on top of the version that is there now. */
  keepMine(currentVersion: number): Promise<boolean> {
    this.draft.version = currentVersion;
    this.setState({ kind: 'pending' });
    return this.flush();
  }

  /** "Dùng bản đã lưu": the server's content replaces the draft. */
  takeSaved(detail: ReportDetail): void {
    clearTimeout(this.timer);
    this.draft.load(detail);
    clearLocalCopy(this.reportId);
    this.setState({ kind: 'saved', at: detail.updatedAt });
  }

  /** The page is going away: send what can be sent and keep a local copy of the rest. */
  leave(): void {
    clearTimeout(this.timer);
    if (!this.draft.isDirty()) return;
    writeLocalCopy(this.reportId, this.draft);
    if (this.state.kind !== 'conflict' && this.state.kind !== 'blocked' && !this.inFlight) void this.run();
  }

  /** Keep a local copy now (the tab is being hidden or closed). */
  keepLocalCopy(): void {
    if (this.draft.isDirty()) writeLocalCopy(this.reportId, this.draft);
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), delay);
  }

  private setState(state: SaveState): void {
    this.state = state;
    this.listeners.forEach((listener) => listener());
  }

  private async run(): Promise<void> {
    clearTimeout(this.timer);
    if (this.inFlight) {
      // One save at a time: whatever changed meanwhile goes right after this one.
      await this.inFlight;
      if (this.draft.isDirty() && this.state.kind !== 'conflict' && this.state.kind !== 'blocked') return this.run();
      return;
    }
    if (!this.draft.isDirty()) return;
    const unsavable = this.draft.unsavableCount();
    if (unsavable > 0) {
      writeLocalCopy(this.reportId, this.draft);
      this.setState({ kind: 'invalid', count: unsavable });
      return;
    }
    const revision = this.draft.revision;
    const { values, answers, responses } = this.draft.content();
    this.setState({ kind: 'saving' });
    this.inFlight = this.send({ version: this.draft.version, values, answers, responses }).then(
      (detail) => {
        this.draft.markSaved(revision, detail.version);
        this.retries = 0;
        if (this.draft.isDirty()) {
          this.setState({ kind: 'pending' });
          this.schedule(AUTOSAVE_DELAY_MS);
        } else {
          clearLocalCopy(this.reportId);
          this.setState({ kind: 'saved', at: detail.updatedAt });
        }
      },
      (error: unknown) => {
        writeLocalCopy(this.reportId, this.draft);
        const conflict = conflictOf(error);
        if (conflict) return this.setState({ kind: 'conflict', conflict, error });
        if (error instanceof ApiError && error.code === 'REPORT_NOT_EDITABLE') return this.setState({ kind: 'blocked', error });
        // A refused content (400) will not pass by sending it again; a cut connection or a 5xx may.
        const isWorthRetrying = !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
        const delay = isWorthRetrying ? RETRY_DELAYS_MS[this.retries] : undefined;
        if (delay !== undefined) {
          this.retries += 1;
          this.schedule(delay);
        }
        this.setState({ kind: 'failed', error, willRetry: delay !== undefined });
      },
    );
    try {
      await this.inFlight;
    } finally {
      this.inFlight = null;
    }
  }
}

/**
 * Autosave wired to the page: listens to the draft, asks before the tab closes with
 * unsaved work, keeps a local copy when the tab is hidden, and sends what it can when the
 * page is left. `isEnabled` false (a read-only report) does nothing.
 */
export function useAutosave(draft: ReportDraft, reportId: number, send: (input: SaveReportInput) => Promise<ReportDetail>, lastSavedAt: string | null, isEnabled: boolean): ReportAutosave {
  const [autosave] = useState(() => new ReportAutosave(draft, reportId, send, lastSavedAt));

  useEffect(() => {
    if (!isEnabled) return;
    const unsubscribe = draft.subscribe(autosave.onChange);
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!autosave.hasUnsavedWork()) return;
      autosave.keepLocalCopy();
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') autosave.keepLocalCopy();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      unsubscribe();
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onHidden);
      autosave.leave();
    };
  }, [draft, autosave, isEnabled]);

  return autosave;
}

export function useSaveState(autosave: ReportAutosave): SaveState {
  return useSyncExternalStore(autosave.subscribe, autosave.getState);
}

/** Only the conflict, for the page that opens its dialog: it does not redraw on every save. */
export function useSaveConflict(autosave: ReportAutosave): ReportConflict | null {
  return useSyncExternalStore(autosave.subscribe, () => {
    const state = autosave.getState();
    return state.kind === 'conflict' ? state.conflict : null;
  });
}
