import { storage } from 'wxt/utils/storage';

/** The welcome page, inside the extension (entrypoints/welcome/). */
export const WELCOME_PATH = '/welcome.html' as const;

/**
 * Whether the welcome page has been opened in this browser profile. The install reason alone is not enough:
 * Chromium reports an unpacked extension loaded from its command line as installed afresh at every start
 * (seen with `--load-extension`), while the extension's storage stays.
 */
const welcomeOpened = storage.defineItem<boolean>('local:welcomeOpened', { fallback: false });

/** Why the browser says the extension was installed (`runtime.OnInstalledReason`). */
export interface InstallDetails {
  reason: string;
}

/** True only for a first install: an update of the extension or of the browser opens nothing. */
export function opensWelcome({ reason }: InstallDetails): boolean {
  return reason === 'install';
}

export interface WelcomeTab {
  /** Opens a tab at a full address (`tabs.create`). */
  openTab: (url: string) => Promise<unknown>;
  /** The full address of an extension path (`runtime.getURL`). */
  urlOf: (path: typeof WELCOME_PATH) => string;
}

/**
 * The `runtime.onInstalled` listener: opens the welcome page in a new tab on a first install, once per
 * profile. A storage failure does not keep the page from a real first install.
 */
export function welcomeOnInstall({ openTab, urlOf }: WelcomeTab): (details: InstallDetails) => Promise<void> {
  return async (details) => {
    if (!opensWelcome(details)) return;
    if (await welcomeOpened.getValue().catch(() => false)) return;
    await welcomeOpened.setValue(true).catch(() => undefined);
    await openTab(urlOf(WELCOME_PATH)).catch((error: unknown) => {
      console.warn('Backstory: could not open the welcome page', error);
    });
  };
}
