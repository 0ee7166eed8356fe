import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n/i18n';
import { withElements } from '../shared/with-elements';
import { KEY_ROWS, keysOf } from './shortcut-keys';

/** The browser's own page for extension shortcuts (Chromium); its address is the same in every language. */
const SHORTCUTS_PAGE = 'chrome://extensions/shortcuts';

/** The keys as the browser has them bound, read once; the defaults until then (or where it cannot say). */
function useKeys(): string[] {
  const [keys, setKeys] = useState(() => keysOf(KEY_ROWS, []));
  useEffect(() => {
    let live = true;
    // Not every browser (or test double) offers commands.getAll, and some throw at once: keep the defaults then.
    Promise.resolve()
      .then(() => browser.commands.getAll())
      .then((bound) => live && setKeys(keysOf(KEY_ROWS, bound)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return keys;
}

/** What each key does, and where to change them. */
export function KeysSection({ isFirefox }: { isFirefox: boolean }) {
  const keys = useKeys();
  return (
    <section className="card" aria-labelledby="keys-heading" data-backstory-ignore="">
      <h2 id="keys-heading">{t('welcome_keys_heading')}</h2>
      <dl className="welcome__keys">
        {KEY_ROWS.map((row, i) => (
          <div key={row.defaultKey}>
            <dt>
              {/* Key names read left to right, also on a right-to-left page. */}
              <kbd dir="ltr">{keys[i]}</kbd>
            </dt>
            <dd>{t(row.does)}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">
        {withElements(t('welcome_keys_tab'), { key: <kbd dir="ltr">Tab</kbd> })}{' '}
        {isFirefox
          ? t('welcome_keys_change_firefox')
          : withElements(t('welcome_keys_change_chrome'), { address: <bdi dir="ltr">{SHORTCUTS_PAGE}</bdi> })}
      </p>
      {!isFirefox && (
        <button type="button" onClick={() => void browser.tabs.create({ url: SHORTCUTS_PAGE })}>
          {t('welcome_keys_change')}
        </button>
      )}
    </section>
  );
}
