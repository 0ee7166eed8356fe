import type { BrowserContext, Worker } from 'playwright-core';
export const EXTENSION_DIR: string;
export const QUIET_BROWSER_ARGS: string[];
export const OFFLINE_BROWSER_ARGS: string[];
export interface LaunchedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every request that left for anywhere but 127.0.0.1 (each was aborted); empty unless intercepted. */
  outsideRequests: string[];
  profile: string;
}
export function launchWithExtension(options?: {
  headless?: boolean;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** Phone emulation: a touch screen and a mobile viewport. */
  device?: { hasTouch?: boolean; isMobile?: boolean };
  extraArgs?: string[];
  profile?: string;
  interceptOutside?: boolean;
  extensionDir?: string;
  /**
   * Leave open the welcome tab the extension opens on a first install. By default it is closed, and on a fresh
   * profile the launch resolves only once it is.
   */
  welcome?: boolean;
  /** Added to the browser's environment, e.g. the DISPLAY of a virtual screen for a headed browser. */
  env?: Record<string, string>;
}): Promise<LaunchedExtension>;
/** True when the unpacked extension in `extensionDir` has a welcome page to open on a first install. */
export function hasWelcomePage(extensionDir: string): boolean;
/**
 * Closes the welcome tab of an extension in `context` as soon as the browser opens it; with `expectTab`,
 * resolves once it has closed it (or after a long wait), else at once.
 */
export function closeWelcomeTabs(context: BrowserContext, options?: { expectTab?: boolean }): Promise<void>;
