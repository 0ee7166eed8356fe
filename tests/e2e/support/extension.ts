import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type LaunchedExtension } from '../../../scripts/launch.mjs';
import type { StaticServer } from '../../../scripts/static-server.mjs';
import { servePages } from './pages';
import { startRealKeyboard, type RealKeyboard } from './real-keyboard';

export interface ExtensionBrowser extends LaunchedExtension {
  /** Presses a shortcut with a real keyboard (only when started with `realKeyboard`). */
  pressShortcut: (keys: string) => Promise<void>;
  close: () => Promise<void>;
}

/** Chromium with the built extension, a fresh profile, and every outside request recorded and aborted. */
export async function startBrowser(
  options: {
    colorScheme?: 'light' | 'dark';
    viewport?: { width: number; height: number };
    device?: { hasTouch?: boolean; isMobile?: boolean };
    /** More browser flags, e.g. `--lang=fa` for a browser speaking Persian. */
    extraArgs?: string[];
    /** A headed browser on a virtual screen of its own, for the shortcuts (see real-keyboard.ts). */
    realKeyboard?: boolean;
  } = {},
): Promise<ExtensionBrowser> {
  const { realKeyboard, ...launch } = options;
  const keyboard: RealKeyboard | undefined = realKeyboard ? await startRealKeyboard() : undefined;
  const launched = await launchWithExtension(
    keyboard ? { ...launch, headless: false, env: keyboard.env } : launch,
  ).catch((error: unknown) => {
    keyboard?.close();
    throw error;
  });
  return {
    ...launched,
    pressShortcut: async (keys) => {
      if (!keyboard) throw new Error('This browser was started without a real keyboard (realKeyboard: true)');
      await keyboard.press(keys);
    },
    close: async () => {
      await launched.context.close();
      keyboard?.close();
      rmSync(launched.profile, { recursive: true, force: true });
    },
  };
}

/**
 * The extension browser and the test pages' server for the tests of one file: started before them, closed
 * after them. The fields are set once the file's `beforeAll` hooks have run.
 */
export function browserWithPages(options?: Parameters<typeof startBrowser>[0]): {
  ext: ExtensionBrowser;
  server: StaticServer;
} {
  const session = {} as { ext: ExtensionBrowser; server: StaticServer };
  beforeAll(async () => {
    session.server = await servePages();
    session.ext = await startBrowser(options);
  });
  afterAll(async () => {
    await session.ext?.close();
    await session.server?.close();
  });
  return session;
}

/** Opens an extension page (popup.html, options.html) as an ordinary tab. */
export async function openExtensionPage(ext: ExtensionBrowser, path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
  return page;
}

// The real toolbar popup, as a click on the icon opens it (shared with the benchmark).
export { openToolbarPopup } from '../../../scripts/toolbar-popup.mjs';
