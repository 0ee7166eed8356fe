import { useState } from 'react';
import { t } from '../../utils/i18n/i18n';

/** Reset to defaults, with a confirm step so one click cannot wipe the corrections. */
export function ResetSettings({ resetAll }: { resetAll: () => Promise<boolean> }) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string>();

  const confirm = async () => {
    setConfirming(false);
    setMessage(t((await resetAll()) ? 'options_reset_done' : 'options_reset_failed'));
  };

  return (
    <section className="card" aria-labelledby="reset-heading">
      <h2 id="reset-heading">{t('options_reset_heading')}</h2>
      {confirming ? (
        <div className="confirm" role="group" aria-label={t('options_reset_confirm_label')}>
          <p>{t('options_reset_confirm')}</p>
          <button type="button" className="danger" onClick={() => void confirm()}>
            {t('options_reset_yes')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('options_cancel')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          onClick={() => {
            setMessage(undefined);
            setConfirming(true);
          }}
        >
          {t('options_reset')}
        </button>
      )}
      {message && <p className="hint">{message}</p>}
    </section>
  );
}
