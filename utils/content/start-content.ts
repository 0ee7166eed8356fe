import { browser } from 'wxt/browser';
import type { ToContent } from '../messaging/protocol';
import { loadSettings, watchSettings } from '../settings/settings-store';
import { createPageScan } from './content-app';
import { wireInteractions, type SendToBackground } from './interactions';
import type { ExtensionLife } from './lifecycle';

/** Answers one message from the popup or the worker. */
export type ContentHandler = (msg: ToContent) => Promise<unknown>;

/** Reads settings, scans the page and wires hover, keys and messages; returns the message handler. */
export function startContent(life: ExtensionLife): ContentHandler {
  const { signal } = life;
  const send: SendToBackground = (msg) =>
    life.alive() ? browser.runtime.sendMessage(msg) : Promise.reject(new Error('extension gone'));
  const scan = createPageScan({
    doc: document,
    signal,
    reportCount: (count) => void send({ type: 'mention-count', count }).catch(() => undefined),
  });
  const ready = loadSettings().then((loaded) => scan.apply(loaded));
  void ready.then(() => scan.startWhenIdle());
  const unwatch = watchSettings((loaded) => life.alive() && scan.apply(loaded));
  signal.addEventListener('abort', () => {
    try {
      unwatch();
    } catch {
      // The extension is gone; its storage listeners went with it.
    }
  });
  return wireInteractions({ doc: document, signal, scan, send, ready, alive: life.alive }).handle;
}
