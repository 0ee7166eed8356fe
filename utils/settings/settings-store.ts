import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import type { Language } from '../../data/constants';
import { t, type MessageKey, type UiLanguage } from '../i18n/i18n';
import { lazy } from '../lazy';
import {
  DEFAULT_CARD_DELAY_MS,
  DEFAULT_HIGHLIGHT_AMOUNT,
  DEFAULT_ENABLED_TOPICS,
  DEFAULT_HIGHLIGHT_STYLES,
  DEFAULT_LANGUAGES,
  validateCardDelay,
  validateCorrections,
  validateDisabledSites,
  validateEnabledTopics,
  validateHighlightAmount,
  validateHighlightStyles,
  validateLanguages,
  validateUiLanguage,
  type Correction,
  type EnabledTopics,
  type HighlightAmount,
  type HighlightStyles,
} from './settings-schema';

/**
 * One typed storage item per setting. Preferences sync across the user's browsers; corrections stay local
 * because they can outgrow sync's per-item quota. Every read is validated: a stored value of the wrong shape
 * falls back to its default and is reported, never thrown.
 */
export interface SettingDef<T> {
  /** The catalog key of the setting's name, shown when its value is invalid or cannot be saved. */
  label: MessageKey;
  item: WxtStorageItem<T, Record<string, never>>;
  validate: (raw: unknown) => T | undefined;
}

function define<T>(
  key: `sync:${string}` | `local:${string}`,
  label: MessageKey,
  fallback: T,
  validate: (raw: unknown) => T | undefined,
): SettingDef<T> {
  // Defined on first use, so the content script's evaluation does not pay for every item.
  const item = lazy(() => storage.defineItem<T>(key, { fallback, version: 1 }));
  return {
    label,
    validate,
    get item() {
      return item();
    },
  };
}

export const settingDefs = {
  enabledTopics: define<EnabledTopics>(
    'sync:enabledTopics',
    'settings_label_enabled_topics',
    DEFAULT_ENABLED_TOPICS,
    validateEnabledTopics,
  ),
  disabledSites: define<string[]>(
    'sync:disabledSites',
    'settings_label_disabled_sites',
    [],
    validateDisabledSites,
  ),
  highlightStyles: define<HighlightStyles>(
    'sync:highlightStyles',
    'settings_label_highlight_styles',
    DEFAULT_HIGHLIGHT_STYLES,
    validateHighlightStyles,
  ),
  highlightAmount: define<HighlightAmount>(
    'sync:highlightAmount',
    'settings_label_highlight_amount',
    DEFAULT_HIGHLIGHT_AMOUNT,
    validateHighlightAmount,
  ),
  cardDelayMs: define<number>(
    'sync:cardDelayMs',
    'settings_label_card_delay',
    DEFAULT_CARD_DELAY_MS,
    validateCardDelay,
  ),
  languages: define<Language[]>(
    'sync:languages',
    'settings_label_languages',
    DEFAULT_LANGUAGES,
    validateLanguages,
  ),
  uiLanguage: define<UiLanguage>('sync:uiLanguage', 'settings_label_ui_language', 'auto', validateUiLanguage),
  corrections: define<Correction[]>(
    'local:corrections',
    'settings_label_corrections',
    [],
    validateCorrections,
  ),
} as const;

export type SettingKey = keyof typeof settingDefs;
export type Settings = { [K in SettingKey]: (typeof settingDefs)[K] extends SettingDef<infer T> ? T : never };

export interface LoadedSettings {
  settings: Settings;
  /** Keys whose stored value did not validate and were replaced by their default. */
  invalid: SettingKey[];
}

const keys = Object.keys(settingDefs) as SettingKey[];

/** A setting's name in the interface's language ("Card delay"). */
export const settingLabel = (key: SettingKey): string => t(settingDefs[key].label);

/** The definition of `key`, typed by its key (TypeScript cannot narrow the union of definitions itself). */
function defOf<K extends SettingKey>(key: K): SettingDef<Settings[K]> {
  return settingDefs[key] as unknown as SettingDef<Settings[K]>;
}

/** Reads one setting; a value that fails validation (or a failing storage area) yields the default. */
export async function readSetting<K extends SettingKey>(
  key: K,
): Promise<{ value: Settings[K]; valid: boolean }> {
  const def = defOf(key);
  try {
    const value = def.validate(await def.item.getValue());
    return value === undefined ? { value: def.item.fallback, valid: false } : { value, valid: true };
  } catch {
    return { value: def.item.fallback, valid: false };
  }
}

/** Reads every setting at once. */
export async function loadSettings(): Promise<LoadedSettings> {
  const results = await Promise.all(keys.map((k) => readSetting(k)));
  const settings = Object.fromEntries(keys.map((k, i) => [k, results[i]!.value])) as Settings;
  return { settings, invalid: keys.filter((_, i) => !results[i]!.valid) };
}

/** `value` as it will be stored for `key`; throws on a malformed one so no bad state is ever stored. */
function checked<K extends SettingKey>(key: K, value: Settings[K]): Settings[K] {
  const def = defOf(key);
  const valid = def.validate(value);
  // For developers only: the options page says which setting failed in the reader's words.
  if (valid === undefined) throw new Error(`Invalid value for the setting ${key}`);
  return valid;
}

/** Writes one setting after validating it. */
export async function writeSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
  await defOf(key).item.setValue(checked(key, value));
}

/**
 * Writes every setting at once: all are validated before anything is written, and each storage area gets
 * one write, so a watcher (an open options page, every tab's content script) never sees a half-applied set.
 */
export async function writeSettings(settings: Settings): Promise<void> {
  const writes = keys.map((key) => ({ item: settingDefs[key].item, value: checked(key, settings[key]) }));
  await storage.setItems(writes);
}

/**
 * Calls `onChange` with the full, validated settings whenever any of them changes. Returns an unwatch. A write
 * of several settings (an import, a reset) notifies each one's watcher in the same task: they share one read
 * and one call, so every open tab applies the set once.
 */
export function watchSettings(onChange: (loaded: LoadedSettings) => void): () => void {
  let queued = false;
  const changed = () => {
    if (queued) return;
    queued = true;
    void Promise.resolve()
      .then(() => {
        queued = false;
        return loadSettings();
      })
      .then(onChange);
  };
  const unwatchers = keys.map((k) => settingDefs[k].item.watch(changed));
  return () => unwatchers.forEach((u) => u());
}

/** Restores every setting to its default. */
export async function resetSettings(): Promise<void> {
  // One removal per storage area, for the same reason as `writeSettings`.
  await storage.removeItems(keys.map((k) => settingDefs[k].item));
}
