import { LANGUAGES, type Language } from '../../data/constants';
import { languageName, t } from '../../utils/i18n/i18n';
import type { SaveSetting } from './use-settings';

/** Which languages' spellings the matcher looks for. */
export function LanguageSettings({ value, save }: { value: readonly Language[]; save: SaveSetting }) {
  const toggle = (lang: Language, on: boolean) =>
    // Kept in the canonical order so the stored list does not depend on click order.
    void save(
      'languages',
      LANGUAGES.filter((l) => (l === lang ? on : value.includes(l))),
    );
  return (
    <section className="card" aria-labelledby="languages-heading">
      <h2 id="languages-heading">{t('options_languages_heading')}</h2>
      <p className="hint">{t('options_languages_hint')}</p>
      <fieldset className="checkbox-grid" aria-labelledby="languages-heading">
        {LANGUAGES.map((lang) => (
          <label key={lang}>
            <input
              type="checkbox"
              checked={value.includes(lang)}
              onChange={(e) => toggle(lang, e.currentTarget.checked)}
            />
            {languageName(lang)}
          </label>
        ))}
      </fieldset>
      {value.length === 0 && <p className="warning">{t('options_languages_none')}</p>}
    </section>
  );
}
