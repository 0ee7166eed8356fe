import type { HighlightAmount } from '../../utils/settings/settings-schema';
import type { SaveSetting } from './use-settings';

const CHOICES: ReadonlyArray<{ value: HighlightAmount; label: string; hint: string }> = [
  { value: 'all', label: 'Every mention', hint: 'Each name Backstory knows is underlined.' },
  {
    value: 'first',
    label: 'The first mention of each topic',
    hint: 'One highlight per topic on a page: the rest of the page stays as it was written.',
  },
  {
    value: 'none',
    label: 'None until I ask',
    hint: 'Nothing is highlighted; the toolbar popup and the mention keys still reach every mention.',
  },
];

/** How much of a page Backstory highlights: a calm page for readers who want one. */
export function HighlightAmountSetting({ value, save }: { value: HighlightAmount; save: SaveSetting }) {
  return (
    <section className="card" aria-labelledby="amount-heading">
      <h2 id="amount-heading">How much to highlight</h2>
      <fieldset className="choices" aria-labelledby="amount-heading">
        {CHOICES.map((choice) => (
          <label key={choice.value}>
            <input
              type="radio"
              name="highlight-amount"
              value={choice.value}
              checked={value === choice.value}
              aria-describedby={`amount-${choice.value}-hint`}
              onChange={() => void save('highlightAmount', choice.value)}
            />
            <span>
              {choice.label}
              <span id={`amount-${choice.value}-hint`} className="hint">
                {choice.hint}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <p className="hint">
        The hide-and-show shortcut (Alt+Shift+H by default) clears a single page for a while.
      </p>
    </section>
  );
}
