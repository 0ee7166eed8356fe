import { t, uiLocale } from '../../utils/i18n/i18n';
import { settingLabel, type SettingKey } from '../../utils/settings/settings-store';
import { withElements } from '../shared/with-elements';

/** Names the settings whose stored value was not valid and fell back to its default. */
export function InvalidSettingsNotice({ keys }: { keys: readonly SettingKey[] }) {
  if (keys.length === 0) return null;
  // A plain list ("Topics, Card delay"), with the separators of the interface's language.
  const names = new Intl.ListFormat(uiLocale(), { type: 'unit', style: 'short' }).format(
    keys.map(settingLabel),
  );
  return (
    <div className="notice" role="alert">
      <p>{withElements(t('options_invalid_notice'), { settings: <strong>{names}</strong> })}</p>
    </div>
  );
}
