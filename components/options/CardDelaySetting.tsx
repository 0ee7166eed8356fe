import { t } from '../../utils/i18n/i18n';
import { CARD_DELAY_RANGE, DEFAULT_CARD_DELAY_MS } from '../../utils/settings/settings-schema';
import { useDraft } from './use-draft';
import type { SaveSetting } from './use-settings';

/** How long the pointer rests on a mention before its card opens. */
export function CardDelaySetting({ value, save }: { value: number; save: SaveSetting }) {
  const [delay, setDelay, flush] = useDraft(value, (v) => void save('cardDelayMs', v));
  const shown = t('options_delay_value', { ms: delay });
  return (
    <section className="card" aria-labelledby="delay-heading">
      <h2 id="delay-heading">{t('options_delay_heading')}</h2>
      <div className="delay">
        <input
          id="card-delay"
          type="range"
          aria-labelledby="delay-heading"
          aria-describedby="delay-hint"
          min={CARD_DELAY_RANGE.min}
          max={CARD_DELAY_RANGE.max}
          step={50}
          value={delay}
          aria-valuetext={shown}
          onChange={(e) => setDelay(Number(e.currentTarget.value))}
          onBlur={flush}
        />
        {/* A plain span, not <output>: that is a second status region beside the page's "Saved". */}
        <span aria-hidden="true">{shown}</span>
      </div>
      <p id="delay-hint" className="hint">
        {t('options_delay_hint', {
          min: CARD_DELAY_RANGE.min,
          max: CARD_DELAY_RANGE.max,
          default: DEFAULT_CARD_DELAY_MS,
        })}
      </p>
    </section>
  );
}
