import { t } from '../../utils/i18n/i18n';

/** The star that saves a fact for later. Its name stays "Save"; aria-pressed tells whether it is saved. */
export function SaveToggle({
  saved,
  disabled,
  onToggle,
}: {
  saved: boolean;
  disabled?: boolean;
  onToggle: () => void;
}) {
  return (
    <button
      type="button"
      className="save-toggle"
      aria-label={t('popup_save')}
      aria-pressed={saved}
      title={t(disabled ? 'popup_save_unavailable' : saved ? 'popup_saved_hint' : 'popup_save_hint')}
      disabled={disabled}
      onClick={onToggle}
    >
      <span aria-hidden="true">{saved ? '★' : '☆'}</span>
    </button>
  );
}
