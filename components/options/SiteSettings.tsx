import { useId, useState, type FormEvent } from 'react';
import { t } from '../../utils/i18n/i18n';
import { parseHostInput } from './host-name';
import type { SaveSetting } from './use-settings';

/** Sites where Backstory is off: remove one, or add one by host name. */
export function SiteSettings({ sites, save }: { sites: readonly string[]; save: SaveSetting }) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string>();
  const errorId = useId();

  const add = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseHostInput(input);
    if (!parsed.ok) return setError(parsed.error);
    if (sites.includes(parsed.host)) return setError(t('options_site_duplicate', { site: parsed.host }));
    setError(undefined);
    setInput('');
    void save('disabledSites', [...sites, parsed.host]);
  };

  return (
    <section className="card" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('options_sites_heading')}</h2>
      {sites.length === 0 ? (
        <p className="hint">{t('options_sites_none')}</p>
      ) : (
        <ul className="plain-list" aria-labelledby="sites-heading">
          {sites.map((site) => (
            <li key={site}>
              <span className="site">{site}</span>
              <button
                type="button"
                aria-label={t('options_site_remove_label', { site })}
                onClick={() =>
                  void save(
                    'disabledSites',
                    sites.filter((s) => s !== site),
                  )
                }
              >
                {t('options_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="inline-form" onSubmit={add} noValidate>
        <label>
          {t('options_site_add_label')}
          <input
            type="text"
            inputMode="url"
            placeholder={t('options_site_placeholder')}
            value={input}
            aria-invalid={error !== undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => setInput(e.currentTarget.value)}
          />
        </label>
        <button type="submit">{t('options_site_add')}</button>
      </form>
      {error && (
        <p id={errorId} className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
