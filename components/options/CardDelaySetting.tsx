import { CARD_DELAY_RANGE } from '../../utils/settings/settings-schema';
import { useDraft } from './use-draft';
import type { SaveSetting } from './use-settings';

/** How long the pointer rests on a mention before its card opens. */
export function CardDelaySetting({ value, save }: { value: number; save: SaveSetting }) {
  const [delay, setDelay, flush] = useDraft(value, (v) => void save('cardDelayMs', v));
  return (
    <section className="card" aria-labelledby="delay-heading">
      <h2 id="delay-heading">Card delay</h2>
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
          aria-valuetext={`${delay} ms`}
          onChange={(e) => setDelay(Number(e.currentTarget.value))}
          onBlur={flush}
        />
        {/* A plain span, not <output>: that is a second status region beside the page's "Saved". */}
        <span aria-hidden="true">{delay} ms</span>
      </div>
      <p id="delay-hint" className="hint">
        How long the pointer rests on a highlighted word before its card opens ({CARD_DELAY_RANGE.min}–
        {CARD_DELAY_RANGE.max} ms; default 350).
      </p>
    </section>
  );
}
