// The real toolbar popup, opened by the extension (`action.openPopup`) as a click on its icon would. The driver
// does not list toolbar popups among its pages, so the popup is found and driven through the browser's
// DevTools protocol, by messages to its target.

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Opens the toolbar popup over the active tab; resolves to { url, evaluate(expression), close() } once its
 * page exists. `evaluate` returns the expression's value (awaited when it is a promise).
 */
export async function openToolbarPopup({ context, worker, extensionId }) {
  const browser = context.browser();
  if (!browser) throw new Error('No browser to open the toolbar popup in');
  const cdp = await browser.newBrowserCDPSession();
  await worker.evaluate(() => chrome.action.openPopup());
  const prefix = `chrome-extension://${extensionId}/popup.html`;
  let target;
  for (let i = 0; i < 200 && !target; i++) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    target = targetInfos.find((t) => t.type === 'page' && t.url.startsWith(prefix));
    if (!target) await sleep(25);
  }
  if (!target) {
    await cdp.detach().catch(() => undefined);
    throw new Error('The toolbar popup did not open');
  }
  const { sessionId } = await cdp.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  });
  let nextId = 0;
  const evaluate = async (expression) => {
    const id = ++nextId;
    const reply = new Promise((resolve) => {
      const onMessage = (event) => {
        const message = JSON.parse(event.message);
        if (event.sessionId !== sessionId || message.id !== id) return;
        cdp.off('Target.receivedMessageFromTarget', onMessage);
        resolve(message);
      };
      cdp.on('Target.receivedMessageFromTarget', onMessage);
    });
    const params = { expression, returnByValue: true, awaitPromise: true };
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method: 'Runtime.evaluate', params }),
    });
    const answer = await reply;
    if (answer.error) throw new Error(answer.error.message);
    return answer.result.result.value;
  };
  return {
    url: target.url,
    evaluate,
    async close() {
      await cdp.send('Target.closeTarget', { targetId: target.targetId }).catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
  };
}
