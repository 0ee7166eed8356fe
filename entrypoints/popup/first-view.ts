// popup.html holds the Browse view the popup opens on at its plain address, rendered by the build
// (prerender.tsx), so that it paints before any of the popup's modules has run. These marks say whether the
// markup in the root is that view and whether it may show.

/** On the root: it holds the build's rendering of the plain address's first view. */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

/**
 * On `<html>`: the address opens on another view (a page's mentions, a topic), so the prerendered Browse
 * stays hidden (popup.css) and the popup renders its own. Set before the body is parsed by the head script
 * `public/popup-first-view.js`, which spells this name out.
 */
export const OPENS_ELSEWHERE_ATTRIBUTE = 'data-opens-elsewhere';

/** True when `root` holds the prerendered first view and the address opens on it. */
export function showsPrerenderedView(root: Element): boolean {
  return (
    root.hasAttribute(PRERENDERED_ATTRIBUTE) &&
    !root.ownerDocument.documentElement.hasAttribute(OPENS_ELSEWHERE_ATTRIBUTE)
  );
}
