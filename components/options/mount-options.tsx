import { t } from '../../utils/i18n/i18n';
import { mountPage } from '../shared/mount-page';
import { OptionsApp, type OptionsAppProps } from './OptionsApp';

/**
 * Shows the options in the interface language the reader chose, and again in a new one whenever that
 * setting changes (see mount-page.tsx), keeping what the page holds (a half-typed site, an import's result).
 * Returns a function that takes the page down.
 */
export function mountOptions(
  container: HTMLElement,
  props: OptionsAppProps,
  doc: Document = document,
): Promise<() => void> {
  return mountPage(
    container,
    { title: () => t('options_title'), render: () => <OptionsApp {...props} /> },
    doc,
  );
}
