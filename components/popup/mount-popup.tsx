import { extensionBase } from '../../utils/db/bundled-base';
import { t, uiLocale } from '../../utils/i18n/i18n';
import type { PopupAddress } from '../../utils/tabs/popup-url';
import { mountPage } from '../shared/mount-page';
import type { PageLink } from './page-link';
import { PopupApp, type PopupAppProps } from './PopupApp';

/** What the popup page starts from: its address, and the link to the tab under it. */
export interface PopupStart extends Partial<PopupAppProps> {
  address: PopupAddress;
  pageLink: PageLink;
}

/**
 * Shows the popup for its address in the interface language the reader chose, right to left where that
 * language is written so (see mount-page.tsx). Everything else the popup needs comes with the extension;
 * `rest` replaces any of it (tests hand in their own database). Returns a function that takes the popup down.
 */
export function mountPopup(
  container: HTMLElement,
  { address, pageLink, ...rest }: PopupStart,
  doc: Document = document,
): Promise<() => void> {
  const bundle = extensionBase();
  return mountPage(
    container,
    {
      title: () => t('ext_name'),
      // Keyed by language: the popup's views are memoised, so only a new tree reaches all of them.
      render: () => (
        <PopupApp
          key={uiLocale()}
          bundle={bundle}
          pageLink={pageLink}
          reportedMentions={address.report?.mentions}
          initialTopic={address.topic}
          layout={address.topic === undefined && address.tab === undefined ? 'popup' : 'tab'}
          {...rest}
        />
      ),
    },
    doc,
  );
}
