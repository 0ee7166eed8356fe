import type { Browser } from 'wxt/browser';
import {
  isContentToBackground,
  type ContentToBackground,
  type ContentToBackgroundResponses,
} from './protocol';

type Sender = Browser.runtime.MessageSender;
type Handlers = {
  [K in ContentToBackground['type']]: (
    msg: Extract<ContentToBackground, { type: K }>,
    sender: Sender & { tab: Browser.tabs.Tab },
  ) => Promise<ContentToBackgroundResponses[K]>;
};

/**
 * Builds the background's `runtime.onMessage` listener. Only our own content scripts (same extension id,
 * sent from a tab) with well-formed messages are answered; anything else is ignored and logged at debug level.
 * It answers through `sendResponse` and returns true, which every browser (and the test fake) supports.
 */
export function createBackgroundRouter(extensionId: string, handlers: Handlers) {
  return (message: unknown, sender: Sender, sendResponse: (response: unknown) => void): boolean => {
    if (sender.id !== extensionId || !sender.tab || !isContentToBackground(message)) {
      console.debug('Backstory: ignored a message', { from: sender.id, url: sender.url });
      return false;
    }
    const handler = handlers[message.type] as (m: ContentToBackground, s: Sender) => Promise<unknown>;
    handler(message, sender).then(sendResponse, (error: unknown) => {
      console.warn('Backstory: a request failed', message.type, error);
      sendResponse(undefined);
    });
    return true;
  };
}
