import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchWithExtension, type LaunchedExtension } from '../../../scripts/launch.mjs';

export interface ExtensionBrowser extends LaunchedExtension {
  close: () => Promise<void>;
}

/** Chromium with the built extension, a fresh profile, and every outside request recorded and aborted. */
export async function startBrowser(
  options: { colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } } = {},
): Promise<ExtensionBrowser> {
  const launched = await launchWithExtension(options);
  return {
    ...launched,
    close: async () => {
      await launched.context.close();
      rmSync(launched.profile, { recursive: true, force: true });
    },
  };
}

/** Opens an extension page (popup.html, options.html) as an ordinary tab. */
export async function openExtensionPage(ext: ExtensionBrowser, path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
  return page;
}
