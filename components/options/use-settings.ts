import { useCallback, useEffect, useRef, useState } from 'react';
import { t } from '../../utils/i18n/i18n';
import {
  loadSettings,
  resetSettings,
  settingLabel,
  watchSettings,
  writeSetting,
  writeSettings,
  type SettingKey,
  type Settings,
} from '../../utils/settings/settings-store';

export interface StatusMessage {
  text: string;
  tone: 'ok' | 'error';
}

export type SaveSetting = <K extends SettingKey>(key: K, value: Settings[K]) => Promise<boolean>;

export interface OptionsSettings {
  settings: Settings | undefined;
  /** Settings whose stored value was invalid when the page opened and were reset to their defaults. */
  resetOnLoad: SettingKey[];
  status: StatusMessage | undefined;
  save: SaveSetting;
  /** Writes every setting (an import); the values must already be validated. */
  replaceAll: (settings: Settings) => Promise<boolean>;
  resetAll: () => Promise<boolean>;
  announce: (status: StatusMessage) => void;
}

const STATUS_MS = 4000;

/** A status kept as the way to word it, so a change of interface language rewords it while it shows. */
interface ShownStatus {
  words: () => string;
  tone: StatusMessage['tone'];
}

/** Settings for the options page: loaded once, kept live from storage, saved with a "Saved" status. */
export function useSettings(): OptionsSettings {
  const [settings, setSettings] = useState<Settings>();
  const [resetOnLoad, setResetOnLoad] = useState<SettingKey[]>([]);
  const [shown, setShown] = useState<ShownStatus>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const show = useCallback((words: () => string, tone: StatusMessage['tone']) => {
    setShown({ words, tone });
    clearTimeout(timer.current);
    // Cleared after a while so the next "Saved" is announced again.
    timer.current = setTimeout(() => setShown(undefined), STATUS_MS);
  }, []);
  const announce = useCallback((next: StatusMessage) => show(() => next.text, next.tone), [show]);
  const saved = useCallback(() => show(() => t('options_saved'), 'ok'), [show]);

  useEffect(() => {
    let live = true;
    void loadSettings().then(async ({ settings: loaded, invalid }) => {
      if (!live) return;
      setSettings(loaded);
      setResetOnLoad(invalid);
      // Store the defaults in place of the bad values, so the reset is real and the notice shows once.
      await Promise.all(invalid.map((k) => writeSetting(k, loaded[k]).catch(() => undefined)));
    });
    const unwatch = watchSettings(({ settings: latest }) => live && setSettings(latest));
    return () => {
      live = false;
      unwatch();
      clearTimeout(timer.current);
    };
  }, []);

  const save: SaveSetting = useCallback(
    async (key, value) => {
      setSettings((s) => (s ? { ...s, [key]: value } : s));
      try {
        await writeSetting(key, value);
        saved();
        return true;
      } catch {
        show(() => t('options_save_failed', { setting: settingLabel(key) }), 'error');
        void loadSettings().then(({ settings: stored }) => setSettings(stored));
        return false;
      }
    },
    [saved, show],
  );

  const replaceAll = useCallback(
    async (next: Settings) => {
      try {
        await writeSettings(next);
        setSettings(next);
        saved();
        return true;
      } catch {
        void loadSettings().then(({ settings: stored }) => setSettings(stored));
        return false;
      }
    },
    [saved],
  );

  const resetAll = useCallback(async () => {
    try {
      await resetSettings();
      setSettings((await loadSettings()).settings);
      saved();
      return true;
    } catch {
      return false;
    }
  }, [saved]);

  const status = shown && { text: shown.words(), tone: shown.tone };
  return { settings, resetOnLoad, status, save, replaceAll, resetAll, announce };
}
