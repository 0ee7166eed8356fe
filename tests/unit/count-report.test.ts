import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { countReporter } from '../../utils/content/count-report';
import type { ExtensionLife } from '../../utils/content/lifecycle';
import { followCountReports } from '../../utils/tabs/tab-actions';

type Port = Browser.runtime.Port;

/** Both ends of a port: what the page posts reaches the worker's listeners; either side can close it. */
function fakePort(name: string, sender: Browser.runtime.MessageSender) {
  const onMessage: ((msg: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  let open = true;
  const port = {
    name,
    sender,
    postMessage: (msg: unknown) => {
      if (!open) throw new Error('Attempting to use a disconnected port object');
      onMessage.forEach((f) => f(msg));
    },
    disconnect: () => undefined,
    onMessage: { addListener: (f: (msg: unknown) => void) => onMessage.push(f) },
    onDisconnect: { addListener: (f: () => void) => onDisconnect.push(f) },
  } as unknown as Port;
  const close = () => {
    open = false;
    onDisconnect.forEach((f) => f());
  };
  return { port, close };
}

const life = (alive = true) => ({ alive: () => alive }) as unknown as ExtensionLife;

describe('the page’s count report', () => {
  it('opens one port and posts each count on it', () => {
    const posted: unknown[] = [];
    const connect = vi.fn((name: string) => {
      const { port } = fakePort(name, {});
      port.onMessage.addListener((msg: unknown) => posted.push(msg));
      return port;
    });
    const report = countReporter(life(), connect);
    report(2);
    report(3);
    expect(connect).toHaveBeenCalledTimes(1);
    expect(connect).toHaveBeenCalledWith('mention-count');
    expect(posted).toEqual([
      { type: 'mention-count', count: 2 },
      { type: 'mention-count', count: 3 },
    ]);
  });

  it('opens a new port once the worker dropped the old one', () => {
    const ends: ReturnType<typeof fakePort>[] = [];
    const report = countReporter(life(), (name) => {
      ends.push(fakePort(name, {}));
      return ends.at(-1)!.port;
    });
    report(1);
    ends[0]!.close();
    report(2);
    expect(ends).toHaveLength(2);
  });

  it('sends nothing once the extension is gone', () => {
    const connect = vi.fn((name: string) => fakePort(name, {}).port);
    countReporter(life(false), connect)(4);
    expect(connect).not.toHaveBeenCalled();
  });
});

describe('the toolbar badge, fed by the pages’ ports', () => {
  const tab = { id: 7 } as Browser.tabs.Tab;
  const page = () => fakePort('mention-count', { id: fakeBrowser.runtime.id, tab });
  let badge: string | undefined;
  beforeEach(() => {
    badge = undefined;
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockImplementation(async ({ text }) => {
      badge = text ?? undefined;
    });
    vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.action, 'setPopup').mockResolvedValue(undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows the count a page reports, and takes it off when the page goes', async () => {
    const { port, close } = page();
    followCountReports(port, fakeBrowser.runtime.id);
    port.postMessage({ type: 'mention-count', count: 12 });
    await vi.waitFor(() => expect(badge).toBe('12'));
    close();
    await vi.waitFor(() => expect(badge).toBe(''));
  });

  it('gives the tab back the count of the page still there when an older one goes', async () => {
    const old = page();
    const current = page();
    followCountReports(old.port, fakeBrowser.runtime.id);
    followCountReports(current.port, fakeBrowser.runtime.id);
    current.port.postMessage({ type: 'mention-count', count: 5 });
    // The old page's last report, arriving late, then its disconnect.
    old.port.postMessage({ type: 'mention-count', count: 40 });
    await vi.waitFor(() => expect(badge).toBe('40'));
    old.close();
    await vi.waitFor(() => expect(badge).toBe('5'));
  });

  it('ignores malformed reports and other extensions’ ports', async () => {
    const { port } = page();
    followCountReports(port, fakeBrowser.runtime.id);
    port.postMessage({ type: 'mention-count', count: 'lots' });
    const stranger = fakePort('mention-count', { id: 'another-extension', tab });
    followCountReports(stranger.port, fakeBrowser.runtime.id);
    stranger.port.postMessage({ type: 'mention-count', count: 9 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(badge).toBeUndefined();
  });
});
