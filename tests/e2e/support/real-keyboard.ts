import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * A virtual screen (Xvfb) for a headed browser, and key presses sent through it as a keyboard sends them.
 * The extension's shortcuts are browser commands, which only keys from the window system reach: the DevTools
 * protocol's keys (`page.keyboard`) go straight to the page, and a headless browser has no window system.
 */
export interface RealKeyboard {
  /** Give this to the browser's launch (`env`), which must be headed. */
  env: { DISPLAY: string };
  /** Presses a combination such as 'Alt+Shift+K' in the browser's focused window. */
  press(keys: string): Promise<void>;
  close(): void;
}

const MISSING =
  'The shortcut tests press real keys on a virtual screen: install Xvfb and xdotool (Debian: apt-get install -y xvfb xdotool).';

/** Starts a screen of its own, so that tests running side by side never type into each other's browser. */
export async function startRealKeyboard(): Promise<RealKeyboard> {
  // -displayfd: the server picks a free display number and writes it to the given descriptor when ready.
  const server = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const display = await new Promise<string>((resolve, reject) => {
    let written = '';
    server.stdio[3]!.on('data', (chunk: Buffer) => {
      written += chunk.toString();
      if (written.includes('\n')) resolve(`:${written.trim()}`);
    });
    server.on('error', (error) => reject(new Error(`${MISSING} (${error.message})`)));
    server.on('exit', (code) => reject(new Error(`Xvfb stopped before its screen was ready (exit ${code})`)));
  });
  const env = { DISPLAY: display };
  const xdotool = (...args: string[]) =>
    run('xdotool', args, { env: { ...process.env, ...env } }).catch((error: Error) => {
      throw new Error(/ENOENT/.test(error.message) ? MISSING : error.message);
    });
  return {
    env,
    async press(keys) {
      // The browser's one window takes the keyboard first (there is no window manager to give it).
      await xdotool('search', '--onlyvisible', '--class', 'chrom', 'windowfocus', '--sync');
      await xdotool('key', '--clearmodifiers', keys.toLowerCase());
    },
    close: () => server.kill(),
  };
}
