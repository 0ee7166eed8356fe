import { useState } from 'react';

/** Reset to defaults, with a confirm step so one click cannot wipe the corrections. */
export function ResetSettings({ resetAll }: { resetAll: () => Promise<boolean> }) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string>();

  const confirm = async () => {
    setConfirming(false);
    setMessage(
      (await resetAll()) ? 'Every setting is back to its default.' : 'Could not reset the settings.',
    );
  };

  return (
    <section className="card" aria-labelledby="reset-heading">
      <h2 id="reset-heading">Reset</h2>
      {confirming ? (
        <div className="confirm" role="group" aria-label="Confirm reset">
          <p>
            Reset every setting to its default? Sites you switched off and your corrections are removed too.
          </p>
          <button type="button" className="danger" onClick={() => void confirm()}>
            Yes, reset everything
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
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
          Reset to defaults
        </button>
      )}
      {message && <p className="hint">{message}</p>}
    </section>
  );
}
