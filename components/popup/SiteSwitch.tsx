import { memo, useId } from 'react';
import { t } from '../../utils/i18n/i18n';
import type { SiteSwitchState } from './use-site-switch';

/** "Highlight on this site": switches Backstory off and on for the current tab's host. */
export const SiteSwitch = memo(function SiteSwitch({
  site,
  state,
  onChanged,
}: {
  site: string;
  state: SiteSwitchState;
  onChanged: () => void;
}) {
  const { enabled, setEnabled, error } = state;
  const hostId = useId();
  return (
    <div className="site-switch">
      <label className="switch">
        <input
          type="checkbox"
          checked={enabled ?? true}
          disabled={enabled === undefined}
          aria-describedby={hostId}
          onChange={(e) => void setEnabled(e.currentTarget.checked).then(onChanged)}
        />
        <span className="switch__track" aria-hidden="true" />
        {t('popup_site_switch')}
      </label>
      {/* A host name reads left to right, also in a right-to-left popup. */}
      <span id={hostId} className="site-switch__host" dir="ltr">
        {site}
      </span>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
});
