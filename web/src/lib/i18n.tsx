/**
 * The interface language: Vietnamese first, English on demand (its messages are a
 * separate chunk, fetched the first time someone switches). Keeps <html lang> true
 * and remembers the choice in this browser; the signed-in user's own preference
 * (SessionInfo.user.locale) wins when the session arrives.
 */
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { vi, type Messages } from '../../../common/i18n/vi.ts';
import { ApiError } from './api-client.ts';

export type Locale = 'vi' | 'en';

const STORAGE_KEY = 'binhdang.locale';

interface I18nValue {
  locale: Locale;
  m: Messages;
  setLocale: (locale: Locale) => Promise<void>;
}

const I18nContext = createContext<I18nValue | null>(null);

function storedLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

async function loadMessages(locale: Locale): Promise<Messages> {
  if (locale === 'vi') return vi;
  const module = await import('../../../common/i18n/en.ts');
  return module.en;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{ locale: Locale; m: Messages }>({ locale: 'vi', m: vi });

  const setLocale = useCallback(async (locale: Locale) => {
    const m = await loadMessages(locale);
    setState({ locale, m });
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Private browsing: the choice lasts for this page only.
    }
  }, []);

  useEffect(() => {
    const initial = storedLocale();
    if (initial !== 'vi') void setLocale(initial);
  }, [setLocale]);

  useEffect(() => {
    document.documentElement.lang = state.locale;
  }, [state.locale]);

  const value = useMemo(() => ({ ...state, setLocale }), [state, setLocale]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18nValue {
  const value = use(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

/** The messages of the current language. */
export function useMessages(): Messages {
  return useI18n().m;
}

/**
 * What to tell a person about a failure. In Vietnamese the server's message is shown
 * as it is (it names the row, the field, the date of a lock); in English the message
 * for the error's code, falling back to the server's words.
 */
export function describeError(error: unknown, m: Messages, locale: Locale): string {
  if (error instanceof ApiError) {
    if (error.code === 'NETWORK') return m.errors.network;
    if (locale === 'en') return m.errors.byCode[error.code] ?? error.message;
    return error.message;
  }
  return m.errors.loadFailed;
}

export function useDescribeError(): (error: unknown) => string {
  const { m, locale } = useI18n();
  return useCallback((error: unknown) => describeError(error, m, locale), [m, locale]);
}
