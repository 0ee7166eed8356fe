import { t, UI_LOCALES, type UiLanguage, type UiLocale } from '../../utils/i18n/i18n';
import { validateUiLanguage } from '../../utils/settings/settings-schema';
import type { SaveSetting } from './use-settings';

/** A locale folder's name ("zh_CN") as a BCP 47 tag ("zh-CN"), for `Intl` and `lang`. */
const tagOf = (locale: UiLocale): string => locale.replace('_', '-');

/**
 * A language named in its own words ("Deutsch", "فارسی"), whatever the interface speaks now: a reader who
 * cannot read the current language still finds theirs.
 */
export function ownName(locale: UiLocale): string {
  const tag = tagOf(locale);
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
    // Menus capitalise language names even where running text does not ("русский" → "Русский").
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}

/**
 * The language of Backstory's own words: the browser's, or one the reader picks. The page follows a change
 * itself (see mount-options.tsx), so this only saves it.
 */
export function InterfaceLanguageSetting({ value, save }: { value: UiLanguage; save: SaveSetting }) {
  return (
    <section className="card" aria-labelledby="ui-language-heading">
      <h2 id="ui-language-heading">{t('options_ui_language_heading')}</h2>
      <select
        aria-labelledby="ui-language-heading"
        aria-describedby="ui-language-hint"
        value={value}
        onChange={(e) => {
          const chosen = validateUiLanguage(e.currentTarget.value);
          if (chosen) void save('uiLanguage', chosen);
        }}
      >
        <option value="auto">{t('options_ui_language_auto')}</option>
        {UI_LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={tagOf(locale)}>
            {ownName(locale)}
          </option>
        ))}
      </select>
      <p id="ui-language-hint" className="hint">
        {t('options_ui_language_hint')}
      </p>
    </section>
  );
}
