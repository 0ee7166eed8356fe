import { t } from '../i18n/i18n';
import { settingDefs, settingLabel, type SettingKey, type Settings } from './settings-store';

/**
 * Settings export and import as a JSON file. Pure: nothing here reads or writes storage. An import is
 * checked field by field with the same validators storage reads use, and refused whole on any problem, so
 * a bad file can never leave the settings half written.
 */

export const SETTINGS_FILE_FORMAT = 'backstory-settings';
export const SETTINGS_FILE_VERSION = 1;
export const SETTINGS_FILE_NAME = 'backstory-settings.json';

export type ParsedSettingsFile = { ok: true; settings: Settings } | { ok: false; error: string };

const KEYS = Object.keys(settingDefs) as SettingKey[];
/** Settings added after files of this version were first written: an older file lacks them, and gets their default. */
const ADDED_LATER: ReadonlySet<SettingKey> = new Set<SettingKey>(['highlightAmount', 'uiLanguage']);

/** The file's text for `settings`: every setting, corrections included, with the format and version. */
export function serializeSettings(settings: Settings): string {
  const file = { format: SETTINGS_FILE_FORMAT, version: SETTINGS_FILE_VERSION, ...pick(settings) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function pick(settings: Settings): Settings {
  // Only known keys, in a fixed order, so an export never carries stray state.
  return Object.fromEntries(KEYS.map((k) => [k, settings[k]])) as Settings;
}

/** Parses and validates a settings file; on any problem returns a message naming it (in the reader's language). */
export function parseSettingsFile(text: string): ParsedSettingsFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: t('settings_file_not_json') };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: t('settings_file_not_object') };
  }
  const file = raw as Record<string, unknown>;
  if (file.format !== SETTINGS_FILE_FORMAT) {
    return { ok: false, error: t('settings_file_wrong_format', { format: SETTINGS_FILE_FORMAT }) };
  }
  if (file.version !== SETTINGS_FILE_VERSION) {
    // As written in the file (it may be text); a dash when the file has none.
    const version = JSON.stringify(file.version) ?? '—';
    return {
      ok: false,
      error: t('settings_file_wrong_version', { version, supported: SETTINGS_FILE_VERSION }),
    };
  }
  const settings: Partial<Record<SettingKey, unknown>> = {};
  for (const key of KEYS) {
    const def = settingDefs[key];
    const names = { setting: settingLabel(key), key };
    if (!(key in file)) {
      if (ADDED_LATER.has(key)) {
        settings[key] = def.item.fallback;
        continue;
      }
      return { ok: false, error: t('settings_file_missing', names) };
    }
    const value: unknown = def.validate(file[key]);
    if (value === undefined) return { ok: false, error: t('settings_file_invalid', names) };
    settings[key] = value;
  }
  return { ok: true, settings: settings as Settings };
}
