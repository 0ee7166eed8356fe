import './copy.css';
import { t } from '../../utils/i18n/i18n';
import type { CopyOutcome } from './use-copy';

/**
 * What a copy control shows for a moment after it was used. Hidden from screen readers: they hear the same
 * through the page's live region (Announcer), once.
 */
export function CopyFeedback({ outcome }: { outcome: CopyOutcome<string> | undefined }) {
  if (!outcome) return null;
  return (
    <span className={`copy-feedback copy-feedback--${outcome.ok ? 'copied' : 'failed'}`} aria-hidden="true">
      {outcome.ok ? t('popup_copied_feedback') : t('popup_copy_failed')}
    </span>
  );
}
