import { settingDefs, type SettingKey } from '../../utils/settings/settings-store';

/** Names the settings whose stored value was not valid and fell back to its default. */
export function InvalidSettingsNotice({ keys }: { keys: readonly SettingKey[] }) {
  if (keys.length === 0) return null;
  const names = keys.map((k) => settingDefs[k].label).join(', ');
  return (
    <div className="notice" role="alert">
      <p>
        Some stored settings were not valid, so they were reset to their defaults: <strong>{names}</strong>.
        Check them below.
      </p>
    </div>
  );
}
