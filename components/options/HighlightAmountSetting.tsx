import { t } from '../../utils/i18n/i18n';
import { HIGHLIGHT_AMOUNTS, type HighlightAmount } from '../../utils/settings/settings-schema';
import type { SaveSetting } from './use-settings';

/** The hide-and-show shortcut as the manifest suggests it; the reader may have bound another. */
const TOGGLE_KEYS = 'Alt+Shift+H';

/** How much of a page Backstory highlights: a calm page for readers who want one. */
export function HighlightAmountSetting({ value, save }: { value: HighlightAmount; save: SaveSetting }) {
  return (
    <section className="card" aria-labelledby="amount-heading">
      <h2 id="amount-heading">{t('options_amount_heading')}</h2>
      <fieldset className="choices" aria-labelledby="amount-heading">
        {HIGHLIGHT_AMOUNTS.map((amount) => (
          <label key={amount}>
            <input
              type="radio"
              name="highlight-amount"
              value={amount}
              checked={value === amount}
              aria-describedby={`amount-${amount}-hint`}
              onChange={() => void save('highlightAmount', amount)}
            />
            <span>
              {t(`options_amount_${amount}`)}
              <span id={`amount-${amount}-hint`} className="hint">
                {t(`options_amount_${amount}_hint`)}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <p className="hint">{t('options_amount_shortcut_hint', { keys: TOGGLE_KEYS })}</p>
    </section>
  );
}
