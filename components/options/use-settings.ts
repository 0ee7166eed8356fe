import { useCallback, useEffect, useRef, useState } from 'react';
import {
  loadSettings,
  resetSettings,
  settingDefs,
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

/** Settings for the options page: loaded once, kept live from storage, saved with a "Saved" status. */
export function useSettings(): OptionsSettings {
  const [settings, setSettings] = useState<Settings>();
  const [resetOnLoad, setResetOnLoad] = useState<SettingKey[]>([]);
  const [status, setStatus] = useState<StatusMessage>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const announce = useCallback((next: StatusMessage) => {
    setStatus(next);
    clearTimeout(timer.current);
    // Cleared after a while so the next "Saved" is announced again.
    timer.current = setTimeout(() => setStatus(undefined), STATUS_MS);
  }, []);

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
        announce({ text: 'Saved', tone: 'ok' });
        return true;
      } catch {
        announce({ text: `Could not save ${settingDefs[key].label}.`, tone: 'error' });
        void loadSettings().then(({ settings: stored }) => setSettings(stored));
        return false;
      }
    },
    [announce],
  );

  const replaceAll = useCallback(
    async (next: Settings) => {
      try {
        await writeSettings(next);
        setSettings(next);
        announce({ text: 'Saved', tone: 'ok' });
        return true;
      } catch {
        void loadSettings().then(({ settings: stored }) => setSettings(stored));
        return false;
      }
    },
    [announce],
  );

  const resetAll = useCallback(async () => {
    try {
      await resetSettings();
      setSettings((await loadSettings()).settings);
      announce({ text: 'Saved', tone: 'ok' });
      return true;
    } catch {
      return false;
    }
  }, [announce]);

  return { settings, resetOnLoad, status, save, replaceAll, resetAll, announce };
}
