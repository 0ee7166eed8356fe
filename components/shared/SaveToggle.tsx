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
      aria-label="Save"
      aria-pressed={saved}
      title={
        disabled
          ? 'Saving needs the local database, which is unavailable'
          : saved
            ? 'Saved: press to remove'
            : 'Save for later'
      }
      disabled={disabled}
      onClick={onToggle}
    >
      <span aria-hidden="true">{saved ? '★' : '☆'}</span>
    </button>
  );
}
