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
  extraArgs?: string[];
  profile?: string;
  interceptOutside?: boolean;
  extensionDir?: string;
}): Promise<LaunchedExtension>;
