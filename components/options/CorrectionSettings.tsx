import type { TopicId } from '../../data/constants';
import type { Correction } from '../../utils/settings/settings-schema';
import type { SaveSetting } from './use-settings';

/** The "Not this meaning" corrections the user made on cards, each removable. */
export function CorrectionSettings({
  corrections,
  topicNames,
  save,
}: {
  corrections: readonly Correction[];
  topicNames: Readonly<Record<TopicId, string>>;
  save: SaveSetting;
}) {
  return (
    <section className="card" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">“Not this meaning” corrections</h2>
      {corrections.length === 0 ? (
        <p className="hint">
          None yet. When a highlight means something else (poutine the dish, a swift the bird), choose “Not
          this meaning” on its card and Backstory stops highlighting that word on that site.
        </p>
      ) : (
        <ul className="plain-list" aria-labelledby="corrections-heading">
          {corrections.map((c, i) => {
            const description = `“${c.text}” as ${topicNames[c.topic]} on ${c.site}`;
            return (
              <li key={`${c.site}|${c.topic}|${c.text}`}>
                <span>{description}</span>
                <button
                  type="button"
                  aria-label={`Remove correction ${description}`}
                  onClick={() =>
                    void save(
                      'corrections',
                      corrections.filter((_, j) => j !== i),
                    )
                  }
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
