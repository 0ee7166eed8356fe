// The real toolbar popup, opened by the extension (`action.openPopup`) as a click on its icon would. Chrome does
// not class a toolbar popup as a tab: when it attaches, the driver hands it over as a page only with its switch
// for such targets on. The switch is read as each target attaches, so it is on only while `attach` runs.

const ATTACH_POPUPS = 'PW_CHROMIUM_ATTACH_TO_OTHER';
const OPEN_TIMEOUT_MS = 10_000;

/** Runs `attach` (which connects the driver or opens a popup) with toolbar popups handed over as pages. */
export async function withPopupsAsPages(attach) {
  const before = process.env[ATTACH_POPUPS];
  process.env[ATTACH_POPUPS] = '1';
  try {
    return await attach();
  } finally {
    if (before === undefined) delete process.env[ATTACH_POPUPS];
    else process.env[ATTACH_POPUPS] = before;
  }
}

/** The address every page of `worker`'s extension starts with. */
export function extensionPagesOf(worker) {
  // (`URL.origin` of an extension's address is "null": the scheme is not one URL parsers know.)
  return `chrome-extension://${new URL(worker.url()).host}/`;
}

/**
 * Opens the toolbar popup of `worker`'s extension over the active tab of the focused window; resolves to its
 * page once the driver has it (init scripts of `context` run in it, as in any page of the context).
 */
export async function openToolbarPopup({ context, worker }) {
  const pages = extensionPagesOf(worker);
  return withPopupsAsPages(async () => {
    // Its first page in the driver may still be blank: Chrome can attach a target before it commits its
    // address. The bench and the tests open nothing else meanwhile.
    const opened = context.waitForEvent('page', { timeout: OPEN_TIMEOUT_MS }).catch(() => {
      throw new Error(`The toolbar popup did not open within ${OPEN_TIMEOUT_MS / 1000} s`);
    });
    await worker.evaluate(() => chrome.action.openPopup());
    const popup = await opened;
    if (!popup.url().startsWith(pages))
      await popup.waitForURL((url) => url.href.startsWith(pages), {
        timeout: OPEN_TIMEOUT_MS,
        waitUntil: 'commit',
      });
    return popup;
  });
}
