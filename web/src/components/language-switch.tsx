/** VI / EN. Switching changes the interface at once; `onChange` lets a signed-in app remember it server-side. */
import { useI18n, type Locale } from '../lib/i18n.tsx';

interface LanguageSwitchProps {
  onChange?: (locale: Locale) => void;
}

const LANGUAGES: { value: Locale; short: string; name: string }[] = [
  { value: 'vi', short: 'VI', name: 'Tiếng Việt' },
  { value: 'en', short: 'EN', name: 'English' },
];

export function LanguageSwitch({ onChange }: LanguageSwitchProps) {
  const { locale, m, setLocale } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={m.header.language}>
      {LANGUAGES.map((language) => (
        <button
          key={language.value}
          type="button"
          lang={language.value}
          title={language.name}
          aria-label={language.name}
          aria-pressed={locale === language.value}
          onClick={() => {
            if (locale === language.value) return;
            void setLocale(language.value);
            onChange?.(language.value);
          }}
        >
          {language.short}
        </button>
      ))}
    </div>
  );
}
