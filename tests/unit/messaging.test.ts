import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { createBackgroundRouter } from '../../utils/messaging/background-router';
import { isContentToBackground, isCountReport, isToContent } from '../../utils/messaging/protocol';

const context = { sentence: 'Iran', paragraph: 'Iran' };

describe('message guards', () => {
  it.each([
    [{ type: 'card-facts', topic: 'iran', context, related: ['russia'] }, true],
    [{ type: 'card-facts', topic: 'france', context, related: [] }, false],
    [{ type: 'card-facts', topic: 'iran', context: 'text', related: [] }, false],
    [{ type: 'card-facts', topic: 'iran', context, related: ['atlantis'] }, false],
    [{ type: 'card-facts', topic: 'iran', context }, false],
    [
      {
        type: 'card-facts',
        topic: 'iran',
        context: { sentence: 'x'.repeat(30_000), paragraph: '' },
        related: [],
      },
      false,
    ],
    [{ type: 'open-topic', topic: 'swift' }, true],
    // Counts come on their own port (isCountReport), never as a request.
    [{ type: 'mention-count', count: 3 }, false],
    [{ type: 'page-mentions' }, false],
    [{ type: 'ui-messages', locale: 'fa' }, true],
    [{ type: 'ui-messages', locale: 'xx' }, false],
    // A name every object inherits is not a message type.
    [{ type: 'toString' }, false],
    [{ type: 'constructor' }, false],
    [null, false],
    ['card-facts', false],
  ])('content to background: %j is %s', (msg, ok) => expect(isContentToBackground(msg)).toBe(ok));

  it.each([
    [{ type: 'page-mentions' }, true],
    [{ type: 'page-mentions', ids: true }, true],
    [{ type: 'page-mentions', ids: 'yes' }, false],
    [{ type: 'focus-mention', id: 2 }, true],
    [{ type: 'focus-mention', id: -1 }, false],
    [{ type: 'focus-mention', id: 'x' }, false],
    [{ type: 'step-mention', direction: 1 }, true],
    [{ type: 'step-mention', direction: 2 }, false],
    [{ type: 'bogus' }, false],
    [{ type: 'hasOwnProperty' }, false],
    [{ type: 'toggle-highlights' }, true],
    [{ type: 'page-info' }, true],
    [undefined, false],
  ])('to content: %j is %s', (msg, ok) => expect(isToContent(msg)).toBe(ok));

  it.each([
    [{ type: 'mention-count', count: 3 }, true],
    [{ type: 'mention-count', count: 0 }, true],
    [{ type: 'mention-count', count: -1 }, false],
    [{ type: 'mention-count', count: 1.5 }, false],
    [{ type: 'mention-count' }, false],
    [{ type: 'open-topic', topic: 'iran' }, false],
    [null, false],
  ])('count report: %j is %s', (msg, ok) => expect(isCountReport(msg)).toBe(ok));
});

describe('the background router', () => {
  // Only the id matters to the router; the rest of a Tab is the browser's business.
  const tab = { id: 7 } as Browser.tabs.Tab;
  const handlers = {
    'card-facts': vi.fn(async () => ({ topic: 'iran' }) as never),
    'card-soon': vi.fn(async () => ({ ok: true as const })),
    'open-topic': vi.fn(async () => ({ ok: true as const })),
    'ui-messages': vi.fn(async () => ({})),
  };
  const route = createBackgroundRouter('our-id', handlers);

  it('answers our own content scripts through sendResponse', async () => {
    const sendResponse = vi.fn();
    expect(route({ type: 'open-topic', topic: 'iran' }, { id: 'our-id', tab }, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: true }));
    expect(handlers['open-topic']).toHaveBeenCalledWith(
      { type: 'open-topic', topic: 'iran' },
      { id: 'our-id', tab },
    );
  });

  it.each([
    ['another extension', { type: 'open-topic', topic: 'iran' }, { id: 'other', tab }],
    ['a sender without a tab', { type: 'open-topic', topic: 'iran' }, { id: 'our-id' }],
    ['a malformed message', { type: 'open-topic', topic: 'atlantis' }, { id: 'our-id', tab }],
    ['an unknown message', { type: 'drop-database' }, { id: 'our-id', tab }],
  ])('ignores %s', (_label, msg, sender) => {
    const sendResponse = vi.fn();
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    expect(route(msg, sender, sendResponse)).toBe(false);
    expect(sendResponse).not.toHaveBeenCalled();
    expect(debug).toHaveBeenCalled();
    debug.mockRestore();
  });
});
