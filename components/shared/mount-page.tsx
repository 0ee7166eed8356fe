import { StrictMode, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { prepareExtensionPage } from '../../utils/i18n/choose';
import { settingDefs } from '../../utils/settings/settings-store';

/** What an extension page shows, asked again whenever the interface's language changes. */
export interface PageContent {
  /** The document's title (its browser tab), in the interface's language. */
  title: () => string;
  /** The page's tree. */
  render: () => ReactNode;
}

/**
 * Shows an extension page (popup, options, welcome) in the interface language the reader chose, with the
 * document's `lang` and `dir`, and again in a new one whenever that setting changes: from the options, another
 * window, an import or a reset. No reload: React keeps what the page holds. Returns a function that takes the
 * page down.
 */
export async function mountPage(
  container: HTMLElement,
  { title, render }: PageContent,
  doc: Document = document,
): Promise<() => void> {
  await prepareExtensionPage(doc);
  const root = createRoot(container);
  const show = () => {
    doc.title = title();
    root.render(<StrictMode>{render()}</StrictMode>);
  };
  // The first view renders in this task, not in one React would schedule after it: the toolbar popup is
  // shown once its page has painted, so every task before that frame delays it.
  flushSync(show);
  // One change at a time, each reading the setting anew, so quick changes end in the last one's language;
  // one that fails leaves the page as it is and the next still applies.
  let applying = Promise.resolve();
  const unwatch = settingDefs.uiLanguage.item.watch(() => {
    applying = applying
      .then(() => prepareExtensionPage(doc))
      .then(show)
      .catch(() => undefined);
  });
  return () => {
    unwatch();
    root.unmount();
  };
}
