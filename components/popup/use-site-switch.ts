import { useCallback, useEffect, useMemo, useState } from 'react';
import { t } from '../../utils/i18n/i18n';
import { readSetting, watchSettings, writeSetting } from '../../utils/settings/settings-store';

export interface SiteSwitchState {
  /** undefined until the setting has been read. */
  enabled: boolean | undefined;
  setEnabled: (on: boolean) => Promise<void>;
  error: string | undefined;
}

/** Whether Backstory highlights on `site`, stored in `disabledSites`; the content script reacts at once. */
export function useSiteSwitch(site: string | undefined): SiteSwitchState {
  const [sites, setSites] = useState<readonly string[]>();
  const [error, setError] = useState<string>();

  // Read only once the tab has a site. Reading defines and migrates every setting item and wakes the
  // browser's storage bindings (several milliseconds of main thread before the opening view could paint),
  // which a popup over a browser page, an extension page or a tab still unknown has no use for.
  const hasSite = site !== undefined;
  useEffect(() => {
    if (!hasSite) return;
    let live = true;
    void readSetting('disabledSites').then(({ value }) => live && setSites(value));
    const unwatch = watchSettings(({ settings }) => live && setSites(settings.disabledSites));
    return () => {
      live = false;
      unwatch();
    };
  }, [hasSite]);

  const setEnabled = useCallback(
    async (on: boolean) => {
      if (site === undefined) return;
      // Read afresh: the options page may have changed the list since the popup opened.
      const { value: current } = await readSetting('disabledSites');
      const next = on ? current.filter((s) => s !== site) : [...current.filter((s) => s !== site), site];
      setSites(next);
      try {
        await writeSetting('disabledSites', next);
        setError(undefined);
      } catch {
        setSites(current);
        setError(t('popup_site_save_failed'));
      }
    },
    [site],
  );

  const enabled = sites === undefined || site === undefined ? undefined : !sites.includes(site);
  // One object per change: the switch it goes to is memoised and skips re-rendering while the reader types.
  return useMemo(() => ({ enabled, setEnabled, error }), [enabled, setEnabled, error]);
}
