import { useId, useState, type ChangeEvent } from 'react';
import { t } from '../../utils/i18n/i18n';
import { loadSettings, type Settings } from '../../utils/settings/settings-store';
import {
  parseSettingsFile,
  serializeSettings,
  SETTINGS_FILE_NAME,
} from '../../utils/settings/settings-transfer';
import type { StatusMessage } from './use-settings';

/** Starts a download of `text` as `fileName`. */
function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked on a later task: the download has started by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Export every setting to a file, or import one; an import is checked whole before anything is written. */
export function TransferSettings({ replaceAll }: { replaceAll: (settings: Settings) => Promise<boolean> }) {
  const [result, setResult] = useState<StatusMessage>();
  const resultId = useId();

  const exportFile = async () => {
    download(serializeSettings((await loadSettings()).settings), SETTINGS_FILE_NAME);
    setResult({ text: t('options_exported', { file: SETTINGS_FILE_NAME }), tone: 'ok' });
  };

  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    // Cleared so choosing the same file again still imports it.
    input.value = '';
    const parsed = parseSettingsFile(await file.text());
    if (!parsed.ok) {
      setResult({
        text: t('options_import_refused', { file: file.name, error: parsed.error }),
        tone: 'error',
      });
      return;
    }
    const written = await replaceAll(parsed.settings);
    setResult(
      written
        ? { text: t('options_imported', { file: file.name }), tone: 'ok' }
        : { text: t('options_import_failed', { file: file.name }), tone: 'error' },
    );
  };

  return (
    <section className="card" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">{t('options_transfer_heading')}</h2>
      <p className="hint">{t('options_transfer_hint')}</p>
      <div className="inline-form">
        <button type="button" onClick={() => void exportFile()}>
          {t('options_export')}
        </button>
        <label className="file-button">
          {t('options_import')}
          <input
            type="file"
            accept=".json,application/json"
            aria-describedby={resultId}
            onChange={(e) => void importFile(e)}
          />
        </label>
      </div>
      <p
        id={resultId}
        className={result?.tone === 'error' ? 'error' : 'hint'}
        role={result?.tone === 'error' ? 'alert' : undefined}
      >
        {result?.text}
      </p>
    </section>
  );
}
