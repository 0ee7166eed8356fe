/**
 * Puts `text` on the clipboard from a click. The async Clipboard API first; where a page is not a secure
 * context or its permissions policy blocks it, a `copy` command whose event we fill ourselves (it needs no
 * element on the page and works in both browsers while the click's activation lasts).
 */
export async function copyText(win: Window, text: string): Promise<boolean> {
  try {
    await win.navigator.clipboard.writeText(text);
    return true;
  } catch {
    let copied = false;
    const onCopy = (event: ClipboardEvent) => {
      event.clipboardData?.setData('text/plain', text);
      event.preventDefault();
      event.stopImmediatePropagation();
      copied = true;
    };
    win.addEventListener('copy', onCopy, { capture: true });
    try {
      win.document.execCommand('copy');
    } catch {
      // No copy command either: the caller says so.
    }
    win.removeEventListener('copy', onCopy, { capture: true });
    return copied;
  }
}
