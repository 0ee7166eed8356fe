import { t } from '../../utils/i18n/i18n';
import { topicName } from '../../utils/i18n/topic-text';
import type { Correction } from '../../utils/settings/settings-schema';
import type { SaveSetting } from './use-settings';

/** The "Not this meaning" corrections the user made on cards, each removable. */
export function CorrectionSettings({
  corrections,
  save,
}: {
  corrections: readonly Correction[];
  save: SaveSetting;
}) {
  return (
    <section className="card" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">{t('options_corrections_heading')}</h2>
      {corrections.length === 0 ? (
        <p className="hint">{t('options_corrections_none')}</p>
      ) : (
        <ul className="plain-list" aria-labelledby="corrections-heading">
          {corrections.map((c, i) => {
            const description = t('options_correction', {
              text: c.text,
              topic: topicName(c.topic),
              site: c.site,
            });
            return (
              <li key={`${c.site}|${c.topic}|${c.text}`}>
                <span>{description}</span>
                <button
                  type="button"
                  aria-label={t('options_correction_remove_label', { correction: description })}
                  onClick={() =>
                    void save(
                      'corrections',
                      corrections.filter((_, j) => j !== i),
                    )
                  }
                >
                  {t('options_remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
