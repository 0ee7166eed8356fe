import { useId, useState, type FormEvent } from 'react';
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
    if (sites.includes(parsed.host)) return setError(`${parsed.host} is already in the list.`);
    setError(undefined);
    setInput('');
    void save('disabledSites', [...sites, parsed.host]);
  };

  return (
    <section className="card" aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites where Backstory is off</h2>
      {sites.length === 0 ? (
        <p className="hint">None: Backstory highlights on every site.</p>
      ) : (
        <ul className="plain-list" aria-labelledby="sites-heading">
          {sites.map((site) => (
            <li key={site}>
              <span className="site">{site}</span>
              <button
                type="button"
                aria-label={`Remove ${site}`}
                onClick={() =>
                  void save(
                    'disabledSites',
                    sites.filter((s) => s !== site),
                  )
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="inline-form" onSubmit={add} noValidate>
        <label>
          Add a site
          <input
            type="text"
            inputMode="url"
            placeholder="example.com"
            value={input}
            aria-invalid={error !== undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => setInput(e.currentTarget.value)}
          />
        </label>
        <button type="submit">Add site</button>
      </form>
      {error && (
        <p id={errorId} className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
